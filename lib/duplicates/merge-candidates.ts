import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { localResidentFor } from "@/lib/candidates/locality";

/** The fields the team chooses between, one by one, when merging two records of the same person. */
export const MERGE_FIELDS = [
  "firstName", "lastName", "email", "phone", "dateOfBirth", "addressLine1", "town", "postcode", "availability", "experienceSummary", "engagementType",
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MERGE_FIELD_LABEL: Record<MergeField, string> = {
  firstName: "First name", lastName: "Last name", email: "Email address", phone: "Phone number", dateOfBirth: "Date of birth",
  addressLine1: "Address", town: "Town or city", postcode: "Postcode", availability: "Availability", experienceSummary: "Experience",
  engagementType: "How they are engaged",
};

const choice = z.enum(["keep", "merge"]).default("keep");

export const mergeSchema = z
  .object({
    keepId: z.string().min(1),
    mergeId: z.string().min(1),
    firstName: choice, lastName: choice, email: choice, phone: choice, dateOfBirth: choice, addressLine1: choice, town: choice,
    postcode: choice, availability: choice, experienceSummary: choice, engagementType: choice,
  })
  .refine((v) => v.keepId !== v.mergeId, { message: "Choose two different records", path: ["mergeId"] });

export type MergeInput = z.input<typeof mergeSchema>;

const show = (v: unknown): string | null => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? null : String(v));

/**
 * Merge two records of the same person into one, keeping both histories. The team picks, field by field, which
 * record's value to keep. Everything hanging off the merged record — applications, compliance checks, documents,
 * notes, placements, erasure requests — moves to the kept record (an application to a requisition both records
 * applied for stays on the merged record, which is kept, marked `mergedIntoId`, and still readable). Skills and
 * declared priority groups are combined. The sign-in moves to the kept record if it has none; if both had one the
 * merged record's account is deactivated. The local flag is worked out again from the chosen postcode. Both rows
 * are locked; one audit event on each record, and a note on the kept one.
 */
export async function mergeCandidates(viewer: Viewer | null, raw: MergeInput) {
  const v = authorize(viewer, "candidate.write.council");
  const input = mergeSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const ids = [input.keepId, input.mergeId].sort();
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select id from "CandidateProfile" where id in (${ids[0]}, ${ids[1]}) and "councilId" = ${v.councilId} order by id for update`;
    if (locked.length !== 2) throw new NotFoundError("We could not find both records.");
    const [keep, merge] = await Promise.all([
      tx.candidateProfile.findUniqueOrThrow({ where: { id: input.keepId } }),
      tx.candidateProfile.findUniqueOrThrow({ where: { id: input.mergeId } }),
    ]);
    if (keep.mergedIntoId || merge.mergedIntoId) throw new DomainError("One of these records has already been merged into another.");
    if (keep.anonymisedAt || merge.anonymisedAt) throw new DomainError("An anonymised record cannot be merged.");

    const now = new Date();
    const data: Record<string, unknown> = {};
    const fields: Record<string, { kept: string | null; merged: string | null; chosen: "keep" | "merge" }> = {};
    for (const f of MERGE_FIELDS) {
      const choice = input[f];
      fields[f] = { kept: show(keep[f]), merged: show(merge[f]), chosen: choice };
      if (choice === "merge") data[f] = merge[f];
    }
    if (data.postcode !== undefined && data.postcode !== keep.postcode) {
      const locality = await localResidentFor(tx, v.councilId, String(data.postcode));
      data.postcode = locality.normalised ?? data.postcode;
      data.isLocal = locality.local === true;
    }
    data.skills = [...new Set([...keep.skills, ...merge.skills])];
    const groups = [...new Set([...keep.priorityGroups, ...merge.priorityGroups])];
    data.priorityGroups = groups;
    if (groups.length !== keep.priorityGroups.length) data.priorityGroupsDeclaredAt = keep.priorityGroupsDeclaredAt ?? merge.priorityGroupsDeclaredAt ?? now;
    data.privacyConsentAt = keep.privacyConsentAt ?? merge.privacyConsentAt;
    data.lastActivityAt = keep.lastActivityAt > merge.lastActivityAt ? keep.lastActivityAt : merge.lastActivityAt;

    // Applications: move those to requisitions the kept record has not applied for.
    const keptReqs = new Set((await tx.application.findMany({ where: { candidateId: keep.id }, select: { requisitionId: true } })).map((a) => a.requisitionId));
    const mergeApps = await tx.application.findMany({ where: { candidateId: merge.id }, select: { id: true, requisitionId: true } });
    const movable = mergeApps.filter((a) => !keptReqs.has(a.requisitionId)).map((a) => a.id);
    const leftBehind = mergeApps.filter((a) => keptReqs.has(a.requisitionId)).map((a) => a.id);
    const moved = {
      applications: (await tx.application.updateMany({ where: { id: { in: movable } }, data: { candidateId: keep.id } })).count,
      checks: (await tx.complianceCheck.updateMany({ where: { candidateId: merge.id }, data: { candidateId: keep.id } })).count,
      documents: (await tx.document.updateMany({ where: { candidateId: merge.id }, data: { candidateId: keep.id } })).count,
      notes: (await tx.candidateNote.updateMany({ where: { candidateId: merge.id }, data: { candidateId: keep.id } })).count,
      placements: (await tx.placement.updateMany({ where: { candidateId: merge.id }, data: { candidateId: keep.id } })).count,
      erasureRequests: (await tx.erasureRequest.updateMany({ where: { candidateId: merge.id }, data: { candidateId: keep.id } })).count,
      previouslyMerged: (await tx.candidateProfile.updateMany({ where: { mergedIntoId: merge.id }, data: { mergedIntoId: keep.id } })).count,
    };

    // The sign-in: a record without one takes the other's; with two, the merged record's account is switched off.
    let account: "kept" | "moved" | "deactivated" | "none" = keep.userId ? "kept" : "none";
    if (merge.userId && !keep.userId) {
      await tx.candidateProfile.update({ where: { id: merge.id }, data: { userId: null } });
      data.userId = merge.userId;
      account = "moved";
    } else if (merge.userId && keep.userId) {
      await tx.user.update({ where: { id: merge.userId }, data: { active: false } });
      account = "deactivated";
    }
    await tx.candidateProfile.update({ where: { id: merge.id }, data: { mergedIntoId: keep.id } });
    await tx.candidateProfile.update({ where: { id: keep.id }, data });
    await tx.candidateNote.create({
      data: {
        councilId: v.councilId, candidateId: keep.id, authorId: v.userId,
        body: `Merged with the duplicate record of ${merge.firstName} ${merge.lastName} (${merge.email}), created ${merge.createdAt.toISOString().slice(0, 10)}. Its history now shows on this record.`,
      },
    });
    const changes = { mergedId: merge.id, fields, moved, applicationsLeftOnMergedRecord: leftBehind, account };
    await writeAudit(tx, { councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "candidate.merge", entityType: "CandidateProfile", entityId: keep.id, changes });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "candidate.merged-into", entityType: "CandidateProfile", entityId: merge.id,
      changes: { keptId: keep.id },
    });
    return { keptId: keep.id, mergedId: merge.id, moved, leftBehind, account };
  });
}
