import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, ButtonGroup, ButtonLink, InsetText, NotificationBanner, PageHeading, SummaryList, Table } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { RequisitionEndedNotice } from "@/components/requisitions/ended-notice";
import { ActionButton } from "@/components/manager/action-button";
import { ApprovalSteps } from "@/components/manager/approval-steps";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatHours, formatMoney, formatRate } from "@/lib/format";
import { DBS_LABEL, REASON_LABEL, REQUISITION_STATUS_LABEL, ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { getManagerRequisition } from "@/lib/requisitions/manager-queries";
import { CANCELLABLE_STATUSES } from "@/lib/requisitions/cancel-requisition";
import { orNotFound, param, type SearchParams } from "../../_lib/load";
import { submitDraftAction } from "../actions";

export const metadata: Metadata = { title: "Requisition – Hiring managers – Connect2 portal" };

const DONE: Record<string, string> = {
  saved: "Requisition saved as a draft.",
  submitted: "Requisition submitted for approval. The budget holder has been told.",
  cancelled: "Requisition cancelled. Any open applications have been closed and the candidates told.",
};

export default async function RequisitionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const r = await orNotFound(getManagerRequisition(await getViewer(), id));
  const done = DONE[param(sp.done) ?? ""];
  const cancellable = (CANCELLABLE_STATUSES as readonly string[]).includes(r.status) && r.livePlacements === 0;
  const pay = r.payRateMaxPence !== r.payRateMinPence ? `${formatMoney(r.payRateMinPence)} to ${formatRate(r.payRateMaxPence)}` : formatRate(r.payRateMinPence);
  return (
    <>
      <BackLink href="/manager/requisitions">Back to requisitions</BackLink>
      {done ? <NotificationBanner type="success">{done}</NotificationBanner> : null}
      <PageHeading caption={r.reference}>{r.jobTitle}</PageHeading>
      <p className="mb-6">
        <RequisitionStatusTag status={r.status} /> <span className="ml-2">Raised by {r.raisedByName} on {formatDate(r.createdAt)}</span>
      </p>
      <RequisitionEndedNotice status={r.status} history={r.history} />

      <ButtonGroup>
        {r.status === "DRAFT" ? <ActionButton action={submitDraftAction} hidden={{ id: r.id }} label="Submit for approval" /> : null}
        {r.status === "DRAFT" ? <ButtonLink href={`/manager/requisitions/${r.id}/edit`} variant="secondary">Change the draft</ButtonLink> : null}
        {r.status === "DECLINED" ? <ButtonLink href={`/manager/requisitions/${r.id}/edit`}>Amend and resubmit</ButtonLink> : null}
        {r.pendingStep && !r.decisionRefusal ? <ButtonLink href={`/manager/approvals/${r.id}`}>Approve or decline</ButtonLink> : null}
        {r.shortlistCount > 0 || r.status === "OPEN" || r.status === "FILLED" ? (
          <ButtonLink href={`/manager/requisitions/${r.id}/shortlist`} variant="secondary">
            Shortlist{r.shortlistCount ? ` (${r.shortlistCount} to review)` : ""}
          </ButtonLink>
        ) : null}
        {cancellable ? (
          <ButtonLink href={`/manager/requisitions/${r.id}/cancel`} variant="warning">
            Cancel requisition
          </ButtonLink>
        ) : null}
      </ButtonGroup>
      {!cancellable && r.livePlacements > 0 && (CANCELLABLE_STATUSES as readonly string[]).includes(r.status) ? (
        <p className="mb-8 text-[#505a5f]">
          People are placed on this requisition, so it cannot be cancelled. If you need no more people, ask Connect2 to close it.
        </p>
      ) : null}

      <h2 className="mb-3 text-2xl font-bold">Approval</h2>
      {r.requiresSecondApproval || r.estimatedCostPence > r.approvalThresholdPence ? (
        <InsetText>
          The estimated cost, {formatMoney(r.estimatedCostPence)}, is above the council&rsquo;s threshold of {formatMoney(r.approvalThresholdPence)}, so after the budget
          holder it needs a second approval from the head of service or finance.
        </InsetText>
      ) : null}
      <ApprovalSteps status={r.status} submissionCount={r.submissionCount} requiresSecondApproval={r.requiresSecondApproval} approvals={r.approvals} />
      {r.pendingStep && r.decisionRefusal ? <p className="mb-8 text-[#505a5f]">{r.decisionRefusal}</p> : null}

      <h2 className="mb-3 text-2xl font-bold">Details</h2>
      <SummaryList
        rows={[
          { key: "Service", value: r.serviceName },
          { key: "Cost centre", value: r.costCentre },
          { key: "Role category and grade", value: `${ROLE_CATEGORY_LABEL[r.roleCategory]}, ${r.grade}` },
          { key: "Reason", value: REASON_LABEL[r.reason] },
          { key: "Headcount", value: r.headcount },
          { key: "Hours a week", value: formatHours(r.hoursPerWeek) },
          { key: "Dates", value: `${formatDate(r.startDate)} to ${formatDate(r.expectedEndDate)}` },
          { key: "Pay rate offered", value: pay },
          { key: "Charge rate (rate card)", value: formatRate(r.chargeRatePence) },
          { key: "Estimated cost", value: <strong>{formatMoney(r.estimatedCostPence)}</strong> },
          { key: "DBS check", value: DBS_LABEL[r.dbsLevel] },
          { key: "Professional registration", value: r.registrationRequired ?? "None" },
          {
            key: "Limited-company contractor",
            value: r.limitedCompanyAllowed ? "Acceptable: an IR35 status determination with reasons is needed before placement" : "Not acceptable",
          },
          { key: "Duties", value: <span className="whitespace-pre-line">{r.duties}</span> },
        ]}
      />

      <Table
        caption="History"
        rows={r.history}
        rowKey={(_h, i) => i}
        columns={[
          { key: "when", header: "When", cell: (h) => formatDateTime(h.changedAt) },
          { key: "state", header: "State", cell: (h) => REQUISITION_STATUS_LABEL[h.toStatus] },
          { key: "who", header: "By", cell: (h) => h.changedByName },
          { key: "note", header: "Note", cell: (h) => h.note ?? "" },
        ]}
      />
      {r.approvals.some((a) => a.submissionNo < r.submissionCount) ? (
        <Table
          caption="Earlier decisions"
          captionSize="s"
          rows={r.approvals.filter((a) => a.submissionNo < r.submissionCount)}
          rowKey={(a) => `${a.submissionNo}-${a.step}`}
          columns={[
            { key: "n", header: "Submission", cell: (a) => a.submissionNo, numeric: true },
            { key: "step", header: "Step", cell: (a) => (a.step === "FIRST" ? "Budget holder" : "Second approval") },
            { key: "d", header: "Decision", cell: (a) => (a.decision === "APPROVED" ? "Approved" : "Declined") },
            { key: "who", header: "By", cell: (a) => `${a.decidedByName}, ${formatDateTime(a.decidedAt)}` },
            { key: "reason", header: "Reason", cell: (a) => a.reason ?? "" },
          ]}
        />
      ) : null}
      <p>
        <Link href="/manager/requisitions">All requisitions</Link>
      </p>
    </>
  );
}
