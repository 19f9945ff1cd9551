import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { computeFeeWindow } from "@/lib/compliance/fee-window";
import { formatDate } from "@/lib/format";
import { londonToday } from "@/lib/jobs/clock";

export const actionChangeSchema = z
  .object({
    changeRequestId: z.string().min(1),
    decision: z.enum(["ACTION", "DECLINE"], { error: "Choose whether to action or decline the request" }),
    declineReason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "DECLINE" && !v.declineReason) ctx.addIssue({ code: "custom", path: ["declineReason"], message: "Give the reason for declining the request" });
  });

export type ActionChangeInput = z.input<typeof actionChangeSchema>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The Connect2 team actions (or declines, with a reason) a hiring manager's extension or early-end request.
 * The request stays as history; the placement's planned end moves (extension) or its actual end is set with
 * the reason (early end — ENDED at once when the last day has passed). The fee-free date is worked out again
 * over the worker's assignments with the council, since the 8-week limb follows the last day worked. The
 * placement row is locked so two recruiters cannot action one request twice. Audit and notifications.
 */
export async function actionChangeRequest(viewer: Viewer | null, raw: ActionChangeInput, today = londonToday()) {
  const v = authorize(viewer, "placement.manage");
  const input = actionChangeSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const cr = await tx.placementChangeRequest.findFirst({
      where: { id: input.changeRequestId, councilId: v.councilId },
      select: { id: true, placementId: true, type: true, newEndDate: true, previousEndDate: true, reason: true, requestedById: true },
    });
    if (!cr) throw new NotFoundError("We could not find that change request.");
    await tx.$queryRaw`select id from "Placement" where id = ${cr.placementId} and "councilId" = ${v.councilId} for update`;
    const p = await tx.placement.findFirstOrThrow({
      where: { id: cr.placementId, councilId: v.councilId },
      select: {
        id: true, reference: true, status: true, candidateId: true, serviceId: true, plannedEndDate: true, startDate: true,
        candidate: { select: { firstName: true, lastName: true, userId: true } }, requisition: { select: { jobTitle: true } },
      },
    });
    const claimed = await tx.placementChangeRequest.updateMany({
      where: { id: cr.id, status: "REQUESTED" },
      data: input.decision === "ACTION"
        ? { status: "ACTIONED", actionedById: v.userId, actionedAt: new Date() }
        : { status: "DECLINED", actionedById: v.userId, actionedAt: new Date(), declineReason: input.declineReason },
    });
    if (claimed.count !== 1) throw new DomainError("This request has already been dealt with.");
    const newEnd = iso(cr.newEndDate);
    const worker = `${p.candidate.firstName} ${p.candidate.lastName}`;
    const managers = await serviceManagers(tx, v.councilId, p.serviceId);
    const what = cr.type === "EXTENSION" ? "extension" : "early end";
    if (input.decision === "DECLINE") {
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "placement.change-decline", entityType: "Placement", entityId: p.id,
        changes: { changeRequestId: cr.id, type: cr.type, reason: input.declineReason },
      });
      await notify(tx, {
        councilId: v.councilId, userIds: [...managers, cr.requestedById], kind: "placement.change-declined",
        title: `${p.reference}: ${what} declined`,
        body: `Connect2 declined the ${what} to ${formatDate(newEnd)} for ${worker}: ${input.declineReason}`,
        link: `/manager/placements/${p.id}`,
      });
      return { id: cr.id, status: "DECLINED" as const };
    }
    if (p.status !== "ACTIVE" && p.status !== "PENDING_START") {
      throw new DomainError("Only an active or upcoming placement can be extended or ended early.");
    }
    if (cr.type === "EARLY_END" && newEnd < iso(p.startDate)) throw new DomainError("The early end date is before the placement started.");
    const ended = cr.type === "EARLY_END" && newEnd < today;
    // Fee-free date again over the worker's assignments with the council, this one to its new last day.
    const all = await tx.placement.findMany({
      where: { councilId: v.councilId, candidateId: p.candidateId },
      select: { id: true, startDate: true, plannedEndDate: true, actualEndDate: true },
    });
    const window = computeFeeWindow(
      all.map((q) => ({ start: iso(q.startDate), end: q.id === p.id ? newEnd : iso(q.actualEndDate ?? q.plannedEndDate) })),
      today,
    );
    const feeFreeDate = window.feeFreeDate ? new Date(`${window.feeFreeDate}T00:00:00.000Z`) : undefined;
    await tx.placement.update({
      where: { id: p.id },
      data: cr.type === "EXTENSION"
        ? { plannedEndDate: cr.newEndDate, ...(feeFreeDate ? { feeFreeDate } : {}) }
        : {
            actualEndDate: cr.newEndDate, endReason: cr.reason ? `Ended early at the service's request: ${cr.reason}` : "Ended early at the service's request",
            ...(ended ? { status: "ENDED" as const } : {}), ...(feeFreeDate ? { feeFreeDate } : {}),
          },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: cr.type === "EXTENSION" ? "placement.extend" : "placement.end-early",
      entityType: "Placement", entityId: p.id,
      changes: cr.type === "EXTENSION"
        ? { changeRequestId: cr.id, plannedEndDate: [iso(p.plannedEndDate), newEnd], feeFreeDate: window.feeFreeDate }
        : { changeRequestId: cr.id, actualEndDate: [null, newEnd], ...(ended ? { status: [p.status, "ENDED"] } : {}), feeFreeDate: window.feeFreeDate },
    });
    const message = cr.type === "EXTENSION"
      ? `${worker}'s placement as ${p.requisition.jobTitle} (${p.reference}) now ends on ${formatDate(newEnd)}.`
      : `${worker}'s placement as ${p.requisition.jobTitle} (${p.reference}) ends early: the last day is ${formatDate(newEnd)}.`;
    await notify(tx, {
      councilId: v.councilId, userIds: [...managers, cr.requestedById], kind: `placement.${cr.type === "EXTENSION" ? "extended" : "ended-early"}`,
      title: `${p.reference}: ${what} actioned`, body: `Connect2 actioned the ${what}. ${message}`, link: `/manager/placements/${p.id}`,
    });
    if (p.candidate.userId) {
      await notify(tx, {
        councilId: v.councilId, userIds: [p.candidate.userId], kind: `placement.${cr.type === "EXTENSION" ? "extended" : "ended-early"}`,
        title: cr.type === "EXTENSION" ? `Your placement is extended to ${formatDate(newEnd)}` : `Your placement ends on ${formatDate(newEnd)}`,
        body: `Your placement as ${p.requisition.jobTitle} ${cr.type === "EXTENSION" ? `is extended: it now ends on ${formatDate(newEnd)}` : `ends early: your last day is ${formatDate(newEnd)}`}.`,
        link: `/candidate/placements/${p.id}`,
      });
    }
    return { id: cr.id, status: "ACTIONED" as const, feeFreeDate: window.feeFreeDate };
  });
}
