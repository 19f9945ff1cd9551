import Link from "next/link";
import type { ReactNode } from "react";
import { cx, linkClass } from "./styles";

export interface SummaryListAction {
  href: string;
  /** Visible text, e.g. "Change". */
  text: string;
  /** Appended visually hidden so the link makes sense alone, e.g. "name" → "Change name". */
  visuallyHiddenText?: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  /** Remove the row borders. */
  noBorder?: boolean;
  className?: string;
}

/** GOV.UK summary list: a <dl> of key/value rows with optional "Change" links. */
export function SummaryList({ rows, noBorder, className }: SummaryListProps) {
  const anyActions = rows.some((r) => r.actions && r.actions.length > 0);
  return (
    <dl className={cx("mb-8 text-[#0b0c0c] md:table md:w-full md:table-fixed", className)}>
      {rows.map((row, i) => (
        <div key={i} className={cx("mb-4 md:mb-0 md:table-row", !noBorder && "border-b border-[#b1b4b6]")}>
          <dt className="mb-1 font-bold md:table-cell md:w-[30%] md:py-2.5 md:pr-5">{row.key}</dt>
          <dd className="mb-1 md:table-cell md:py-2.5 md:pr-5 [overflow-wrap:anywhere]">{row.value}</dd>
          {row.actions && row.actions.length > 0 ? (
            <dd className="mb-2 md:table-cell md:w-[20%] md:py-2.5 md:text-right">
              {row.actions.length === 1 ? (
                <ActionLink action={row.actions[0]} />
              ) : (
                <ul className="flex flex-wrap gap-x-3 md:justify-end">
                  {row.actions.map((a) => (
                    <li key={a.href}>
                      <ActionLink action={a} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          ) : anyActions ? (
            <dd className="hidden md:table-cell" />
          ) : null}
        </div>
      ))}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <Link href={action.href} className={linkClass}>
      {action.text}
      {action.visuallyHiddenText ? <span className="sr-only"> {action.visuallyHiddenText}</span> : null}
    </Link>
  );
}
