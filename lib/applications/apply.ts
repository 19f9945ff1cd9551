import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { todayUtc } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { STAGE_ACTORS } from "./stages";

export const applySchema = z.object({
  requisitionId: z.string().trim().min(1).max(40),
  coverNote: z
    .string()
    .trim()
    .max(2000, "Your note must be 2,000 characters or fewer")
    .optional()
    .transform((v) => (v ? v : null)),
  availabilityConfirmed: z.literal("yes", { error: "Confirm that you can work the hours and start date of this job" }),
});

export type ApplyInput = z.infer<typeof applySchema>;

export class AlreadyAppliedError extends DomainError {
  constructor(
    readonly applicationId: string,
    appliedAt: Date,
  ) {
    super(`You already applied for this job on ${formatDate(appliedAt)}. You can follow your application in My applications.`);
  }
}

/**
 * A signed-in candidate applies for a live vacancy of their own council: an Application (APPLIED) with its
 * first timeline entry, an audit event and a note to the Connect2 team, in one transaction. A second
 * application for the same vacancy is refused politely; the unique index (candidate × requisition) decides
 * when two arrive together.
 */
export async function applyForVacancy(viewer: Viewer | null, input: ApplyInput) {
  const v = authorize(viewer, "application.create.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  if (!STAGE_ACTORS.APPLIED.includes(v.role)) throw new DomainError("You cannot apply for jobs with this account.");
  const existing = await db().application.findFirst({
    where: { councilId: v.councilId, candidateId, requisitionId: input.requisitionId },
    select: { id: true, appliedAt: true },
  });
  if (existing) throw new AlreadyAppliedError(existing.id, existing.appliedAt);
  try {
    return await db().$transaction(async (tx) => {
      const candidate = await tx.candidateProfile.findFirst({
        where: { id: candidateId, councilId: v.councilId, userId: v.userId, anonymisedAt: null },
        select: { id: true, firstName: true, lastName: true },
      });
      if (!candidate) throw new NotFoundError("We could not find your candidate profile.");
      // Hold the requisition's state until this commits: a cancel or close (which locks it for update) then waits
      // for this application and closes it too, or goes first and this sees the vacancy is no longer open.
      await tx.$queryRaw`select id from "Requisition" where id = ${input.requisitionId} and "councilId" = ${v.councilId} for share`;
      const req = await tx.requisition.findFirst({
        where: { id: input.requisitionId, councilId: v.councilId, openedAt: { not: null } },
        select: { id: true, reference: true, jobTitle: true, status: true, closingDate: true },
      });
      if (!req) throw new NotFoundError("We could not find that job.");
      if (req.status === "FILLED") throw new DomainError("This job has been filled, so it is no longer taking applications.");
      if (req.status !== "OPEN" || (req.closingDate && req.closingDate < todayUtc())) {
        throw new DomainError("This job has closed, so it is no longer taking applications.");
      }
      const now = new Date();
      const app = await tx.application.create({
        data: {
          councilId: v.councilId,
          candidateId,
          requisitionId: req.id,
          stage: "APPLIED",
          coverNote: input.coverNote,
          availabilityConfirmed: true,
          appliedAt: now,
        },
      });
      await tx.applicationStageChange.create({
        data: { councilId: v.councilId, applicationId: app.id, fromStage: null, toStage: "APPLIED", changedById: v.userId, changedAt: now },
      });
      await tx.candidateProfile.update({ where: { id: candidateId }, data: { lastActivityAt: now } });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.create", entityType: "Application", entityId: app.id,
        changes: { requisitionId: req.id, stage: [null, "APPLIED"] },
      });
      await notify(tx, {
        councilId: v.councilId,
        userIds: await agencyTeam(tx, v.councilId),
        kind: "application.created",
        title: `${req.reference}: new application`,
        body: `${candidate.firstName} ${candidate.lastName} applied for ${req.jobTitle} (${req.reference}).`,
        link: `/agency/applications/${app.id}`,
      });
      return app;
    });
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      const again = await db().application.findFirst({
        where: { councilId: v.councilId, candidateId, requisitionId: input.requisitionId },
        select: { id: true, appliedAt: true },
      });
      if (again) throw new AlreadyAppliedError(again.id, again.appliedAt);
    }
    throw e;
  }
}
