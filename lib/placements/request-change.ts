import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { todayUtc } from "@/lib/dates";
import { formatDate } from "@/lib/format";

export const changeRequestSchema = z
  .object({
    placementId: z.string().min(1),
    type: z.enum(["EXTENSION", "EARLY_END"]),
    newEndDate: z.string().trim().min(1, "Enter the new end date").regex(/^\d{4}-\d{2}-\d{2}$/, "The date must be a real date, like 31 3 2027"),
    reason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.type === "EARLY_END" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason for ending the placement early" });
  });

export type ChangeRequestInput = z.infer<typeof changeRequestSchema>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A hiring manager asks Connect2 to extend a placement (a later end date) or end it early (an earlier
 * date, with a reason). The request is a new PlacementChangeRequest kept as history — the placement's
 * dates are not edited here; the agency actions the request. One open request per placement at a time.
 */
export async function requestPlacementChange(viewer: Viewer | null, input: ChangeRequestInput) {
  const v = authorize(viewer, "placement.change.request");
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({
      where: { id: input.placementId, councilId: v.councilId, serviceId: { in: v.serviceIds } },
      select: {
        id: true, reference: true, status: true, startDate: true, plannedEndDate: true,
        candidate: { select: { firstName: true, lastName: true } },
        requisition: { select: { jobTitle: true, raisedById: true } },
      },
    });
    if (!p) throw new NotFoundError("We could not find that placement in your services.");
    await tx.$queryRaw`select id from "Placement" where id = ${p.id} for update`;
    if (p.status !== "ACTIVE" && p.status !== "PENDING_START") {
      throw new DomainError("Only an active or upcoming placement can be extended or ended early.");
    }
    const open = await tx.placementChangeRequest.count({ where: { placementId: p.id, status: "REQUESTED" } });
    if (open > 0) throw new DomainError("There is already a change request waiting for Connect2 on this placement. Wait for it to be actioned first.");
    const current = iso(p.plannedEndDate);
    if (input.type === "EXTENSION" && input.newEndDate <= current) {
      throw new DomainError("Check the date", { newEndDate: `The new end date must be after the current end date, ${formatDate(current)}` });
    }
    if (input.type === "EARLY_END") {
      const earliest = [iso(p.startDate), iso(todayUtc())].sort()[1];
      if (input.newEndDate >= current) {
        throw new DomainError("Check the date", { newEndDate: `The last day must be before the current end date, ${formatDate(current)}` });
      }
      if (input.newEndDate < earliest) {
        throw new DomainError("Check the date", { newEndDate: `The last day must be on or after ${formatDate(earliest)}` });
      }
    }
    const cr = await tx.placementChangeRequest.create({
      data: {
        councilId: v.councilId, placementId: p.id, type: input.type, previousEndDate: p.plannedEndDate,
        newEndDate: new Date(`${input.newEndDate}T00:00:00.000Z`), reason: input.reason, requestedById: v.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role,
      action: input.type === "EXTENSION" ? "placement.extension-request" : "placement.early-end-request",
      entityType: "Placement", entityId: p.id,
      changes: { changeRequestId: cr.id, type: input.type, endDate: [current, input.newEndDate], reason: input.reason },
    });
    const worker = `${p.candidate.firstName} ${p.candidate.lastName}`;
    const what = input.type === "EXTENSION"
      ? `an extension to ${formatDate(input.newEndDate)} (now ending ${formatDate(current)})`
      : `an early end on ${formatDate(input.newEndDate)} (was ${formatDate(current)}): ${input.reason}`;
    const message = {
      councilId: v.councilId,
      kind: input.type === "EXTENSION" ? "placement.extension-requested" : "placement.early-end-requested",
      title: `${p.reference}: ${input.type === "EXTENSION" ? "extension" : "early end"} requested`,
      body: `${v.name} requested ${what} for ${worker}'s placement as ${p.requisition.jobTitle} (${p.reference}).`,
    };
    await notify(tx, { ...message, userIds: await agencyTeam(tx, v.councilId), link: `/agency/placements/${p.id}` });
    await notify(tx, { ...message, userIds: [p.requisition.raisedById], link: `/manager/placements/${p.id}` });
    return { id: cr.id, placementId: p.id };
  });
}
