import type { Metadata } from "next";
import Link from "next/link";
import { Button, PageHeading, Select, Table, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { timesheetChaseList } from "@/lib/placements/agency-queries";
import { agencyFilterOptions } from "@/lib/requisitions/agency-queries";
import { oneOf, param, qs, type SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Timesheets to chase – Connect2 team – Connect2 portal" };

const KIND_LABEL = { NOT_SUBMITTED: "Not submitted by Monday", NOT_APPROVED: "Not approved by Tuesday noon" } as const;

export default async function ChasePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  const kind = oneOf(sp.kind, ["NOT_SUBMITTED", "NOT_APPROVED"] as const);
  const serviceId = param(sp.service);
  const [rows, options] = await Promise.all([timesheetChaseList(viewer, { kind, serviceId }), agencyFilterOptions(viewer)]);
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>Timesheets to chase</PageHeading>
      <p className="mb-6 max-w-3xl">
        Workers who have not submitted a timesheet for a finished week by Monday (the last four weeks), and timesheets a hiring manager has
        not approved by 12:00 on the Tuesday after the week. Chase the worker or the service so people are paid on time.
      </p>
      <form method="get" action="/agency/timesheets" className="mb-4 flex flex-wrap items-end gap-x-4">
        <Select name="kind" label="Show" defaultValue={kind ?? ""} options={[{ value: "", label: "Both" }, { value: "NOT_SUBMITTED", label: KIND_LABEL.NOT_SUBMITTED }, { value: "NOT_APPROVED", label: KIND_LABEL.NOT_APPROVED }]} />
        <Select name="service" label="Service" defaultValue={serviceId ?? ""} options={[{ value: "", label: "All services" }, ...options.services.map((s) => ({ value: s.id, label: s.name }))]} />
        <Button variant="secondary" className="mb-6">Show</Button>
      </form>
      <ExportLink href={`/agency/timesheets/export${qs({ kind, service: serviceId })}`} what="this chase list" />
      <Table
        caption={`${rows.length} to chase`}
        captionSize="m"
        rows={rows}
        rowKey={(r) => `${r.kind}-${r.placementId}-${r.weekStart}`}
        emptyMessage="Nothing to chase."
        columns={[
          { key: "ref", header: "Placement", rowHeader: true, cell: (r) => <Link href={`/agency/placements/${r.placementId}`} className={linkClass}>{r.reference}</Link> },
          { key: "worker", header: "Worker", cell: (r) => r.workerName },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "week", header: "Week beginning", cell: (r) => formatDate(r.weekStart) },
          { key: "kind", header: "Overdue", cell: (r) => (r.kind === "NOT_SUBMITTED" ? "Not submitted" : r.timesheetStatus === "QUERIED" ? "Queried, not approved" : "Not approved") },
          { key: "due", header: "Due", cell: (r) => (r.kind === "NOT_SUBMITTED" ? formatDate(r.dueOn) : `${formatDate(r.dueOn)}, 12:00`) },
        ]}
      />
    </>
  );
}
