import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, ButtonGroup, ButtonLink, InsetText, NotificationBanner, PageHeading, SummaryList, Table, Tag } from "@/components/ui";
import { CHANGE_STATUS, CHANGE_TYPE, CONVERSION_STATUS, PLACEMENT_STATUS, TIMESHEET_STATUS } from "@/components/manager/placement-labels";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatHours, formatMoney, formatRate } from "@/lib/format";
import { getManagerPlacement } from "@/lib/placements/manager-queries";
import { orNotFound, param, type SearchParams } from "../../_lib/load";

export const metadata: Metadata = { title: "Placement – Hiring managers – Connect2 portal" };

const DONE: Record<string, string> = {
  extension: "Extension requested. Connect2 will action it and confirm the new end date.",
  "early-end": "Early end requested. Connect2 will action it and tell the worker.",
  conversion: "Conversion to a permanent post proposed. Connect2 will complete it.",
};

export default async function PlacementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const p = await orNotFound(getManagerPlacement(await getViewer(), id));
  const done = DONE[param(sp.done) ?? ""];
  const open = p.status === "ACTIVE" || p.status === "PENDING_START";
  const canConvert = (p.status === "ACTIVE" || p.status === "ENDED") && (!p.conversion || p.conversion.status === "WITHDRAWN");
  return (
    <>
      <BackLink href="/manager/placements">Back to placements</BackLink>
      {done ? <NotificationBanner type="success">{done}</NotificationBanner> : null}
      <PageHeading caption={`${p.reference}, ${p.serviceName}`}>
        {p.workerName}: {p.jobTitle}
      </PageHeading>
      <p className="mb-6">
        <Tag colour={PLACEMENT_STATUS[p.status][1]}>{PLACEMENT_STATUS[p.status][0]}</Tag>
      </p>
      {open && !p.pendingChange ? (
        <ButtonGroup>
          <ButtonLink href={`/manager/placements/${p.id}/extend`}>Request an extension</ButtonLink>
          <ButtonLink href={`/manager/placements/${p.id}/end`} variant="secondary">
            End it early
          </ButtonLink>
          {canConvert ? (
            <ButtonLink href={`/manager/placements/${p.id}/convert`} variant="secondary">
              Propose a permanent post
            </ButtonLink>
          ) : null}
        </ButtonGroup>
      ) : null}
      {open && p.pendingChange ? (
        <InsetText>
          A {CHANGE_TYPE[p.pendingChange].toLowerCase()} request is waiting for Connect2. You can make another request once it has been actioned.
        </InsetText>
      ) : null}
      {!open && canConvert ? (
        <ButtonGroup>
          <ButtonLink href={`/manager/placements/${p.id}/convert`} variant="secondary">
            Propose a permanent post
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      <SummaryList
        rows={[
          { key: "Requisition", value: <Link href={`/manager/requisitions/${p.requisitionId}`}>{p.requisitionReference}</Link> },
          { key: "Start date", value: formatDate(p.startDate) },
          { key: "Planned end date", value: `${formatDate(p.plannedEndDate)}${open ? ` (${p.daysToEnd >= 0 ? `in ${p.daysToEnd} days` : "passed"})` : ""}` },
          ...(p.actualEndDate ? [{ key: "Ended on", value: `${formatDate(p.actualEndDate)}${p.endReason ? `: ${p.endReason}` : ""}` }] : []),
          { key: "Hours a week", value: formatHours(p.hoursPerWeek) },
          { key: "Charge rate", value: formatRate(p.chargeRatePence) },
          {
            key: "Transfer-fee-free date",
            value: (
              <>
                {formatDate(p.feeWindow.feeFreeDate ?? p.feeFreeDate)}
                {p.feeWindow.dependsOnEnd ? " at the earliest (it moves to 8 weeks after the last day worked, if later)" : ""}
              </>
            ),
          },
        ]}
      />
      {p.conversion ? (
        <>
          <h2 className="mb-3 text-2xl font-bold">Conversion to a permanent post</h2>
          <SummaryList
            rows={[
              { key: "Status", value: CONVERSION_STATUS[p.conversion.status] },
              { key: "Post", value: `${p.conversion.postTitle}, ${p.conversion.salaryBand}` },
              { key: "Starts", value: formatDate(p.conversion.startDate) },
              { key: "Fee-free date", value: formatDate(p.conversion.feeFreeDate) },
              { key: "Inside the transfer-fee window", value: p.conversion.withinFeeWindow ? "Yes: a fee may apply (Connect2 may waive it)" : "No: no fee may be charged" },
              ...(p.conversion.feeChargedPence !== null ? [{ key: "Fee charged", value: formatMoney(p.conversion.feeChargedPence) }] : []),
              { key: "Proposed by", value: `${p.conversion.proposedByName}, ${formatDateTime(p.conversion.proposedAt)}` },
            ]}
          />
        </>
      ) : null}
      <Table
        caption="Change requests"
        rows={p.changeRequests}
        rowKey={(c) => c.id}
        emptyMessage="No extensions or early ends have been requested."
        columns={[
          { key: "type", header: "Request", cell: (c) => CHANGE_TYPE[c.type], rowHeader: true },
          { key: "dates", header: "End date", cell: (c) => `${formatDate(c.previousEndDate)} to ${formatDate(c.newEndDate)}` },
          { key: "reason", header: "Reason", cell: (c) => c.reason ?? "" },
          { key: "by", header: "Requested", cell: (c) => `${c.requestedByName}, ${formatDateTime(c.requestedAt)}` },
          {
            key: "status",
            header: "Status",
            cell: (c) => (
              <>
                <Tag colour={CHANGE_STATUS[c.status][1]}>{CHANGE_STATUS[c.status][0]}</Tag>
                {c.declineReason ? <span className="block">{c.declineReason}</span> : null}
              </>
            ),
          },
        ]}
      />
      <Table
        caption="Recent timesheets"
        rows={p.timesheets}
        rowKey={(t) => t.id}
        emptyMessage="No timesheets yet."
        columns={[
          { key: "week", header: "Week beginning", cell: (t) => <Link href={`/manager/timesheets/${t.id}`}>{formatDate(t.weekStart)}</Link>, rowHeader: true },
          { key: "hours", header: "Hours", cell: (t) => formatHours(t.totalHours), numeric: true },
          { key: "status", header: "Status", cell: (t) => <Tag colour={TIMESHEET_STATUS[t.status][1]}>{TIMESHEET_STATUS[t.status][0]}</Tag> },
        ]}
      />
    </>
  );
}
