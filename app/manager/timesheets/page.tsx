import type { Metadata } from "next";
import { Button, PageHeading, Pagination, Select } from "@/components/ui";
import { ExportLink, qs } from "@/components/manager/export-link";
import { TIMESHEET_STATUS } from "@/components/manager/placement-labels";
import { TimesheetBulkForm } from "@/components/manager/timesheet-forms";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatHours, formatMoney } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { listManagerTimesheets } from "@/lib/timesheets/manager-queries";
import { param, type SearchParams } from "../_lib/load";
import { approveSelectedAction } from "./actions";

export const metadata: Metadata = { title: "Timesheets – Hiring managers – Connect2 portal" };

const FILTERS = ["SUBMITTED", "QUERIED", "APPROVED", "ALL"] as const;
type Filter = (typeof FILTERS)[number];
const FILTER_LABEL: Record<Filter, string> = { SUBMITTED: "Waiting for approval", QUERIED: "Queried", APPROVED: "Approved", ALL: "All" };

export default async function TimesheetsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const raw = param(sp.status);
  const status: Filter = raw && (FILTERS as readonly string[]).includes(raw) ? (raw as Filter) : "SUBMITTED";
  const page = await listManagerTimesheets(await getViewer(), { status, page: pageFrom(sp.page) });
  return (
    <>
      <PageHeading>Timesheets</PageHeading>
      <form method="get" action="/manager/timesheets" className="flex flex-wrap items-end gap-x-6" aria-label="Filter timesheets">
        <Select name="status" label="Show" options={FILTERS.map((f) => ({ value: f, label: FILTER_LABEL[f] }))} defaultValue={status} />
        <div className="mb-6 md:mb-8">
          <Button variant="secondary">Show</Button>
        </div>
      </form>
      <p className="mb-4" role="status">
        {page.total} {page.total === 1 ? "timesheet" : "timesheets"}: {FILTER_LABEL[status].toLowerCase()}. An approved timesheet cannot be changed.
      </p>
      <TimesheetBulkForm
        action={approveSelectedAction}
        caption={FILTER_LABEL[status]}
        rows={page.rows.map((t) => ({
          id: t.id,
          worker: t.workerName,
          job: `${t.jobTitle} (${t.placementReference})`,
          week: formatDate(t.weekStart),
          hours: formatHours(t.totalHours),
          cost: formatMoney(t.costPence),
          selectable: t.status === "SUBMITTED",
          status: TIMESHEET_STATUS[t.status][0],
        }))}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager/timesheets${qs({ status, page: p })}`} />
      <ExportLink href={`/manager/timesheets/export${qs({ status })}`} what="these timesheets" />
    </>
  );
}
