import Link from "next/link";
import { BackLink, InsetText, PageHeading, SummaryList } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { ApprovalSteps } from "@/components/manager/approval-steps";
import { DecisionForm } from "@/components/manager/decision-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatHours, formatMoney, formatRate } from "@/lib/format";
import { DBS_LABEL, REASON_LABEL, ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { getManagerRequisition } from "@/lib/requisitions/manager-queries";
import { orNotFound } from "../../_lib/load";
import { decideRequisitionAction } from "../../requisitions/actions";

export default async function ApprovalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await orNotFound(getManagerRequisition(await getViewer(), id));
  const stepLabel = r.pendingStep === "SECOND" ? "second approval" : "budget holder approval";
  return (
    <>
      <BackLink href="/manager/approvals">Back to approvals</BackLink>
      <PageHeading caption={`${r.reference}, ${r.serviceName}`}>Approve or decline: {r.jobTitle}</PageHeading>
      <p className="mb-6">
        <RequisitionStatusTag status={r.status} /> <span className="ml-2">Raised by {r.raisedByName}</span>
      </p>
      <SummaryList
        rows={[
          { key: "Estimated cost", value: <strong>{formatMoney(r.estimatedCostPence)}</strong> },
          { key: "Headcount and hours", value: `${r.headcount} × ${formatHours(r.hoursPerWeek)} a week` },
          { key: "Dates", value: `${formatDate(r.startDate)} to ${formatDate(r.expectedEndDate)}` },
          { key: "Charge rate", value: formatRate(r.chargeRatePence) },
          { key: "Role", value: `${ROLE_CATEGORY_LABEL[r.roleCategory]}, ${r.grade}` },
          { key: "Reason", value: REASON_LABEL[r.reason] },
          { key: "Cost centre", value: r.costCentre },
          { key: "DBS check", value: DBS_LABEL[r.dbsLevel] },
          { key: "Limited-company contractor", value: r.limitedCompanyAllowed ? "Acceptable (IR35 determination needed before placement)" : "Not acceptable" },
          { key: "Duties", value: <span className="whitespace-pre-line">{r.duties}</span> },
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">Approval steps</h2>
      <ApprovalSteps status={r.status} submissionCount={r.submissionCount} requiresSecondApproval={r.requiresSecondApproval} approvals={r.approvals} />
      {r.pendingStep && !r.decisionRefusal ? (
        <>
          {r.requiresSecondApproval ? (
            <InsetText>
              The estimated cost is above the council&rsquo;s threshold of {formatMoney(r.approvalThresholdPence)}, so this requisition needs two approvals.
            </InsetText>
          ) : null}
          <DecisionForm action={decideRequisitionAction} requisitionId={r.id} stepLabel={stepLabel} />
        </>
      ) : (
        <InsetText>
          <title>{`${r.reference} – Approvals – Hiring managers – Connect2 portal`}</title>
          {r.decisionRefusal ?? "This requisition is not waiting for a decision."}{" "}
          <Link href={`/manager/requisitions/${r.id}`}>See the requisition</Link>
        </InsetText>
      )}
    </>
  );
}
