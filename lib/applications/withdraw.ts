import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify, serviceManagers } from "@/lib/notifications/notify";
import { canMove } from "./stages";

export const WITHDRAW_REASONS = [
  "I have found other work",
  "The job is no longer right for me",
  "My circumstances have changed",
] as const;

export const withdrawSchema = z
  .object({
    applicationId: z.string().trim().min(1).max(40),
    reason: z.string({ error: "Select why you are withdrawing" }).trim().min(1, "Select why you are withdrawing").max(200),
    otherReason: z.string().trim().max(500, "Your reason must be 500 characters or fewer").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.reason === "other" && !v.otherReason) ctx.addIssue({ code: "custom", path: ["otherReason"], message: "Tell us why you are withdrawing" });
    if (v.reason !== "other" && !(WITHDRAW_REASONS as readonly string[]).includes(v.reason)) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Select why you are withdrawing" });
    }
  })
  .transform((v) => ({ applicationId: v.applicationId, reason: v.reason === "other" ? v.otherReason : v.reason }));

export type WithdrawInput = z.infer<typeof withdrawSchema>;

/**
 * A candidate withdraws one of their own applications, with a reason. The stage table (`canMove`) decides
 * whether that is still possible; the move is guarded by a conditional update so a change by the team at
 * the same moment is not overwritten. Timeline entry, audit and notifications in one transaction.
 */
export async function withdrawApplication(viewer: Viewer | null, input: WithdrawInput) {
  const v = authorize(viewer, "application.withdraw.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  return db().$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: input.applicationId, councilId: v.councilId, candidateId },
      select: {
        id: true, stage: true,
        candidate: { select: { firstName: true, lastName: true } },
        requisition: { select: { reference: true, jobTitle: true, serviceId: true } },
      },
    });
    if (!app) throw new NotFoundError("We could not find that application.");
    const check = canMove(app.stage, "WITHDRAWN", v.role, input.reason);
    if (!check.ok) {
      throw new DomainError(
        app.stage === "WITHDRAWN" ? "You have already withdrawn this application."
          : app.stage === "PLACED" ? "You have been placed in this job, so the application cannot be withdrawn. Contact the Connect2 team if you need to stop working."
          : app.stage === "REJECTED" ? "This application has already closed, so there is nothing to withdraw."
          : check.reason,
      );
    }
    const now = new Date();
    const moved = await tx.application.updateMany({
      where: { id: app.id, stage: app.stage },
      data: { stage: "WITHDRAWN", closedReason: input.reason },
    });
    if (moved.count !== 1) throw new DomainError("Your application changed just now. Reload the page and try again.");
    await tx.applicationStageChange.create({
      data: { councilId: v.councilId, applicationId: app.id, fromStage: app.stage, toStage: "WITHDRAWN", reason: input.reason, changedById: v.userId, changedAt: now },
    });
    await tx.candidateProfile.update({ where: { id: candidateId }, data: { lastActivityAt: now } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.withdraw", entityType: "Application", entityId: app.id,
      changes: { stage: [app.stage, "WITHDRAWN"], reason: input.reason },
    });
    const who = `${app.candidate.firstName} ${app.candidate.lastName}`;
    const managersToo = app.stage === "SHORTLISTED" || app.stage === "INTERVIEW" || app.stage === "OFFERED";
    await notify(tx, {
      councilId: v.councilId,
      userIds: [
        ...(await agencyTeam(tx, v.councilId)),
        ...(managersToo ? await serviceManagers(tx, v.councilId, app.requisition.serviceId) : []),
      ],
      kind: "application.withdrawn",
      title: `${app.requisition.reference}: application withdrawn`,
      body: `${who} withdrew their application for ${app.requisition.jobTitle}: "${input.reason}".`,
    });
    return { id: app.id, stage: "WITHDRAWN" as const };
  });
}
