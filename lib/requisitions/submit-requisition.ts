import "server-only";
import { db, type Tx } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify, serviceManagers } from "@/lib/notifications/notify";
import { needsSecondApproval } from "@/lib/ratecards/estimate";
import { formatMoney } from "@/lib/format";
import type { RequisitionStatus } from "@/lib/generated/prisma/enums";

/** States a requisition can be (re)submitted from. */
export const SUBMITTABLE: RequisitionStatus[] = ["DRAFT", "DECLINED"];

/**
 * Move a draft (or an amended, declined) requisition to SUBMITTED inside the caller's transaction:
 * a conditional update (so two submits cannot both win), the submission number, whether a second
 * approval is needed (estimated cost above the council's threshold), a history row, an audit event and
 * notifications to the service's budget holders, the raiser and the Connect2 team.
 */
export async function submitInTx(tx: Tx, v: Viewer, requisitionId: string) {
  const req = await tx.requisition.findFirst({
    where: { id: requisitionId, councilId: v.councilId, serviceId: { in: v.serviceIds } },
    select: {
      id: true, reference: true, jobTitle: true, status: true, estimatedCostPence: true, serviceId: true, raisedById: true,
      submissionCount: true, council: { select: { approvalThresholdPence: true } },
    },
  });
  if (!req) throw new NotFoundError("We could not find that requisition in your services.");
  if (!SUBMITTABLE.includes(req.status)) {
    throw new DomainError(`This requisition is ${req.status.toLowerCase()}, so it cannot be submitted again.`);
  }
  const second = needsSecondApproval(req.estimatedCostPence, req.council.approvalThresholdPence);
  const now = new Date();
  const moved = await tx.requisition.updateMany({
    where: { id: req.id, status: req.status },
    data: {
      status: "SUBMITTED",
      submissionCount: { increment: 1 },
      submittedAt: now,
      requiresSecondApproval: second,
      approvedAt: null,
    },
  });
  if (moved.count !== 1) throw new DomainError("Someone else changed this requisition just now. Reload the page and try again.");
  const submissionNo = req.submissionCount + 1;
  await tx.requisitionStatusChange.create({
    data: {
      councilId: v.councilId, requisitionId: req.id, fromStatus: req.status, toStatus: "SUBMITTED", changedById: v.userId,
      note: submissionNo > 1 ? `Resubmitted (submission ${submissionNo})` : "Submitted for approval",
    },
  });
  await writeAudit(tx, {
    councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "requisition.submit", entityType: "Requisition",
    entityId: req.id, changes: { status: [req.status, "SUBMITTED"], submissionNo, requiresSecondApproval: second, estimatedCostPence: req.estimatedCostPence },
  });
  const approvers = (await serviceManagers(tx, v.councilId, req.serviceId, "budgetHolder")).filter((id) => id !== req.raisedById);
  await notify(tx, {
    councilId: v.councilId,
    userIds: approvers,
    kind: "requisition.submitted",
    title: `Requisition ${req.reference} needs your approval`,
    body: `${v.name} submitted ${req.reference} (${req.jobTitle}), estimated cost ${formatMoney(req.estimatedCostPence)}${second ? ", which also needs a second approval" : ""}.`,
    link: `/manager/approvals/${req.id}`,
  });
  await notify(tx, {
    councilId: v.councilId,
    userIds: [req.raisedById, ...(await agencyTeam(tx, v.councilId))],
    kind: "requisition.submitted",
    title: `Requisition ${req.reference} submitted for approval`,
    body: `${req.reference} (${req.jobTitle}) was submitted by ${v.name} and is waiting for the budget holder.`,
    link: `/manager/requisitions/${req.id}`,
  });
  return { id: req.id, reference: req.reference, status: "SUBMITTED" as const, requiresSecondApproval: second, submissionNo };
}

/** Submit an existing draft or amended requisition for approval (one transaction). */
export async function submitRequisition(viewer: Viewer | null, requisitionId: string) {
  const v = authorize(viewer, "requisition.create");
  return db().$transaction((tx) => submitInTx(tx, v, requisitionId));
}
