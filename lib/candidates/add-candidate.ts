import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/write";
import { findDuplicatesOf, type DuplicateMatch } from "@/lib/duplicates/find-duplicates";
import { AVAILABILITIES } from "./labels";
import { localResidentFor } from "./locality";
import { emailField, nameField, phoneField, postcodeField } from "./schemas";

export const addCandidateSchema = z.object({
  firstName: nameField("first", "the"),
  lastName: nameField("last", "the"),
  email: emailField("the"),
  phone: phoneField,
  dateOfBirth: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "Date of birth must be a real date, like 27 3 1994"),
  postcode: postcodeField,
  skills: z
    .string()
    .trim()
    .max(500, "Skills must be 500 characters or fewer")
    .optional()
    .transform((v) => (v ? [...new Set(v.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))] : [])),
  availability: z.enum(AVAILABILITIES, { error: "Choose when they can start" }).default("IMMEDIATE"),
  engagementType: z.enum(["PAYE", "UMBRELLA", "LIMITED_COMPANY"]).default("PAYE"),
});

export type AddCandidateInput = z.input<typeof addCandidateSchema>;

/**
 * The Connect2 team adds a candidate to the talent pool (someone met at a jobs fair or referred, with no sign-in
 * yet). The local flag comes from the postcode rule. Likely duplicates of the new record (same email, same phone,
 * same name with the same date of birth or postcode) are returned so the page can flag them at once.
 */
export async function addCandidate(viewer: Viewer | null, raw: AddCandidateInput): Promise<{ id: string; duplicates: DuplicateMatch[] }> {
  const v = authorize(viewer, "candidate.write.council");
  const input = addCandidateSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const locality = await localResidentFor(tx, v.councilId, input.postcode);
    const now = new Date();
    const c = await tx.candidateProfile.create({
      data: {
        councilId: v.councilId, firstName: input.firstName, lastName: input.lastName, email: input.email, phone: input.phone,
        dateOfBirth: input.dateOfBirth ? new Date(`${input.dateOfBirth}T00:00:00.000Z`) : null, postcode: locality.normalised ?? input.postcode,
        isLocal: locality.local === true, skills: input.skills, availability: input.availability, engagementType: input.engagementType, lastActivityAt: now,
      },
      select: { id: true, firstName: true, lastName: true, email: true, phone: true, dateOfBirth: true, postcode: true },
    });
    const duplicates = await findDuplicatesOf(tx, v.councilId, c, c.id);
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "candidate.create", entityType: "CandidateProfile", entityId: c.id,
      changes: { localResident: locality.local === true, localReason: locality.reason, likelyDuplicates: duplicates.map((d) => ({ id: d.id, reasons: d.reasons })) },
    });
    return { id: c.id, duplicates };
  });
}
