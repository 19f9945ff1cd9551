import Link from "next/link";
import { Table, linkClass } from "@/components/ui";
import type { BoardSection, BoardTable, Tile } from "@/lib/metrics/dashboard";
import { BoardBarChart } from "./bar-chart";

/** A query string from the non-empty entries. */
export function query(params: Record<string, string | undefined>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) out.set(k, v);
  const s = out.toString();
  return s ? `?${s}` : "";
}

/** The chart's figures in words, for its accessible name: the same display text as the table. */
export function chartSummary(t: BoardTable): string {
  if (!t.chart) return t.title;
  const chart = t.chart;
  const parts = t.rows.map(
    (r) => `${r[chart.category]?.display}: ${chart.series.map((s) => `${s.name} ${r[s.key]?.display}`).join(", ")}`,
  );
  return `Bar chart: ${t.title}. ${parts.length ? parts.join("; ") : "No figures"}.`;
}

export function HeadlineTiles({ tiles, label }: { tiles: Tile[]; label: string }) {
  return (
    <ul className="board-tiles mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {tiles.map((t) => (
        <li key={t.id} className="border-l-4 border-[#1d70b8] bg-[#f3f2f1] p-4" data-figure={t.id}>
          <span className="block text-base font-bold">{t.label}</span>
          <span className="block text-3xl font-bold tabular-nums">{t.cell.display}</span>
          <span className="mt-1 block text-base text-[#505a5f]">{t.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** One figure: heading, definition, chart (if any), the same figures as a table, and its CSV download. */
export function FigureTable({ table, csvHref, printing = false }: { table: BoardTable; csvHref?: string; printing?: boolean }) {
  const chart = table.chart;
  return (
    <section className="board-figure mb-10" aria-labelledby={`fig-${table.id}`}>
      <h3 id={`fig-${table.id}`} className="mb-2 text-xl font-bold md:text-2xl">
        {table.title}
      </h3>
      <p className="mb-4 text-base text-[#505a5f]">{table.description}</p>
      {chart && table.rows.length > 0 ? (
        <BoardBarChart
          summary={chartSummary(table)}
          unit={chart.unit}
          series={chart.series}
          height={printing ? 260 : 300}
          data={table.rows.map((r) => ({
            category: r[chart.category]?.display ?? "",
            ...Object.fromEntries(chart.series.map((s) => [s.key, r[s.key]?.value ?? null])),
          }))}
        />
      ) : null}
      {table.note ? <p className="mb-4 text-base">{table.note}</p> : null}
      <Table
        caption={table.title}
        captionHidden
        captionSize="s"
        rows={table.rows}
        emptyMessage="No figures for this period."
        columns={table.columns.map((c, i) => ({
          key: c.key,
          header: c.header,
          numeric: c.numeric,
          rowHeader: i === 0,
          cell: (r: BoardTable["rows"][number]) => r[c.key]?.display ?? "",
        }))}
      />
      {csvHref ? (
        <p className="no-print -mt-4 mb-6 text-base">
          <Link href={csvHref} className={linkClass} prefetch={false}>
            Download this table as CSV<span className="sr-only">: {table.title}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function DashboardSection({
  section,
  csvHref,
  printing = false,
}: {
  section: BoardSection;
  csvHref?: (tableId: string) => string;
  printing?: boolean;
}) {
  return (
    <section className="board-section mb-12" aria-labelledby={`section-${section.id}`} id={section.id}>
      <h2 id={`section-${section.id}`} className="mb-6 border-b-2 border-[#1d70b8] pb-2 text-2xl font-bold md:text-3xl">
        {section.title}
      </h2>
      <HeadlineTiles tiles={section.tiles} label={`${section.title}: headline figures`} />
      {section.tables.map((t) => (
        <FigureTable key={t.id} table={t} csvHref={csvHref?.(t.id)} printing={printing} />
      ))}
    </section>
  );
}
