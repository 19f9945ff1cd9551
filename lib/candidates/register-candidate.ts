import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write";
import { localResidentFor } from "./locality";
import type { RegisterCandidateInput } from "./schemas";

/**
 * A member of the public creates a candidate account on a council's job board: a User (role CANDIDATE)
 * and their CandidateProfile, in one transaction, with the privacy consent dated and an audit event.
 * The local-resident flag comes from the postcode rule, never from the form.
 */
export async function registerCandidate(councilId: string, input: RegisterCandidateInput) {
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new DomainError("An account already uses that email address", {
      email: "An account already uses this email address. Sign in instead, or use a different email address.",
    });
  }
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  try {
    return await db().$transaction(async (tx) => {
      const locality = await localResidentFor(tx, councilId, input.postcode);
      const user = await tx.user.create({
        data: {
          councilId,
          email: input.email,
          name: `${input.firstName} ${input.lastName}`,
          role: "CANDIDATE",
          passwordHash,
        },
      });
      const profile = await tx.candidateProfile.create({
        data: {
          councilId,
          userId: user.id,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          phone: input.phone ?? null,
          postcode: locality.normalised ?? input.postcode,
          isLocal: locality.local === true,
          privacyConsentAt: now,
          lastActivityAt: now,
        },
      });
      await writeAudit(tx, {
        councilId,
        actorId: user.id,
        actorRole: "CANDIDATE",
        action: "candidate.register",
        entityType: "CandidateProfile",
        entityId: profile.id,
        changes: { localResident: profile.isLocal, localReason: locality.reason },
      });
      return { user, profile };
    });
  } catch (e) {
    // Two registrations racing for one email: the unique index decides.
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      throw new DomainError("An account already uses that email address", {
        email: "An account already uses this email address. Sign in instead, or use a different email address.",
      });
    }
    throw e;
  }
}
