import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { disagreementDeadline } from "@/lib/compliance/ir35";
import { londonToday } from "@/lib/jobs/clock";

const isoDate = (msg: string) => z.string().trim().min(1, msg).regex(/^\d{4}-\d{2}-\d{2}$/, msg);

export const determinationSchema = z.object({
  applicationId: z.string().min(1),
  status: z.enum(["INSIDE", "OUTSIDE"], { error: "Choose inside or outside IR35" }),
  reasons: z.string().trim().min(1, "Give the reasons for the determination").max(5000, "Reasons must be 5,000 characters or fewer"),
  determinedOn: isoDate("Enter the date of the determination, like 20 11 2026"),
  disagreementReceivedOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "Date the disagreement was received must be a real date"),
});

export type DeterminationInput = z.infer<typeof determinationSchema>;

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Record the IR35 status determination statement for a limited-company engagement (rule 3), with its reasons.
 * A disagreement received from the worker sets the 45-day answer deadline (lib/compliance/ir35.ts: received + 44,
 * the day received being day 1); it is answered with respond-to-disagreement.ts. One statement per application;
 * recording again replaces it (the audit trail keeps the earlier one); a new received date clears the earlier answer.
 */
export async function recordDetermination(viewer: Viewer | null, input: DeterminationInput, today = londonToday()) {
  const v = authorize(viewer, "application.manage");
  return db().$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: input.applicationId, councilId: v.councilId },
      select: { id: true, determination: { select: { status: true, reasons: true, determinedOn: true, disagreementReceivedOn: true } } },
    });
    if (!app) throw new NotFoundError("We could not find that application.");
    const received = input.disagreementReceivedOn ?? null;
    if (received && received > today) {
      throw new DomainError("Check the date the disagreement was received", { disagreementReceivedOn: "Date the disagreement was received must be today or in the past" });
    }
    const respondBy = received ? d(disagreementDeadline(received)) : null;
    // A different received date is a new disagreement: the answer to the earlier one no longer applies.
    const previousReceived = app.determination?.disagreementReceivedOn?.toISOString().slice(0, 10) ?? null;
    const newDisagreement = previousReceived !== received;
    const data = {
      status: input.status, reasons: input.reasons, determinedOn: d(input.determinedOn), determinedById: v.userId,
      disagreementReceivedOn: received ? d(received) : null, disagreementRespondBy: respondBy,
      ...(newDisagreement ? { disagreementRespondedOn: null, disagreementResponse: null } : {}),
    };
    const sds = await tx.statusDetermination.upsert({
      where: { applicationId: app.id },
      create: { ...data, councilId: v.councilId, applicationId: app.id },
      update: data,
      select: { id: true },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.ir35-determination", entityType: "Application", entityId: app.id,
      changes: {
        status: [app.determination?.status ?? null, input.status],
        determinedOn: input.determinedOn,
        ...(app.determination ? { previousReasons: app.determination.reasons } : {}),
        ...(respondBy ? { disagreementRespondBy: respondBy.toISOString().slice(0, 10) } : {}),
        ...(newDisagreement ? { disagreementReceivedOn: [previousReceived, received] } : {}),
      },
    });
    return { id: sds.id, disagreementRespondBy: respondBy };
  });
}
