import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading, Pagination, Select, Table, TextInput, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { PlacementTag } from "@/components/agency/tags";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatRate } from "@/lib/format";
import { listAgencyPlacements } from "@/lib/placements/agency-queries";
import { agencyFilterOptions } from "@/lib/requisitions/agency-queries";
import { placementFilter, placementParams } from "../_lib/placement-filter";
import { qs, type SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Placements – Connect2 team – Connect2 portal" };

const VIEW_LABEL = { current: "Active and starting", active: "Active", upcoming: "Starting soon", ended: "Ended or converted", all: "All" } as const;

export default async function PlacementsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const f = placementFilter(await searchParams);
  const [page, options] = await Promise.all([listAgencyPlacements(viewer, f), agencyFilterOptions(viewer)]);
  const p = placementParams(f);
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>Placements</PageHeading>
      <p className="mb-6">
        <Link href="/agency/placements/requests" className={linkClass}>Extensions and early ends to action</Link>
      </p>
      <form method="get" action="/agency/placements" className="mb-4 flex flex-wrap items-end gap-x-4">
        <Select name="view" label="Show" defaultValue={f.view ?? "current"} options={Object.entries(VIEW_LABEL).map(([value, label]) => ({ value, label }))} />
        <Select name="service" label="Service" defaultValue={f.serviceId ?? ""} options={[{ value: "", label: "All services" }, ...options.services.map((s) => ({ value: s.id, label: s.name }))]} />
        <TextInput name="q" label="Reference, worker or job" defaultValue={f.q} width={20} />
        <Button variant="secondary" className="mb-6">Filter</Button>
      </form>
      <ExportLink href={`/agency/placements/export${qs(p)}`} what="these placements" />
      <Table
        caption={`${page.total} ${page.total === 1 ? "placement" : "placements"}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="No placements match."
        columns={[
          { key: "ref", header: "Placement", rowHeader: true, cell: (r) => <><Link href={`/agency/placements/${r.id}`} className={linkClass}>{r.reference}</Link><span className="block font-normal">{r.workerName}</span></> },
          { key: "job", header: "Job", cell: (r) => `${r.jobTitle}, ${r.serviceName}` },
          { key: "status", header: "State", cell: (r) => <PlacementTag status={r.status} /> },
          { key: "dates", header: "Dates", cell: (r) => `${formatDate(r.startDate)} to ${formatDate(r.actualEndDate ?? r.plannedEndDate)}` },
          { key: "charge", header: "Charge rate", cell: (r) => formatRate(r.chargeRatePence) },
          { key: "awr", header: "AWR weeks", numeric: true, cell: (r) => (r.awrWeeks === null ? "Not started" : `${r.awrWeeks}${r.awrQualified ? " (qualified)" : ""}`) },
          { key: "change", header: "Waiting", cell: (r) => (r.pendingChange ? (r.pendingChange === "EXTENSION" ? "Extension request" : "Early end request") : r.conversionStatus === "PROPOSED" ? "Conversion proposed" : "") },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/placements${qs({ ...p, page: n })}`} />
    </>
  );
}
