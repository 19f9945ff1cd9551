import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { localResidentFor } from "./locality";
import type { ProfileInput } from "./schemas";

const sameGroups = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * A candidate updates their own profile. The local-resident flag is recomputed from the postcode by the
 * rule (lib/candidates/local-resident.ts), never taken from the form; declared priority groups are dated
 * when they change. One transaction with an audit event naming the fields changed (not their values).
 */
export async function updateMyProfile(viewer: Viewer | null, input: ProfileInput) {
  const v = authorize(viewer, "candidate.write.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  return db().$transaction(async (tx) => {
    const before = await tx.candidateProfile.findFirst({ where: { id: candidateId, councilId: v.councilId, userId: v.userId } });
    if (!before) throw new NotFoundError("We could not find your candidate profile.");
    const locality = await localResidentFor(tx, v.councilId, input.postcode);
    const now = new Date();
    const groupsChanged = !sameGroups(before.priorityGroups, input.priorityGroups);
    const data = {
      firstName: input.firstName,
      lastName: input.lastName,
      phone: input.phone,
      addressLine1: input.addressLine1,
      town: input.town,
      postcode: locality.normalised ?? input.postcode,
      isLocal: locality.local === true,
      rightToWorkRoute: input.rightToWorkRoute,
      rightToWorkExpiry: input.rightToWorkExpiry ? new Date(`${input.rightToWorkExpiry}T00:00:00.000Z`) : null,
      availability: input.availability,
      skills: input.skills,
      experienceSummary: input.experienceSummary,
      priorityGroups: input.priorityGroups,
      priorityGroupsDeclaredAt: groupsChanged ? (input.priorityGroups.length ? now : null) : before.priorityGroupsDeclaredAt,
      lastActivityAt: now,
    };
    const after = await tx.candidateProfile.update({ where: { id: before.id }, data });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => {
      if (k === "lastActivityAt" || k === "priorityGroupsDeclaredAt") return false;
      return JSON.stringify(before[k]) !== JSON.stringify(after[k]);
    });
    await tx.user.update({ where: { id: v.userId }, data: { name: `${input.firstName} ${input.lastName}` } });
    await writeAudit(tx, {
      councilId: v.councilId,
      actorId: v.userId,
      actorRole: v.role,
      action: "candidate.profile.update",
      entityType: "CandidateProfile",
      entityId: before.id,
      changes: {
        fields: changed,
        ...(before.isLocal !== after.isLocal || changed.includes("postcode")
          ? { localResident: [before.isLocal, after.isLocal], localReason: locality.reason }
          : {}),
      },
    });
    return after;
  });
}
