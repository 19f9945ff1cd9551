import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading, Pagination, Select, Table, Tag } from "@/components/ui";
import { ExportLink, qs } from "@/components/manager/export-link";
import { CHANGE_TYPE, CONVERSION_STATUS, PLACEMENT_STATUS } from "@/components/manager/placement-labels";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { listManagerPlacements, PLACEMENT_VIEWS, type PlacementView } from "@/lib/placements/manager-queries";
import { param, type SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Placements – Hiring managers – Connect2 portal" };

const VIEW_LABEL: Record<PlacementView, string> = {
  current: "Active and upcoming",
  active: "Active",
  upcoming: "Upcoming",
  ending: "Ending within 14 days",
  all: "All, including ended",
};

export default async function PlacementsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const raw = param(sp.view);
  const view: PlacementView = raw && PLACEMENT_VIEWS.includes(raw as PlacementView) ? (raw as PlacementView) : "current";
  const page = await listManagerPlacements(await getViewer(), { view, page: pageFrom(sp.page) });
  return (
    <>
      <PageHeading>Placements</PageHeading>
      <form method="get" action="/manager/placements" className="flex flex-wrap items-end gap-x-6" aria-label="Filter placements">
        <Select name="view" label="Show" options={PLACEMENT_VIEWS.map((v) => ({ value: v, label: VIEW_LABEL[v] }))} defaultValue={view} />
        <div className="mb-6 md:mb-8">
          <Button variant="secondary">Show</Button>
        </div>
      </form>
      <p className="mb-4" role="status">
        {page.total} {page.total === 1 ? "placement" : "placements"}: {VIEW_LABEL[view].toLowerCase()}.
      </p>
      <Table
        caption="Placements in your services"
        captionHidden
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="No placements to show."
        columns={[
          { key: "worker", header: "Worker", cell: (r) => <Link href={`/manager/placements/${r.id}`}>{r.workerName}</Link>, rowHeader: true },
          { key: "job", header: "Job", cell: (r) => `${r.jobTitle} (${r.reference})` },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "Status", cell: (r) => <Tag colour={PLACEMENT_STATUS[r.status][1]}>{PLACEMENT_STATUS[r.status][0]}</Tag> },
          { key: "start", header: "Start", cell: (r) => formatDate(r.startDate) },
          { key: "end", header: "Planned end", cell: (r) => formatDate(r.plannedEndDate) },
          {
            key: "pending",
            header: "Requests",
            cell: (r) =>
              [r.pendingChange ? `${CHANGE_TYPE[r.pendingChange]} requested` : null, r.conversionStatus ? `Conversion ${CONVERSION_STATUS[r.conversionStatus].toLowerCase()}` : null]
                .filter(Boolean)
                .join("; "),
          },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager/placements${qs({ view, page: p })}`} />
      <ExportLink href={`/manager/placements/export${qs({ view })}`} what="these placements" />
    </>
  );
}
