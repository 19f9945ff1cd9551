import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { formatDate } from "@/lib/format";
import { londonToday } from "@/lib/jobs/clock";

export const releaseSchema = z.object({
  requisitionId: z.string().min(1),
  advertText: z.string().trim().min(1, "Enter the advert text").max(5000, "Advert text must be 5,000 characters or fewer"),
  location: z.string().trim().max(200, "Location must be 200 characters or fewer").optional().transform((v) => (v ? v : null)),
  closingDate: z
    .string()
    .trim()
    .min(1, "Enter the closing date")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Closing date must be a real date, like 15 12 2026"),
});

export type ReleaseInput = z.infer<typeof releaseSchema>;

/**
 * The Connect2 team releases an approved requisition to the public job board (`/jobs`): the advert text,
 * where, and a closing date. APPROVED → OPEN with `openedAt` (the start of time to fill), history, audit, and
 * the service's managers told. On a requisition that is already OPEN the same form edits the advert and the
 * closing date (audited, no state change). A conditional update makes two releases at once count once.
 */
export async function releaseRequisition(viewer: Viewer | null, input: ReleaseInput, today = londonToday()) {
  const v = authorize(viewer, "requisition.release");
  const r = await db().requisition.findFirst({
    where: { id: input.requisitionId, councilId: v.councilId },
    select: { id: true, reference: true, jobTitle: true, status: true, serviceId: true, raisedById: true, advertText: true, closingDate: true, location: true, startDate: true },
  });
  if (!r) throw new NotFoundError("We could not find that requisition.");
  if (r.status !== "APPROVED" && r.status !== "OPEN") {
    throw new DomainError(`Only an approved requisition can be released; this one is ${r.status.toLowerCase()}.`);
  }
  if (input.closingDate < today) {
    throw new DomainError("Check the closing date", { closingDate: "Closing date must be today or in the future" });
  }
  const closingDate = new Date(`${input.closingDate}T00:00:00.000Z`);
  const releasing = r.status === "APPROVED";
  return db().$transaction(async (tx) => {
    const now = new Date();
    const moved = await tx.requisition.updateMany({
      where: { id: r.id, councilId: v.councilId, status: r.status },
      data: { advertText: input.advertText, location: input.location, closingDate, ...(releasing ? { status: "OPEN", openedAt: now } : {}) },
    });
    if (moved.count !== 1) throw new DomainError("Someone else changed this requisition just now. Reload the page and try again.");
    if (releasing) {
      await tx.requisitionStatusChange.create({
        data: { councilId: v.councilId, requisitionId: r.id, fromStatus: "APPROVED", toStatus: "OPEN", note: `Released to the job board, closing ${formatDate(input.closingDate)}`, changedById: v.userId },
      });
    }
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role,
      action: releasing ? "requisition.release" : "requisition.advert-update",
      entityType: "Requisition", entityId: r.id,
      changes: {
        ...(releasing ? { status: ["APPROVED", "OPEN"] } : {}),
        closingDate: [r.closingDate?.toISOString().slice(0, 10) ?? null, input.closingDate],
        ...(r.advertText !== input.advertText ? { advertText: "changed" } : {}),
        ...(r.location !== input.location ? { location: [r.location, input.location] } : {}),
      },
    });
    if (releasing) {
      const managers = await serviceManagers(tx, v.councilId, r.serviceId);
      await notify(tx, {
        councilId: v.councilId, userIds: [...managers, r.raisedById], kind: "requisition.released",
        title: `${r.reference} is open for applications`,
        body: `Connect2 released ${r.jobTitle} (${r.reference}) to the job board. It closes on ${formatDate(input.closingDate)}; we will send you a shortlist.`,
        link: `/manager/requisitions/${r.id}`,
      });
    }
    return { id: r.id, released: releasing };
  });
}
