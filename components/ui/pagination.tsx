import Link from "next/link";
import { cx, linkFocus } from "./styles";

export interface PaginationProps {
  /** Current page, 1-based. */
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Accessible name of the nav landmark. */
  label?: string;
  className?: string;
}

/** Page numbers to show: first, last, current ±1, with null for a gap ("⋯"). */
export function paginationItems(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: Array<number | null> = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) items.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) items.push(null);
    items.push(p);
  });
  return items;
}

const itemLink = cx("inline-block min-w-[2.75rem] px-3 py-2 text-center", linkFocus);

/** GOV.UK pagination with real links. Renders nothing for a single page. */
export function Pagination({ page, pageCount, hrefFor, label = "Pagination", className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);
  return (
    <nav aria-label={label} className={cx("mb-8 flex flex-wrap items-center gap-x-4 text-[#0b0c0c]", className)}>
      {current > 1 ? (
        <Link href={hrefFor(current - 1)} rel="prev" className={cx("inline-flex items-center gap-2 py-2 font-bold text-[#1d70b8] underline", linkFocus)}>
          <Arrow direction="prev" />
          <span>
            Previous<span className="sr-only"> page</span>
          </span>
        </Link>
      ) : null}
      <ul className="flex flex-wrap items-center">
        {paginationItems(current, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="px-2 py-2" aria-hidden="true">
              ⋯
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === current ? "page" : undefined}
                className={cx(
                  itemLink,
                  p === current ? "bg-[#1d70b8] font-bold text-white no-underline" : "text-[#1d70b8] underline hover:text-[#003078]",
                )}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < pageCount ? (
        <Link href={hrefFor(current + 1)} rel="next" className={cx("inline-flex items-center gap-2 py-2 font-bold text-[#1d70b8] underline", linkFocus)}>
          <span>
            Next<span className="sr-only"> page</span>
          </span>
          <Arrow direction="next" />
        </Link>
      ) : null}
    </nav>
  );
}

function Arrow({ direction }: { direction: "prev" | "next" }) {
  return (
    <svg aria-hidden="true" focusable="false" width="15" height="13" viewBox="0 0 15 13" className="fill-current">
      {direction === "prev" ? (
        <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
      ) : (
        <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
      )}
    </svg>
  );
}
