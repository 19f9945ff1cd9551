import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify, serviceManagers } from "@/lib/notifications/notify";
import type { ApprovalStep } from "@/lib/generated/prisma/enums";
import type { DecisionInput } from "./schemas";

type PendingState = {
  status: string;
  requiresSecondApproval: boolean;
  submissionCount: number;
  approvals: { submissionNo: number; step: ApprovalStep; decision: string; decidedById: string }[];
};

/** The step waiting for a decision on the current submission, or null when none is (pure). */
export function pendingStep(r: PendingState): ApprovalStep | null {
  if (r.status !== "SUBMITTED") return null;
  const current = r.approvals.filter((a) => a.submissionNo === r.submissionCount);
  const first = current.find((a) => a.step === "FIRST");
  if (!first) return "FIRST";
  if (first.decision === "APPROVED" && r.requiresSecondApproval && !current.some((a) => a.step === "SECOND")) return "SECOND";
  return null;
}

/**
 * Why a viewer may not decide the pending step, or null when they may (pure; the domain function and the
 * pages share it). Segregation of duties: nobody approves a requisition they raised, and the second
 * approval must come from a different person than the first.
 */
export function refusalFor(
  v: Pick<Viewer, "userId" | "budgetHolderServiceIds" | "secondApproverServiceIds">,
  r: PendingState & { serviceId: string; raisedById: string },
): string | null {
  const step = pendingStep(r);
  if (!step) return "This requisition is not waiting for an approval decision.";
  if (r.raisedById === v.userId) return "You raised this requisition, so someone else must approve it (segregation of duties).";
  if (step === "FIRST" && !v.budgetHolderServiceIds.includes(r.serviceId)) {
    return "Only a budget holder for this service can make the first approval.";
  }
  if (step === "SECOND") {
    if (!v.secondApproverServiceIds.includes(r.serviceId)) {
      return "This requisition is above the council's threshold: only the head of service or finance (second approver) can make the second approval.";
    }
    const first = r.approvals.find((a) => a.submissionNo === r.submissionCount && a.step === "FIRST");
    if (first?.decidedById === v.userId) return "You made the first approval, so a different person must make the second.";
  }
  return null;
}

/**
 * The budget holder (first step) or second approver (second step, above the threshold) approves or
 * declines a submitted requisition. One transaction: the decision row (unique per submission and step,
 * so two approvers cannot both decide it), the state change, history, audit and notifications.
 */
export async function decideRequisition(viewer: Viewer | null, input: DecisionInput) {
  const v = authorize(viewer, "requisition.approve");
  return db().$transaction(async (tx) => {
    const req = await tx.requisition.findFirst({
      where: { id: input.requisitionId, councilId: v.councilId, serviceId: { in: v.serviceIds } },
      select: {
        id: true, reference: true, jobTitle: true, status: true, serviceId: true, raisedById: true, requiresSecondApproval: true,
        submissionCount: true, approvals: { select: { submissionNo: true, step: true, decision: true, decidedById: true } },
      },
    });
    if (!req) throw new NotFoundError("We could not find that requisition in your services.");
    // Lock the row so the step is decided on what is really there.
    await tx.$queryRaw`select id from "Requisition" where id = ${req.id} for update`;
    const step = pendingStep(req);
    const refusal = refusalFor(v, req);
    if (!step) throw new DomainError("This requisition is not waiting for an approval decision.");
    if (refusal) throw new ForbiddenError(refusal);
    const approved = input.decision === "APPROVED";
    await tx.requisitionApproval.create({
      data: {
        councilId: v.councilId, requisitionId: req.id, submissionNo: req.submissionCount, step, decision: input.decision,
        reason: input.reason, decidedById: v.userId,
      },
    });
    const final = !approved || step === "SECOND" || !req.requiresSecondApproval;
    const toStatus = !approved ? "DECLINED" : final ? "APPROVED" : "SUBMITTED";
    if (toStatus !== "SUBMITTED") {
      const moved = await tx.requisition.updateMany({
        where: { id: req.id, status: "SUBMITTED" },
        data: { status: toStatus, approvedAt: toStatus === "APPROVED" ? new Date() : null },
      });
      if (moved.count !== 1) throw new DomainError("Someone else decided this requisition just now. Reload the page.");
      await tx.requisitionStatusChange.create({
        data: {
          councilId: v.councilId, requisitionId: req.id, fromStatus: "SUBMITTED", toStatus, changedById: v.userId,
          note: `${step === "FIRST" ? "First" : "Second"} approval: ${approved ? "approved" : `declined: ${input.reason}`}`,
        },
      });
    }
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: approved ? "requisition.approve" : "requisition.decline",
      entityType: "Requisition", entityId: req.id,
      changes: { step, submissionNo: req.submissionCount, decision: input.decision, reason: input.reason, status: ["SUBMITTED", toStatus] },
    });
    const stepName = step === "FIRST" ? "first approval" : "second approval";
    const outcome = !approved
      ? `was declined by ${v.name}: ${input.reason}`
      : toStatus === "APPROVED"
        ? `was approved by ${v.name} and is ready for Connect2 to release`
        : `had its first approval from ${v.name} and now needs a second approval`;
    await notify(tx, {
      councilId: v.councilId,
      userIds: [req.raisedById, ...(await agencyTeam(tx, v.councilId))],
      kind: `requisition.${approved ? (toStatus === "APPROVED" ? "approved" : "first-approved") : "declined"}`,
      title: `Requisition ${req.reference}: ${approved ? (toStatus === "APPROVED" ? "approved" : "first approval given") : "declined"}`,
      body: `${req.reference} (${req.jobTitle}) ${outcome} (${stepName}).`,
      link: `/manager/requisitions/${req.id}`,
    });
    if (toStatus === "SUBMITTED") {
      const seconds = (await serviceManagers(tx, v.councilId, req.serviceId, "secondApprover")).filter((id) => id !== v.userId && id !== req.raisedById);
      await notify(tx, {
        councilId: v.councilId, userIds: seconds, kind: "requisition.second-approval",
        title: `Requisition ${req.reference} needs a second approval`,
        body: `${req.reference} (${req.jobTitle}) is above the council's approval threshold and has its first approval from ${v.name}.`,
        link: `/manager/approvals/${req.id}`,
      });
    }
    return { id: req.id, reference: req.reference, step, status: toStatus };
  });
}
