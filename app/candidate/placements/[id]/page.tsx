import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, PageHeading, SummaryList, Table } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatHours, formatRate } from "@/lib/format";
import { getMyPlacement } from "@/lib/placements/candidate-queries";
import { orNotFound } from "../../_lib/load";
import { PlacementTag, TimesheetTag } from "../../_lib/tags";

export const metadata: Metadata = { title: "Your placement – Connect2 portal" };

export default async function MyPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await orNotFound(getMyPlacement(await getViewer(), id));
  return (
    <>
      <BackLink href="/candidate/placements">All placements</BackLink>
      <PageHeading caption={p.serviceName}>{p.jobTitle}</PageHeading>
      <p className="mb-6">
        <PlacementTag status={p.status} />
      </p>
      <SummaryList
        rows={[
          { key: "Reference", value: p.reference },
          { key: "Start date", value: formatDate(p.startDate) },
          { key: p.status === "ENDED" ? "Ended" : "Planned end date", value: formatDate(p.endDate) },
          { key: "Hours", value: `${formatHours(p.hoursPerWeek)} a week` },
          { key: "Pay", value: formatRate(p.payRatePence) },
          ...(p.location ? [{ key: "Where", value: p.location }] : []),
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">Timesheets</h2>
      {p.status === "PENDING_START" ? (
        <p className="mb-6">Your placement has not started yet. You can send your hours once you have worked them.</p>
      ) : (
        <p className="mb-6 max-w-2xl">Weeks run from Monday to Sunday. Send your hours at the end of each week.</p>
      )}
      <Table
        caption="Your weeks"
        captionHidden
        rows={p.weeks}
        rowKey={(w) => w.weekStart}
        emptyMessage="There are no weeks to show yet."
        columns={[
          { key: "week", header: "Week beginning", rowHeader: true, cell: (w) => formatDate(w.weekStart) },
          { key: "status", header: "Status", cell: (w) => <TimesheetTag status={w.timesheet?.status ?? null} /> },
          { key: "hours", header: "Hours", cell: (w) => (w.timesheet ? formatHours(w.timesheet.totalHours) : "") },
          {
            key: "action",
            header: <span className="sr-only">Action</span>,
            cell: (w) =>
              w.timesheet ? (
                <Link href={`/candidate/timesheets/${w.timesheet.id}`}>
                  {w.timesheet.status === "QUERIED" ? "Answer the query" : "View"}
                  <span className="sr-only"> timesheet for the week beginning {formatDate(w.weekStart)}</span>
                </Link>
              ) : w.canSubmit ? (
                <Link href={`/candidate/timesheets/new?placement=${p.id}&week=${w.weekStart}`}>
                  Enter hours<span className="sr-only"> for the week beginning {formatDate(w.weekStart)}</span>
                </Link>
              ) : null,
          },
        ]}
      />
    </>
  );
}
