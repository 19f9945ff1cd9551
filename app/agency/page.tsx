import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading, Pagination, Select, Table, TextInput, linkClass } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { ExportLink } from "@/components/agency/export-link";
import { FlagTags } from "@/components/agency/tags";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { agencyFilterOptions, listAgencyInbox } from "@/lib/requisitions/agency-queries";
import { FLAG_LABEL } from "@/lib/requisitions/agency-flags";
import { inboxFilter, inboxParams } from "./_lib/inbox-filter";
import { qs, type SearchParams } from "./_lib/load";

export const metadata: Metadata = { title: "Requisitions – Connect2 team – Connect2 portal" };

export default async function AgencyHome({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const f = inboxFilter(await searchParams);
  const [page, options] = await Promise.all([listAgencyInbox(viewer, f), agencyFilterOptions(viewer)]);
  const params = inboxParams(f);
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>Requisitions to release and fill</PageHeading>
      <p className="mb-6 max-w-3xl">
        Approved requisitions wait here to be released to the job board. Open ones show their pipeline. A flag means the next step is
        overdue: no shortlist 5 working days after release, or a start date within 7 days with places still to fill.
      </p>
      <form method="get" action="/agency" className="mb-4 flex flex-wrap items-end gap-x-4">
        <Select name="status" label="State" defaultValue={f.status ?? ""} options={[{ value: "", label: "Approved and open" }, { value: "APPROVED", label: "Waiting to be released" }, { value: "OPEN", label: "Open" }]} />
        <Select name="service" label="Service" defaultValue={f.serviceId ?? ""} options={[{ value: "", label: "All services" }, ...options.services.map((s) => ({ value: s.id, label: s.name }))]} />
        <Select name="flag" label="Flag" defaultValue={f.flag ?? ""} options={[{ value: "", label: "Any" }, { value: "NO_SHORTLIST", label: FLAG_LABEL.NO_SHORTLIST }, { value: "STARTING_UNFILLED", label: FLAG_LABEL.STARTING_UNFILLED }]} />
        {options.campaigns.length ? (
          <Select name="campaign" label="Campaign" defaultValue={f.campaignId ?? ""} options={[{ value: "", label: "Any" }, ...options.campaigns.map((c) => ({ value: c.id, label: c.name }))]} />
        ) : null}
        <TextInput name="q" label="Reference or job title" defaultValue={f.q} width={20} />
        <Button variant="secondary" className="mb-6">
          Filter
        </Button>
      </form>
      <ExportLink href={`/agency/export${qs(params)}`} what="these requisitions" />
      <Table
        caption={`${page.total} ${page.total === 1 ? "requisition" : "requisitions"}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="No approved or open requisitions match."
        sort={f.sort ? { key: f.sort, direction: f.dir ?? "asc" } : null}
        sortHref={(key, direction) => `/agency${qs({ ...params, sort: key, dir: direction })}`}
        columns={[
          {
            key: "reference", header: "Requisition", rowHeader: true, sortable: true,
            cell: (r) => (
              <>
                <Link href={`/agency/requisitions/${r.id}`} className={linkClass}>
                  {r.reference}
                </Link>
                <span className="block font-normal">{r.jobTitle}</span>
              </>
            ),
          },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "start", header: "Start date", sortable: true, cell: (r) => formatDate(r.startDate) },
          { key: "applied", header: "Applied", numeric: true, cell: (r) => (r.pipeline.APPLIED ?? 0) + (r.pipeline.SCREENED ?? 0) },
          { key: "shortlisted", header: "Shortlisted", numeric: true, cell: (r) => (r.pipeline.SHORTLISTED ?? 0) + (r.pipeline.INTERVIEW ?? 0) },
          { key: "offered", header: "Offered", numeric: true, cell: (r) => r.pipeline.OFFERED ?? 0 },
          { key: "placed", header: "Placed", numeric: true, cell: (r) => `${r.placed} of ${r.headcount}` },
          { key: "days", header: "Days open", numeric: true, sortable: true, cell: (r) => r.daysOpen },
          { key: "flags", header: "Flags", cell: (r) => <FlagTags flags={r.flags} /> },
          {
            key: "action", header: <span className="sr-only">Next step</span>,
            cell: (r) => r.status === "APPROVED" ? (
              <Link href={`/agency/requisitions/${r.id}/release`} className={linkClass}>
                Release<span className="sr-only"> {r.reference}</span>
              </Link>
            ) : null,
          },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/agency${qs({ ...params, page: p })}`} />
    </>
  );
}
