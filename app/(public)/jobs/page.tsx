import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading, Pagination, Select, TextInput } from "@/components/ui";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { formatDate, formatHours, formatMoney } from "@/lib/format";
import { requestHost } from "@/lib/http/request";
import { pageFrom } from "@/lib/pagination";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { FULL_TIME_HOURS, hasFilters, PAY_BANDS, parseVacancyFilters, ROLE_CATEGORIES, vacancyFilterParams } from "@/lib/vacancies/filters";
import { searchVacancies, vacancyServices } from "@/lib/vacancies/queries";
import { payRange } from "./pay";

export const metadata: Metadata = { title: "Vacancies – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const council = await resolvePublicCouncil(await requestHost());
  if (!council) return <PageHeading>No vacancies</PageHeading>;
  const filters = parseVacancyFilters(sp);
  const [result, services] = await Promise.all([
    searchVacancies(council.id, { ...filters, page: pageFrom(sp.page) }),
    vacancyServices(council.id),
  ]);
  const href = (page: number) => `/jobs?${vacancyFilterParams(filters, page)}`;
  const filtered = hasFilters(filters);
  return (
    <>
      <PageHeading caption={council.agencyName}>Temporary jobs at {council.name}</PageHeading>
      <form method="get" action="/jobs" role="search" aria-label="Vacancies" className="mb-8 border-b border-[#b1b4b6] pb-2">
        <TextInput
          name="q"
          type="search"
          label="Search vacancies"
          hint="For example, support worker or housing"
          defaultValue={filters.q ?? ""}
          width="two-thirds"
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <Select
            name="service"
            label="Service"
            placeholder="All services"
            defaultValue={filters.serviceId ?? ""}
            options={services.map((s) => ({ value: s.id, label: s.name }))}
            width="full"
          />
          <Select
            name="category"
            label="Type of work"
            placeholder="All types of work"
            defaultValue={filters.roleCategory ?? ""}
            options={ROLE_CATEGORIES.map((c) => ({ value: c, label: ROLE_CATEGORY_LABEL[c] }))}
            width="full"
          />
          <Select
            name="hours"
            label="Hours"
            placeholder="Full or part time"
            defaultValue={filters.hours ?? ""}
            options={[
              { value: "full", label: `Full time (${FULL_TIME_HOURS} hours a week or more)` },
              { value: "part", label: `Part time (under ${FULL_TIME_HOURS} hours a week)` },
            ]}
            width="full"
          />
          <Select
            name="pay"
            label="Pay"
            placeholder="Any pay"
            defaultValue={filters.minPayPence ? String(filters.minPayPence) : ""}
            options={PAY_BANDS.map((p) => ({ value: String(p), label: `${formatMoney(p)} an hour or more` }))}
            width="full"
          />
        </div>
        <div className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button variant="secondary">Search</Button>
          {filtered ? <Link href="/jobs">Clear search and filters</Link> : null}
        </div>
      </form>
      <p className="mb-4" role="status">
        {result.total === 0
          ? filtered
            ? "No vacancies match your search. Try fewer filters."
            : "There are no vacancies open at the moment. Please check again soon."
          : `${result.total} ${result.total === 1 ? "vacancy" : "vacancies"}${filters.q ? ` for “${filters.q}”` : ""}`}
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
              <dd>
                {formatHours(v.hoursPerWeek)} a week ({v.hoursPerWeek >= FULL_TIME_HOURS ? "full time" : "part time"})
              </dd>
              {v.location ? (
                <>
                  <dt className="font-bold">Where</dt>
                  <dd>{v.location}</dd>
                </>
              ) : null}
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
