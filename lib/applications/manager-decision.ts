import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import type { ApplicationStage, ManagerDecision } from "@/lib/generated/prisma/enums";
import { canMove } from "./stages";

export const managerDecisionSchema = z
  .object({
    applicationId: z.string().min(1),
    decision: z.enum(["INTERVIEW", "ACCEPTED", "REJECTED"], { error: "Choose what to do with this candidate" }),
    reason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECTED" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for rejecting the candidate" });
  });

export type ManagerDecisionInput = z.infer<typeof managerDecisionSchema>;

/** What each decision moves the application to: an interview, an offer request to Connect2, or rejection. */
export const DECISION_STAGE: Record<ManagerDecision, ApplicationStage> = {
  INTERVIEW: "INTERVIEW",
  ACCEPTED: "OFFERED",
  REJECTED: "REJECTED",
};

const DECISION_TEXT: Record<ManagerDecision, string> = {
  INTERVIEW: "invited to interview",
  ACCEPTED: "accepted (offer requested)",
  REJECTED: "rejected",
};

/**
 * A hiring manager decides on a shortlisted candidate: invite to interview, accept (asks Connect2 to make
 * the offer) or reject with a reason. The application must be on a requisition of the manager's services
 * and at a stage the move is allowed from (lib/applications/stages.ts). One transaction with the stage
 * history row, audit event and notifications to the Connect2 team and the requisition's raiser.
 */
export async function decideOnCandidate(viewer: Viewer | null, input: ManagerDecisionInput) {
  const v = authorize(viewer, "shortlist.review");
  return db().$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: input.applicationId, councilId: v.councilId, requisition: { councilId: v.councilId, serviceId: { in: v.serviceIds } } },
      select: {
        id: true, stage: true, requisitionId: true,
        candidate: { select: { firstName: true, lastName: true } },
        requisition: { select: { reference: true, jobTitle: true, raisedById: true } },
      },
    });
    if (!app) throw new NotFoundError("We could not find that candidate on a shortlist in your services.");
    const to = DECISION_STAGE[input.decision];
    const check = canMove(app.stage, to, v.role, input.reason);
    if (!check.ok) throw new DomainError(app.stage === "SHORTLISTED" || app.stage === "INTERVIEW" ? check.reason : "A decision has already been made on this candidate.");
    const now = new Date();
    const moved = await tx.application.updateMany({
      where: { id: app.id, stage: app.stage },
      data: {
        stage: to,
        managerDecision: input.decision,
        managerDecisionReason: input.reason,
        managerDecidedById: v.userId,
        managerDecidedAt: now,
        ...(to === "REJECTED" ? { closedReason: input.reason } : {}),
      },
    });
    if (moved.count !== 1) throw new DomainError("Someone else decided on this candidate just now. Reload the page.");
    await tx.applicationStageChange.create({
      data: { councilId: v.councilId, applicationId: app.id, fromStage: app.stage, toStage: to, reason: input.reason, changedById: v.userId },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: `application.manager-${input.decision.toLowerCase()}`,
      entityType: "Application", entityId: app.id, changes: { stage: [app.stage, to], decision: input.decision, reason: input.reason },
    });
    const name = `${app.candidate.firstName} ${app.candidate.lastName}`;
    const message = {
      councilId: v.councilId,
      kind: `shortlist.${input.decision.toLowerCase()}`,
      title: `${app.requisition.reference}: ${name} ${DECISION_TEXT[input.decision]}`,
      body: `${v.name} ${DECISION_TEXT[input.decision]} ${name} for ${app.requisition.jobTitle} (${app.requisition.reference})${input.reason ? `: ${input.reason}` : "."}`,
    };
    await notify(tx, { ...message, userIds: await agencyTeam(tx, v.councilId), link: `/agency/requisitions/${app.requisitionId}` });
    await notify(tx, { ...message, userIds: [app.requisition.raisedById], link: `/manager/requisitions/${app.requisitionId}/shortlist` });
    return { id: app.id, stage: to, requisitionId: app.requisitionId };
  });
}
