import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { STAGE_LABEL } from "@/lib/requisitions/labels";
import { canMove, needsManagerAcceptance } from "./stages";

/**
 * Stages the team moves applications into by hand; PLACED only comes from confirming a placement, and OFFERED only
 * once the hiring manager has accepted the candidate (`needsManagerAcceptance` in ./stages).
 */
export const TEAM_MOVES = ["SCREENED", "SHORTLISTED", "INTERVIEW", "OFFERED", "REJECTED", "WITHDRAWN"] as const;

export const moveSchema = z
  .object({
    applicationId: z.string().min(1),
    to: z.enum(TEAM_MOVES, { error: "Choose where to move the application" }),
    reason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.to === "REJECTED" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for rejecting the application" });
    if (v.to === "WITHDRAWN" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason the candidate withdrew" });
  });

export type MoveInput = z.infer<typeof moveSchema>;

/**
 * The Connect2 team moves an application along its stages (lib/applications/stages.ts decides which moves
 * are allowed and that rejecting or withdrawing needs a reason). Shortlisting stamps `shortlistedAt` (time to
 * first shortlist) and tells the service's hiring managers; a rejection tells the candidate. One transaction:
 * a conditional update (two recruiters moving one application at once cannot both win), the history row,
 * the audit event and the notifications.
 */
export async function moveApplication(viewer: Viewer | null, input: MoveInput) {
  const v = authorize(viewer, "application.manage");
  return db().$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: input.applicationId, councilId: v.councilId },
      select: {
        id: true, stage: true, requisitionId: true, shortlistedAt: true, candidateId: true, managerDecision: true,
        candidate: { select: { firstName: true, lastName: true, userId: true } },
        requisition: { select: { reference: true, jobTitle: true, status: true, serviceId: true, raisedById: true } },
      },
    });
    if (!app) throw new NotFoundError("We could not find that application.");
    const check = canMove(app.stage, input.to, v.role, input.reason);
    if (!check.ok) throw new DomainError(check.reason);
    const accepted = needsManagerAcceptance(input.to, app.managerDecision);
    if (!accepted.ok) throw new DomainError(accepted.reason, { to: accepted.reason });
    if (input.to === "SHORTLISTED" && app.requisition.status !== "OPEN") {
      throw new DomainError("Only candidates on an open requisition can be shortlisted.");
    }
    const now = new Date();
    const closing = input.to === "REJECTED" || input.to === "WITHDRAWN";
    const moved = await tx.application.updateMany({
      where: { id: app.id, councilId: v.councilId, stage: app.stage, ...(input.to === "OFFERED" ? { managerDecision: "ACCEPTED" as const } : {}) },
      data: {
        stage: input.to,
        ...(input.to === "SHORTLISTED" ? { shortlistedAt: app.shortlistedAt ?? now, managerDecision: null, managerDecisionReason: null, managerDecidedAt: null, managerDecidedById: null } : {}),
        ...(closing ? { closedReason: input.reason } : {}),
      },
    });
    if (moved.count !== 1) throw new DomainError("Someone else moved this application just now. Reload the page and try again.");
    await tx.applicationStageChange.create({
      data: { councilId: v.councilId, applicationId: app.id, fromStage: app.stage, toStage: input.to, reason: input.reason, changedById: v.userId },
    });
    await tx.candidateProfile.update({ where: { id: app.candidateId }, data: { lastActivityAt: now } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.move", entityType: "Application", entityId: app.id,
      changes: { stage: [app.stage, input.to], ...(input.reason ? { reason: input.reason } : {}) },
    });
    const name = `${app.candidate.firstName} ${app.candidate.lastName}`;
    const req = app.requisition;
    if (input.to === "SHORTLISTED") {
      const managers = await serviceManagers(tx, v.councilId, req.serviceId);
      await notify(tx, {
        councilId: v.councilId, userIds: [...managers, req.raisedById], kind: "shortlist.sent",
        title: `${req.reference}: ${name} shortlisted for you`,
        body: `Connect2 shortlisted ${name} for ${req.jobTitle} (${req.reference}). Please review the shortlist and decide: interview, accept or reject.`,
        link: `/manager/requisitions/${app.requisitionId}/shortlist`,
      });
    }
    if (app.candidate.userId && (input.to === "SHORTLISTED" || input.to === "REJECTED" || input.to === "OFFERED" || input.to === "INTERVIEW")) {
      await notify(tx, {
        councilId: v.councilId, userIds: [app.candidate.userId], kind: `application.${input.to.toLowerCase()}`,
        title: `Your application for ${req.jobTitle}: ${STAGE_LABEL[input.to].toLowerCase()}`,
        body: input.to === "REJECTED"
          ? `Thank you for applying for ${req.jobTitle}. This time we are not taking your application further. ${input.reason ?? ""}`.trim()
          : `Your application for ${req.jobTitle} is now: ${STAGE_LABEL[input.to].toLowerCase()}.`,
        link: `/candidate/applications/${app.id}`,
      });
    }
    return { id: app.id, stage: input.to, requisitionId: app.requisitionId };
  });
}
