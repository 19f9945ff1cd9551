import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { rateCardSchema, type RateCardInput } from "./schemas";

/**
 * Add a rate card line (role category × grade → pay and charge ranges) from a date. Cards are never edited: a new
 * line with a later `effectiveFrom` takes over from that date (lib/ratecards/queries.ts findRateCard), so
 * requisitions already costed keep the rates they were judged on.
 */
export async function saveRateCard(viewer: Viewer | null, raw: RateCardInput) {
  const v = authorize(viewer, "admin.settings");
  const input = rateCardSchema.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const card = await tx.rateCard.create({
        data: {
          councilId: v.councilId, roleCategory: input.roleCategory, grade: input.grade, payMinPence: input.payMin, payMaxPence: input.payMax,
          chargeMinPence: input.chargeMin, chargeMaxPence: input.chargeMax, effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00.000Z`),
        },
        select: { id: true },
      });
      await writeAudit(tx, { councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "rate-card.create", entityType: "RateCard", entityId: card.id, changes: input });
      return card;
    });
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      throw new DomainError("That rate card line exists", { effectiveFrom: "This role category and grade already has rates from that date; choose a later date" });
    }
    throw e;
  }
}
