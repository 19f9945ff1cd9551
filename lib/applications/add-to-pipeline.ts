import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";

export const addToPipelineSchema = z.object({
  requisitionId: z.string().min(1),
  candidateId: z.string().min(1, "Choose a candidate"),
  stage: z.enum(["APPLIED", "SCREENED"]).default("SCREENED"),
});

export type AddToPipelineInput = z.input<typeof addToPipelineSchema>;

/**
 * The team sources a candidate from the talent pool onto a requisition's pipeline: an Application created by
 * the team (at SCREENED by default — the recruiter has already looked at them — or APPLIED), with its history
 * row and audit event. Both records must belong to the viewer's council; a merged or anonymised record cannot
 * be added; the unique index (candidate × requisition) refuses a second application.
 */
export async function addToPipeline(viewer: Viewer | null, raw: AddToPipelineInput) {
  const v = authorize(viewer, "application.manage");
  const input = addToPipelineSchema.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      // As in apply.ts: a cancel or close of this requisition waits for this, or this sees it closed.
      await tx.$queryRaw`select id from "Requisition" where id = ${input.requisitionId} and "councilId" = ${v.councilId} for share`;
      const [req, cand] = await Promise.all([
        tx.requisition.findFirst({ where: { id: input.requisitionId, councilId: v.councilId }, select: { id: true, status: true, reference: true } }),
        tx.candidateProfile.findFirst({
          where: { id: input.candidateId, councilId: v.councilId },
          select: { id: true, mergedIntoId: true, anonymisedAt: true, firstName: true, lastName: true },
        }),
      ]);
      if (!req) throw new NotFoundError("We could not find that requisition.");
      if (!cand) throw new NotFoundError("We could not find that candidate.");
      if (cand.mergedIntoId) throw new DomainError("This record was merged into another one; add the record it was merged into instead.");
      if (cand.anonymisedAt) throw new DomainError("This candidate's record has been anonymised and cannot be added.");
      if (req.status !== "OPEN") throw new DomainError("Candidates can only be added to an open requisition.");
      const existing = await tx.application.findFirst({ where: { candidateId: cand.id, requisitionId: req.id }, select: { stage: true } });
      if (existing) throw new DomainError(`${cand.firstName} ${cand.lastName} is already in this pipeline.`);
      const now = new Date();
      const app = await tx.application.create({
        data: { councilId: v.councilId, candidateId: cand.id, requisitionId: req.id, stage: input.stage, appliedAt: now },
        select: { id: true, stage: true },
      });
      await tx.applicationStageChange.create({
        data: { councilId: v.councilId, applicationId: app.id, fromStage: null, toStage: input.stage, reason: "Added from the talent pool by Connect2", changedById: v.userId, changedAt: now },
      });
      await tx.candidateProfile.update({ where: { id: cand.id }, data: { lastActivityAt: now } });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.source", entityType: "Application", entityId: app.id,
        changes: { requisitionId: req.id, candidateId: cand.id, stage: [null, input.stage] },
      });
      return app;
    });
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      throw new DomainError("That candidate is already in this pipeline.");
    }
    throw e;
  }
}
