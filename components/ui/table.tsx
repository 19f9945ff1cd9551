import Link from "next/link";
import { useId, type ReactNode } from "react";
import { blockFocus, cx, linkFocus } from "./styles";

export type SortDirection = "asc" | "desc";

export interface TableColumn<T> {
  /** Unique key; also the sort key passed to `sortHref`. */
  key: string;
  header: ReactNode;
  cell: (row: T, index: number) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Header becomes a link to `sortHref(key, direction)`. */
  sortable?: boolean;
  /** Render the first cell of each row as `<th scope="row">`. */
  rowHeader?: boolean;
  className?: string;
}

export interface TableProps<T> {
  /** Required: names the table (and its scroll region) for assistive tech. */
  caption: ReactNode;
  captionSize?: "s" | "m" | "l";
  /** Hide the caption visually (it is still announced). */
  captionHidden?: boolean;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey?: (row: T, index: number) => string | number;
  /** The current sort, shown with aria-sort. */
  sort?: { key: string; direction: SortDirection } | null;
  /** URL for sorting by `key` in `direction` (the header link toggles the current direction). */
  sortHref?: (key: string, direction: SortDirection) => string;
  /** Shown in a single row when `rows` is empty. */
  emptyMessage?: ReactNode;
  className?: string;
}

const captionSizes = { s: "text-lg", m: "text-xl md:text-2xl", l: "text-2xl md:text-3xl" } as const;

/**
 * GOV.UK table. Column headers use `<th scope="col">`. Sortable headers are real
 * links (they work without JavaScript) and the sorted column has aria-sort.
 * Wrapped in a focusable, labelled region so wide tables can be scrolled by keyboard.
 */
export function Table<T>({
  caption,
  captionSize = "m",
  captionHidden,
  columns,
  rows,
  rowKey,
  sort,
  sortHref,
  emptyMessage,
  className,
}: TableProps<T>) {
  const captionId = useId();
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={cx("relative mb-8 overflow-x-auto", blockFocus, className)}>
      <table className="w-full border-collapse text-left text-[#0b0c0c]">
        <caption id={captionId} className={cx("mb-4 text-left font-bold", captionHidden ? "sr-only" : captionSizes[captionSize])}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((col) => {
              const active = sort?.key === col.key ? sort.direction : null;
              const sortable = col.sortable && sortHref;
              const ariaSort = sortable ? (active === "asc" ? "ascending" : active === "desc" ? "descending" : "none") : undefined;
              return (
                <th
                  key={col.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={cx(
                    "border-b border-[#b1b4b6] py-2.5 pr-5 align-bottom font-bold last:pr-0",
                    col.numeric && "text-right",
                    col.className,
                  )}
                >
                  {sortable ? (
                    <Link
                      href={sortHref(col.key, active === "asc" ? "desc" : "asc")}
                      className={cx("inline-flex items-center gap-1 text-[#1d70b8] underline hover:text-[#003078]", linkFocus)}
                    >
                      {col.header}
                      <SortIcon direction={active} />
                    </Link>
                  ) : (
                    col.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyMessage ? (
            <tr>
              <td colSpan={columns.length} className="border-b border-[#b1b4b6] py-2.5">
                {emptyMessage}
              </td>
            </tr>
          ) : null}
          {rows.map((row, i) => (
            <tr key={rowKey ? rowKey(row, i) : i}>
              {columns.map((col, c) => {
                const cellClass = cx(
                  "border-b border-[#b1b4b6] py-2.5 pr-5 align-top last:pr-0",
                  col.numeric && "text-right tabular-nums",
                  col.className,
                );
                return col.rowHeader && c === 0 ? (
                  <th key={col.key} scope="row" className={cx(cellClass, "font-bold")}>
                    {col.cell(row, i)}
                  </th>
                ) : (
                  <td key={col.key} className={cellClass}>
                    {col.cell(row, i)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortIcon({ direction }: { direction: SortDirection | null }) {
  return (
    <svg aria-hidden="true" focusable="false" width="12" height="16" viewBox="0 0 12 16" className="shrink-0 fill-current">
      {direction !== "desc" ? <path d="M6 1l5 6H1z" opacity={direction === "asc" ? 1 : 0.5} /> : null}
      {direction !== "asc" ? <path d="M6 15l5-6H1z" opacity={direction === "desc" ? 1 : 0.5} /> : null}
    </svg>
  );
}
