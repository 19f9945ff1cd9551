import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";

export const removeAbsenceSchema = z.object({
  placementId: z.string().min(1),
  absenceId: z.string().min(1),
});

export type RemoveAbsenceInput = z.input<typeof removeAbsenceSchema>;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Remove an absence recorded on a placement by mistake (the AWR clock is worked out again without it). The
 * absence is found within the viewer's council and the placement named; the audit event keeps what it said.
 */
export async function removeAbsence(viewer: Viewer | null, raw: RemoveAbsenceInput) {
  const v = authorize(viewer, "absence.manage");
  const input = removeAbsenceSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const absence = await tx.absence.findFirst({
      where: { id: input.absenceId, placementId: input.placementId, councilId: v.councilId },
      select: { id: true, placementId: true, type: true, startDate: true, endDate: true, recordedById: true },
    });
    if (!absence) throw new NotFoundError("We could not find that absence.");
    // deleteMany within the scope: a second, simultaneous removal deletes nothing and is told so.
    const { count } = await tx.absence.deleteMany({ where: { id: absence.id, councilId: v.councilId } });
    if (count !== 1) throw new NotFoundError("We could not find that absence.");
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "placement.absence-remove", entityType: "Placement", entityId: absence.placementId,
      changes: { absenceId: absence.id, type: absence.type, startDate: iso(absence.startDate), endDate: iso(absence.endDate), recordedById: absence.recordedById },
    });
    return { placementId: absence.placementId };
  });
}
