import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, Table } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatHours, formatRate } from "@/lib/format";
import { listMyPlacements } from "@/lib/placements/candidate-queries";
import { PlacementTag } from "../_lib/tags";

export const metadata: Metadata = { title: "Placements and timesheets – Connect2 portal" };

export default async function MyPlacementsPage() {
  const placements = await listMyPlacements(await getViewer());
  return (
    <>
      <PageHeading>Placements and timesheets</PageHeading>
      <p className="mb-6 max-w-2xl">
        Send your hours each week so you are paid on time. Choose a placement to see its weeks and send a timesheet.
      </p>
      <Table
        caption="Your placements"
        captionHidden
        rows={placements}
        rowKey={(p) => p.id}
        emptyMessage={
          <>
            You have no placements yet. When you are placed in a job it will appear here. <Link href="/jobs">Find a job</Link>.
          </>
        }
        columns={[
          { key: "job", header: "Job", rowHeader: true, cell: (p) => <Link href={`/candidate/placements/${p.id}`}>{p.jobTitle}</Link> },
          { key: "service", header: "Service", cell: (p) => p.serviceName },
          { key: "status", header: "Status", cell: (p) => <PlacementTag status={p.status} /> },
          { key: "dates", header: "Dates", cell: (p) => `${formatDate(p.startDate)} to ${formatDate(p.endDate)}` },
          { key: "pay", header: "Pay", cell: (p) => formatRate(p.payRatePence) },
          { key: "hours", header: "Hours a week", cell: (p) => formatHours(p.hoursPerWeek) },
          { key: "queries", header: "Queries to answer", cell: (p) => (p.queried ? <strong>{p.queried}</strong> : "None") },
        ]}
      />
    </>
  );
}
