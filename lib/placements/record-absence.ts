import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { ABSENCE_TYPES } from "@/lib/compliance/types";
import { absenceProblems } from "./absence-rules";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const absenceSchema = z
  .object({
    placementId: z.string().min(1),
    type: z.enum(ABSENCE_TYPES, { error: "Choose the type of absence" }),
    startDate: z.string().trim().min(1, "Enter the first day of the absence").regex(ISO, "Start date must be a real date, like 3 11 2026"),
    endDate: z.string().trim().min(1, "Enter the last day of the absence").regex(ISO, "End date must be a real date, like 7 11 2026"),
  })
  .superRefine((v, ctx) => {
    if (ISO.test(v.startDate) && ISO.test(v.endDate) && v.endDate < v.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "End date must be the same as or after the start date" });
    }
  });

export type AbsenceInput = z.input<typeof absenceSchema>;

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Record a worker's absence on a placement of the viewer's council (rule 2): sickness or jury service pauses the
 * AWR clock for up to 28 weeks, pregnancy or maternity keeps it running, annual leave and other absences pause it
 * within the 6-week break limit (lib/compliance/awr.ts). The absence must lie within the placement's dates and
 * overlap no other absence of the placement (absenceProblems). The placement row is locked so two people
 * recording at once cannot both add overlapping absences. Audited.
 */
export async function recordAbsence(viewer: Viewer | null, raw: AbsenceInput) {
  const v = authorize(viewer, "absence.manage");
  const input = absenceSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const placement = await tx.placement.findFirst({
      where: { id: input.placementId, councilId: v.councilId },
      select: { id: true, reference: true, startDate: true, plannedEndDate: true, actualEndDate: true },
    });
    if (!placement) throw new NotFoundError("We could not find that placement.");
    await tx.$queryRaw`select id from "Placement" where id = ${placement.id} for update`;
    const existing = await tx.absence.findMany({ where: { placementId: placement.id, councilId: v.councilId }, select: { type: true, startDate: true, endDate: true } });
    const problems = absenceProblems(
      { start: input.startDate, end: input.endDate },
      { start: iso(placement.startDate), end: iso(placement.actualEndDate ?? placement.plannedEndDate) },
      existing.map((e) => ({ type: e.type, start: iso(e.startDate), end: iso(e.endDate) })),
    );
    if (problems) throw new DomainError("Check the dates of the absence", problems);
    const absence = await tx.absence.create({
      data: { councilId: v.councilId, placementId: placement.id, type: input.type, startDate: d(input.startDate), endDate: d(input.endDate), recordedById: v.userId },
      select: { id: true },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "placement.absence-record", entityType: "Placement", entityId: placement.id,
      changes: { absenceId: absence.id, type: input.type, startDate: input.startDate, endDate: input.endDate },
    });
    return { id: absence.id, placementId: placement.id };
  });
}
