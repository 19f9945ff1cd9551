import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary, InsetText, PageHeading, linkClass } from "@/components/ui";
import { DashboardSection, query } from "@/components/board/figures";
import { PeriodForm } from "@/components/board/period-form";
import { parsePeriod } from "@/lib/metrics/period";
import { loadBoard, todayIso, type SearchParams } from "./_lib/load";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { errors } = parsePeriod(await searchParams, todayIso());
  return { title: `${Object.keys(errors).length ? "Error: " : ""}Dashboards – Board – Connect2 portal` };
}

export default async function BoardDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const { viewer, options, period, errors, filters, view, params } = await loadBoard(await searchParams);
  const csv = (id: string) => `/board/export/${id}${query(params)}`;
  return (
    <>
      <ErrorSummary errors={errors} formError={Object.keys(errors).length ? "The figures below are for the current quarter." : null} />
      <PageHeading caption={`${viewer.agencyName}: aggregate figures only`}>Board dashboards</PageHeading>
      <PeriodForm action="/board" period={period} filters={filters} options={options} errors={errors} />
      <p className="mb-2 text-xl font-bold" role="status">
        Figures for {period.label}
        {view.filterSummary ? ` — ${view.filterSummary}` : ""}
      </p>
      <InsetText>Any figure describing fewer than 5 people shows &ldquo;fewer than 5&rdquo;, so nobody can be identified.</InsetText>
      <nav aria-label="On this page" className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {view.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className={linkClass}>
                {s.title}
              </a>
            </li>
          ))}
          <li>
            <Link href={`/board/pack${query(params)}`} className={linkClass}>
              Board pack for printing
            </Link>
          </li>
          <li>
            <Link href={csv("summary")} className={linkClass} prefetch={false}>
              Download the headline figures as CSV
            </Link>
          </li>
        </ul>
      </nav>
      {view.sections.map((s) => (
        <DashboardSection key={s.id} section={s} csvHref={csv} />
      ))}
    </>
  );
}
