import "./print.css";
import type { Metadata } from "next";
import Link from "next/link";
import { InsetText, linkClass } from "@/components/ui";
import { DashboardSection, query } from "@/components/board/figures";
import { formatDateTime } from "@/lib/format";
import { loadBoard, type SearchParams } from "../_lib/load";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Board pack – Board – Connect2 portal" };

/** The dashboards as one print-friendly page for a board meeting (A4, a page per section, no navigation). */
export default async function BoardPackPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer, period, view, params } = await loadBoard(await searchParams);
  return (
    <div className="board-pack">
      <div className="no-print mb-6 flex flex-wrap items-center gap-x-6 gap-y-2">
        <PrintButton />
        <Link href={`/board${query(params)}`} className={linkClass}>
          Back to the dashboards to change the period or filters
        </Link>
      </div>
      <h1 className="mb-2 text-3xl font-bold md:text-4xl">
        <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{viewer.agencyName} board pack</span>
        Social value and performance: {period.name}
      </h1>
      <p className="mb-2 text-lg">
        {period.label}
        {view.filterSummary ? ` — ${view.filterSummary}` : ""}
      </p>
      <p className="mb-4 text-base text-[#505a5f]">Prepared {formatDateTime(new Date())} for {viewer.councilName}.</p>
      <InsetText>
        Aggregate figures only. Any figure describing fewer than 5 people shows &ldquo;fewer than 5&rdquo;, so nobody can be identified.
      </InsetText>
      {view.sections.map((s) => (
        <DashboardSection key={s.id} section={s} printing />
      ))}
    </div>
  );
}
