import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, InsetText, NotificationBanner, PageHeading, SummaryList, Table, Tag } from "@/components/ui";
import { ActionButton } from "@/components/manager/action-button";
import { QueryTimesheetForm } from "@/components/manager/timesheet-forms";
import { TIMESHEET_STATUS } from "@/components/manager/placement-labels";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatHours, formatMoney, formatRate } from "@/lib/format";
import { getManagerTimesheet } from "@/lib/timesheets/manager-queries";
import { orNotFound, param, type SearchParams } from "../../_lib/load";
import { approveTimesheetAction, queryTimesheetAction } from "../actions";

export const metadata: Metadata = { title: "Timesheet – Hiring managers – Connect2 portal" };

const DONE: Record<string, string> = {
  approved: "Timesheet approved. The worker and Connect2 have been told.",
  queried: "Timesheet queried. The worker sees your comment and can resubmit it.",
};

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

export default async function TimesheetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const t = await orNotFound(getManagerTimesheet(await getViewer(), id));
  const done = DONE[param(sp.done) ?? ""];
  return (
    <>
      <BackLink href="/manager/timesheets">Back to timesheets</BackLink>
      {done ? <NotificationBanner type="success">{done}</NotificationBanner> : null}
      <PageHeading caption={`${t.workerName}, ${t.jobTitle}`}>Timesheet: week beginning {formatDate(t.weekStart)}</PageHeading>
      <p className="mb-6">
        <Tag colour={TIMESHEET_STATUS[t.status][1]}>{TIMESHEET_STATUS[t.status][0]}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: "Placement", value: <Link href={`/manager/placements/${t.placementId}`}>{t.placementReference}</Link> },
          { key: "Total hours", value: formatHours(t.totalHours) },
          { key: "Charge rate", value: formatRate(t.chargeRatePence) },
          { key: "Cost", value: formatMoney(t.costPence) },
          { key: "Submitted", value: formatDateTime(t.submittedAt) },
          ...(t.approvedAt ? [{ key: "Approved", value: `${t.approvedByName ?? ""}, ${formatDateTime(t.approvedAt)}` }] : []),
          ...(t.queriedAt ? [{ key: "Queried", value: `${t.queriedByName ?? ""}, ${formatDateTime(t.queriedAt)}: “${t.queryComment ?? ""}”` }] : []),
          ...(t.queryResponse ? [{ key: "Worker's reply", value: t.queryResponse }] : []),
        ]}
      />
      <Table
        caption="Hours by day"
        captionSize="s"
        rows={t.lines}
        rowKey={(l) => l.workDate.toISOString()}
        columns={[
          { key: "day", header: "Day", cell: (l) => `${weekday.format(l.workDate)} ${formatDate(l.workDate)}`, rowHeader: true },
          { key: "hours", header: "Hours", cell: (l) => formatHours(l.hours), numeric: true },
        ]}
      />
      {t.status === "SUBMITTED" ? (
        <>
          {t.rightToWork.allowed ? (
            <div className="mb-10">
              <ActionButton action={approveTimesheetAction} hidden={{ timesheetId: t.id }} label="Approve this timesheet" />
            </div>
          ) : (
            <InsetText>
              <p className="mb-2 font-bold">This timesheet cannot be approved: right to work was not valid for every day worked.</p>
              <ul className="list-disc pl-5">
                {t.rightToWork.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </InsetText>
          )}
          <QueryTimesheetForm action={queryTimesheetAction} timesheetId={t.id} />
        </>
      ) : t.status === "APPROVED" ? (
        <InsetText>This timesheet is approved and cannot be changed.</InsetText>
      ) : (
        <InsetText>This timesheet has been queried and is waiting for the worker to correct and resubmit it.</InsetText>
      )}
    </>
  );
}
