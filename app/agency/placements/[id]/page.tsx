import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, ButtonLink, NotificationBanner, PageHeading, SummaryList, Table, linkClass } from "@/components/ui";
import { PlacementTag } from "@/components/agency/tags";
import { Ir35Disagreement, ir35DeterminationText } from "@/components/agency/ir35-summary";
import { ABSENCE_AWR_EFFECT, ABSENCE_LABEL } from "@/lib/placements/absence-rules";
import { getViewer } from "@/lib/auth/session";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { formatDate, formatDateTime, formatMoney, formatRate } from "@/lib/format";
import { ENGAGEMENT_LABEL } from "@/lib/requisitions/labels";
import { TIMESHEET_STATUS_LABEL } from "@/lib/candidates/labels";
import { orNotFound, param, type SearchParams } from "../../_lib/load";

export const metadata: Metadata = { title: "Placement – Connect2 team – Connect2 portal" };

const DONE: Record<string, string> = {
  confirmed: "The placement is confirmed. The hiring manager and the worker have been told.",
  actioned: "The request has been actioned and the hiring manager told.",
  declined: "The request has been declined and the hiring manager told.",
  converted: "The conversion to a permanent post is recorded.",
  "absence-recorded": "The absence is recorded and the AWR clock worked out again.",
  "absence-removed": "The absence is removed and the AWR clock worked out again.",
};

export default async function PlacementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = param((await searchParams).done);
  const p = await orNotFound(getAgencyPlacement(await getViewer(), id));
  const pending = p.changeRequests.filter((c) => c.status === "REQUESTED");
  const canConvert = (p.status === "ACTIVE" || p.status === "ENDED") && p.conversion?.status !== "COMPLETED";
  return (
    <>
      <BackLink href="/agency/placements">Back to placements</BackLink>
      {done && DONE[done] ? <NotificationBanner type="success">{DONE[done]}</NotificationBanner> : null}
      <PageHeading caption={`${p.reference} · ${p.serviceName}`}>{`${p.workerName}: ${p.jobTitle}`}</PageHeading>
      <p className="mb-6">
        <PlacementTag status={p.status} />
      </p>
      {p.startHeldBy ? (
        <div className="mb-8 border-l-[10px] border-[#d4351c] p-4" role="region" aria-labelledby="start-held">
          <h2 id="start-held" className="mb-2 text-2xl font-bold">
            On hold: due to start on {formatDate(p.startDate)}
          </h2>
          <p className="mb-2">The placement starts on the next daily run once every check passes. Put this right first:</p>
          <ul className="list-disc pl-5">
            {p.startHeldBy.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending.length ? (
        <div className="mb-8 border-l-[10px] border-[#1d70b8] p-4">
          <h2 className="mb-2 text-2xl font-bold">Waiting for you</h2>
          <ul className="list-disc pl-5">
            {pending.map((c) => (
              <li key={c.id}>
                {c.requestedByName} asked for {c.type === "EXTENSION" ? `an extension to ${formatDate(c.newEndDate)}` : `an early end on ${formatDate(c.newEndDate)}`}
                {c.reason ? ` (${c.reason})` : ""}.{" "}
                <Link href={`/agency/placements/${p.id}/requests/${c.id}`} className={linkClass}>
                  Action or decline<span className="sr-only"> the {c.type === "EXTENSION" ? "extension" : "early end"}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canConvert ? (
        <p className="mb-6">
          <ButtonLink variant="secondary" href={`/agency/placements/${p.id}/convert`}>
            {p.conversion?.status === "PROPOSED" ? "Complete the conversion to a permanent post" : "Record a conversion to a permanent post"}
          </ButtonLink>
        </p>
      ) : null}
      <SummaryList
        rows={[
          { key: "Worker", value: <Link href={`/agency/candidates/${p.candidateId}`} className={linkClass}>{p.workerName}</Link> },
          { key: "Requisition", value: <Link href={`/agency/requisitions/${p.requisitionId}`} className={linkClass}>{p.requisitionReference}</Link> },
          { key: "Start date", value: formatDate(p.startDate) },
          { key: "Planned end date", value: formatDate(p.plannedEndDate) },
          ...(p.actualEndDate ? [{ key: "Last day", value: `${formatDate(p.actualEndDate)}${p.endReason ? ` (${p.endReason})` : ""}` }] : []),
          { key: "Hours a week", value: p.hoursPerWeek },
          { key: "Pay rate", value: formatRate(p.payRatePence) },
          { key: "Charge rate", value: formatRate(p.chargeRatePence) },
          { key: "On-costs", value: formatRate(p.margin.onCostRatePence) },
          { key: "Margin", value: `${formatRate(p.margin.marginPerHourPence)}, ${formatMoney(p.margin.marginPerWeekPence)} a week` },
          { key: "Engaged through", value: ENGAGEMENT_LABEL[p.engagementType] },
          ...(p.engagementType === "LIMITED_COMPANY" || p.ir35
            ? [{
                key: "IR35 status determination",
                value: p.ir35 ? ir35DeterminationText(p.ir35) : "None recorded",
                actions: [{ href: `/agency/applications/${p.applicationId}`, text: "View", visuallyHiddenText: "the IR35 status determination on the application" }],
              }]
            : []),
          ...(p.ir35?.disagreement
            ? [{
                key: "IR35 disagreement",
                value: <Ir35Disagreement disagreement={p.ir35.disagreement} />,
                actions: p.ir35.disagreement.state === "answered" ? [] : [{ href: `/agency/applications/${p.applicationId}/disagreement`, text: "Answer", visuallyHiddenText: "the IR35 disagreement" }],
              }]
            : []),
          { key: "Local resident when placed", value: p.isLocalAtPlacement ? "Yes" : "No" },
          {
            key: "Agency Workers Regulations",
            value: p.awr
              ? `${p.awr.weeksCounted} ${p.awr.weeksCounted === 1 ? "week" : "weeks"} counted; ${p.awr.qualified ? `qualified for equal treatment from ${formatDate(p.awr.qualifyingDate)}` : `qualifies on ${formatDate(p.awr.qualifyingDate)} if work continues`}`
              : "The clock starts when work starts",
          },
          { key: "Fee-free date", value: `${formatDate(p.feeFreeDate)} (no transfer fee for a conversion on or after this date)` },
          ...(p.rateCapExceeded ? [{ key: "Pay above the DfE cap", value: `Signed off by ${p.rateCapSignOffBy ?? "nobody recorded"}${p.rateCapSignOffNote ? `: ${p.rateCapSignOffNote}` : ""}` }] : []),
          { key: "Confirmed", value: `${formatDateTime(p.confirmedAt)}${p.confirmedByName ? ` by ${p.confirmedByName}` : ""}` },
          ...(p.conversion
            ? [{
                key: "Conversion",
                value: `${p.conversion.status === "COMPLETED" ? "Converted" : "Proposed"}: ${p.conversion.postTitle}, ${p.conversion.salaryBand}, from ${formatDate(p.conversion.startDate)}${p.conversion.feeChargedPence !== null ? `; fee charged ${formatMoney(p.conversion.feeChargedPence)}` : ""}; fee-free date ${formatDate(p.conversion.feeFreeDate)}`,
              }]
            : []),
        ]}
      />
      <Table
        caption="Absences"
        captionSize="m"
        rows={p.absences}
        rowKey={(a) => a.id}
        emptyMessage="No absences are recorded."
        columns={[
          { key: "type", header: "Absence", rowHeader: true, cell: (a) => ABSENCE_LABEL[a.type] },
          { key: "dates", header: "Dates", cell: (a) => `${formatDate(a.startDate)} to ${formatDate(a.endDate)}` },
          { key: "effect", header: "Effect on the AWR clock", cell: (a) => ABSENCE_AWR_EFFECT[a.type] },
          { key: "by", header: "Recorded", cell: (a) => `${formatDate(a.createdAt)}${a.recordedByName ? ` by ${a.recordedByName}` : ""}` },
          {
            key: "remove", header: "Action",
            cell: (a) => (
              <Link href={`/agency/placements/${p.id}/absences/${a.id}/remove`} className={linkClass}>
                Remove<span className="sr-only"> the {ABSENCE_LABEL[a.type].toLowerCase()} absence from {formatDate(a.startDate)}</span>
              </Link>
            ),
          },
        ]}
      />
      <p className="mb-4">
        AWR clock now:{" "}
        {p.awr
          ? `${p.awr.weeksCounted} ${p.awr.weeksCounted === 1 ? "week" : "weeks"} counted; ${p.awr.qualified ? `qualified on ${formatDate(p.awr.qualifyingDate)}` : `qualifying date ${formatDate(p.awr.qualifyingDate)} if work continues`}.`
          : "the clock starts when work starts."}{" "}
        Sickness and jury service pause it for up to 28 weeks; pregnancy and maternity keep it running.
      </p>
      <p className="mb-8">
        <ButtonLink variant="secondary" href={`/agency/placements/${p.id}/absences/new`}>
          Record an absence
        </ButtonLink>
      </p>
      <h2 className="mb-4 text-2xl font-bold">Transfer-fee window</h2>
      <ul className="mb-8 list-disc pl-5">
        {p.feeWindow.explanation.map((e, i) => <li key={i}>{e}</li>)}
      </ul>
      <Table
        caption="Changes requested by the hiring manager"
        captionSize="m"
        rows={p.changeRequests}
        rowKey={(c) => c.id}
        emptyMessage="No extensions or early ends have been requested."
        columns={[
          { key: "type", header: "Change", rowHeader: true, cell: (c) => (c.type === "EXTENSION" ? "Extension" : "Early end") },
          { key: "dates", header: "End date", cell: (c) => `${formatDate(c.previousEndDate)} → ${formatDate(c.newEndDate)}` },
          { key: "by", header: "Requested", cell: (c) => `${c.requestedByName}, ${formatDate(c.requestedAt)}` },
          { key: "status", header: "Outcome", cell: (c) => (c.status === "REQUESTED" ? "Waiting" : c.status === "ACTIONED" ? `Actioned ${formatDate(c.actionedAt)}` : `Declined: ${c.declineReason ?? ""}`) },
        ]}
      />
      <Table
        caption="Recent timesheets"
        captionSize="m"
        rows={p.timesheets}
        rowKey={(t) => t.id}
        emptyMessage="No timesheets yet."
        columns={[
          { key: "week", header: "Week beginning", rowHeader: true, cell: (t) => formatDate(t.weekStart) },
          { key: "hours", header: "Hours", numeric: true, cell: (t) => t.totalHours },
          { key: "status", header: "State", cell: (t) => TIMESHEET_STATUS_LABEL[t.status] },
        ]}
      />
    </>
  );
}
