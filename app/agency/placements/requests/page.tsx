import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, Button, PageHeading, Pagination, Select, Table, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listChangeRequests } from "@/lib/placements/agency-queries";
import { pageFrom } from "@/lib/pagination";
import { oneOf, qs, type SearchParams } from "../../_lib/load";

export const metadata: Metadata = { title: "Extensions and early ends – Connect2 team – Connect2 portal" };

const STATUSES = ["REQUESTED", "ACTIONED", "DECLINED"] as const;
const STATUS_LABEL = { REQUESTED: "Waiting to be actioned", ACTIONED: "Actioned", DECLINED: "Declined" } as const;

export default async function ChangeRequestsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const status = oneOf(sp.status, STATUSES) ?? "REQUESTED";
  const page = await listChangeRequests(await getViewer(), { status, page: pageFrom(sp.page) });
  return (
    <>
      <BackLink href="/agency/placements">Back to placements</BackLink>
      <PageHeading>Extensions and early ends</PageHeading>
      <form method="get" action="/agency/placements/requests" className="mb-4 flex flex-wrap items-end gap-x-4">
        <Select name="status" label="Show" defaultValue={status} options={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))} />
        <Button variant="secondary" className="mb-6">Show</Button>
      </form>
      <ExportLink href={`/agency/placements/requests/export${qs({ status })}`} what="these requests" />
      <Table
        caption={`${page.total} ${STATUS_LABEL[status].toLowerCase()}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="Nothing here."
        columns={[
          { key: "ref", header: "Placement", rowHeader: true, cell: (r) => <Link href={`/agency/placements/${r.placementId}/requests/${r.id}`} className={linkClass}>{r.reference}</Link> },
          { key: "worker", header: "Worker", cell: (r) => r.workerName },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "type", header: "Change", cell: (r) => (r.type === "EXTENSION" ? "Extension" : "Early end") },
          { key: "dates", header: "End date", cell: (r) => `${formatDate(r.previousEndDate)} → ${formatDate(r.newEndDate)}` },
          { key: "reason", header: "Reason", cell: (r) => r.reason ?? "" },
          { key: "when", header: "Requested", cell: (r) => formatDate(r.requestedAt) },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/placements/requests${qs({ status, page: n })}`} />
    </>
  );
}
