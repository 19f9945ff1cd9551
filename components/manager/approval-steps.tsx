import { Tag } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import type { ApprovalRecord } from "@/lib/requisitions/manager-queries";
import type { ApprovalStep, RequisitionStatus } from "@/lib/enums";

const STEP_LABEL: Record<ApprovalStep, string> = { FIRST: "Budget holder approval", SECOND: "Second approval (head of service or finance)" };

/** The approval steps of the current submission: each step, its decision, who took it and when. */
export function ApprovalSteps({
  status,
  submissionCount,
  requiresSecondApproval,
  approvals,
}: {
  status: RequisitionStatus;
  submissionCount: number;
  requiresSecondApproval: boolean;
  approvals: ApprovalRecord[];
}) {
  if (submissionCount === 0) return <p className="mb-8">Not submitted yet. Once submitted, the service&rsquo;s budget holder approves or declines it.</p>;
  const current = approvals.filter((a) => a.submissionNo === submissionCount);
  const steps: ApprovalStep[] = requiresSecondApproval ? ["FIRST", "SECOND"] : ["FIRST"];
  const firstDeclined = current.find((a) => a.step === "FIRST")?.decision === "DECLINED";
  return (
    <ol className="mb-8 space-y-3" aria-label="Approval steps">
      {steps.map((step, i) => {
        const a = current.find((x) => x.step === step);
        const skipped = step === "SECOND" && firstDeclined;
        return (
          <li key={step} className="border-l-4 border-[#b1b4b6] pl-4">
            <p className="mb-1 font-bold">
              Step {i + 1}: {STEP_LABEL[step]}
            </p>
            {a ? (
              <p className="mb-0">
                <Tag colour={a.decision === "APPROVED" ? "green" : "red"}>{a.decision === "APPROVED" ? "Approved" : "Declined"}</Tag> by {a.decidedByName} on{" "}
                {formatDateTime(a.decidedAt)}
                {a.reason ? <span className="block">Reason: {a.reason}</span> : null}
              </p>
            ) : skipped ? (
              <p className="mb-0">Not needed: the requisition was declined.</p>
            ) : (
              <p className="mb-0">
                <Tag colour="yellow">{status === "SUBMITTED" ? "Waiting" : "Not reached"}</Tag>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
