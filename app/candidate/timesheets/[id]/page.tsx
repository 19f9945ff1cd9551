import Link from "next/link";
import { BackLink, InsetText, NotificationBanner, PageHeading, SummaryList, Table } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatHours } from "@/lib/format";
import { getMyTimesheet } from "@/lib/timesheets/candidate-queries";
import { orNotFound, type SearchParams } from "../../_lib/load";
import { TimesheetTag } from "../../_lib/tags";
import { RespondToQueryForm } from "../timesheet-forms";

export default async function MyTimesheetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const t = await orNotFound(getMyTimesheet(await getViewer(), id));
  const title = `Timesheet: week beginning ${formatDate(t.weekStart)}`;
  const body = (
    <>
      <BackLink href={`/candidate/placements/${t.placement.id}`}>Back to your placement</BackLink>
      {sp.sent ? <NotificationBanner type="success" heading="Timesheet sent. Your manager will approve it." /> : null}
      {sp.resent ? <NotificationBanner type="success" heading="Timesheet sent again with your answer." /> : null}
      <PageHeading caption={t.placement.jobTitle}>{title}</PageHeading>
      <p className="mb-6">
        <TimesheetTag status={t.status} />
      </p>
      {t.status === "QUERIED" && t.queryComment ? (
        <InsetText>
          <p className="font-bold">Your manager queried this timesheet:</p>
          <p className="whitespace-pre-line">“{t.queryComment}”</p>
        </InsetText>
      ) : null}
      <SummaryList
        rows={[
          { key: "Total hours", value: formatHours(t.totalHours) },
          { key: "Sent", value: formatDateTime(t.submittedAt) },
          ...(t.approvedAt ? [{ key: "Approved", value: formatDateTime(t.approvedAt) }] : []),
          ...(t.status !== "QUERIED" && t.queryComment ? [{ key: "Manager's query", value: t.queryComment }] : []),
          ...(t.queryResponse ? [{ key: "Your answer", value: t.queryResponse }] : []),
        ]}
      />
      <Table
        caption="Hours by day"
        captionSize="s"
        rows={t.days}
        rowKey={(d) => d.key}
        columns={[
          { key: "day", header: "Day", rowHeader: true, cell: (d) => `${d.name} ${formatDate(d.date)}` },
          { key: "hours", header: "Hours", numeric: true, cell: (d) => (d.hours ? formatHours(d.hours) : "0 hours") },
        ]}
      />
      {t.status === "APPROVED" ? <p className="mb-6">This timesheet is approved and cannot be changed.</p> : null}
      {t.status === "SUBMITTED" ? <p className="mb-6">Your manager will check and approve this timesheet.</p> : null}
      <p className="mb-8">
        <Link href={`/candidate/placements/${t.placement.id}`}>See all weeks of this placement</Link>
      </p>
    </>
  );
  if (t.status === "QUERIED") {
    return (
      <RespondToQueryForm timesheetId={t.id} days={t.days} title={title}>
        {body}
      </RespondToQueryForm>
    );
  }
  return (
    <>
      <title>{`${title} – Connect2 portal`}</title>
      {body}
    </>
  );
}
