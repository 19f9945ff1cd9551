import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading, Pagination, TextInput } from "@/components/ui";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { formatDate, formatHours } from "@/lib/format";
import { requestHost } from "@/lib/http/request";
import { pageFrom } from "@/lib/pagination";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { searchVacancies } from "@/lib/vacancies/queries";
import { payRange } from "./pay";

export const metadata: Metadata = { title: "Vacancies – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const council = await resolvePublicCouncil(await requestHost());
  if (!council) return <PageHeading>No vacancies</PageHeading>;
  const q = typeof sp.q === "string" ? sp.q : "";
  const result = await searchVacancies(council.id, { q, page: pageFrom(sp.page) });
  const href = (page: number) => `/jobs?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  return (
    <>
      <PageHeading caption={council.agencyName}>Temporary jobs at {council.name}</PageHeading>
      <form method="get" action="/jobs" role="search" className="mb-8 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <TextInput name="q" type="search" label="Search vacancies" hint="For example, support worker or housing" defaultValue={q} />
        </div>
        <div className="mb-6">
          <Button variant="secondary">Search</Button>
        </div>
      </form>
      <p className="mb-4" role="status">
        {result.total === 0
          ? "No vacancies match your search."
          : `${result.total} ${result.total === 1 ? "vacancy" : "vacancies"}${q ? ` for “${q}”` : ""}`}
      </p>
      <ul className="mb-8 divide-y divide-[#b1b4b6] border-y border-[#b1b4b6]">
        {result.rows.map((v) => (
          <li key={v.id} className="py-4">
            <h2 className="mb-1 text-xl font-bold">
              <Link href={`/jobs/${v.id}`}>{v.jobTitle}</Link>
            </h2>
            <p className="text-[#505a5f]">
              {v.serviceName} · {ROLE_CATEGORY_LABEL[v.roleCategory]}
            </p>
            <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 text-base">
              <dt className="font-bold">Pay</dt>
              <dd>{payRange(v.payRateMinPence, v.payRateMaxPence)}</dd>
              <dt className="font-bold">Hours</dt>
              <dd>{formatHours(v.hoursPerWeek)} a week</dd>
              <dt className="font-bold">Starts</dt>
              <dd>{formatDate(v.startDate)}</dd>
              {v.closingDate ? (
                <>
                  <dt className="font-bold">Closing date</dt>
                  <dd>{formatDate(v.closingDate)}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={href} />
    </>
  );
}
