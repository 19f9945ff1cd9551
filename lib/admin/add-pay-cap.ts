import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { formatDate } from "@/lib/format";
import { dateOf, isoOf } from "@/lib/jobs/clock";
import { DFE_REGIONS, payCapSchema, type PayCapInput } from "./schemas";

/** The region as the list spells it; the council's own region is always accepted. Null when it is neither. */
export function canonicalRegion(region: string, councilRegion: string): string | null {
  const want = region.trim().toLowerCase();
  return [...DFE_REGIONS, councilRegion.trim()].find((r) => r.toLowerCase() === want) ?? null;
}

/**
 * Record a DfE regional pay cap for child and family (or adult) social workers (rule 7): the highest hourly pay
 * rate for a region, role category and, optionally, grade, from a date. Caps are never edited or removed: a cap is
 * replaced by adding one for the same region, category and grade with a later date (lib/compliance/dfe.ts
 * applicableRateCap takes the latest in force on a placement's start date), so placements already judged against
 * the old cap, and the quarterly DfE return, keep the history they were decided on. A new cap therefore has to
 * start after the latest one already recorded for the same region, category and grade.
 */
export async function addPayCap(viewer: Viewer | null, raw: PayCapInput) {
  const v = authorize(viewer, "admin.settings");
  const input = payCapSchema.parse(raw);
  return db().$transaction(async (tx) => {
    // one cap added at a time per council, so two administrators cannot both add "the latest" cap
    await tx.$queryRaw`select id from "Council" where id = ${v.councilId} for update`;
    const council = await tx.council.findUniqueOrThrow({ where: { id: v.councilId }, select: { region: true } });
    const region = canonicalRegion(input.region, council.region);
    if (!region) throw new DomainError("Check the region", { region: "Choose a region from the list" });
    const latest = await tx.socialWorkRateCap.findFirst({
      where: {
        councilId: v.councilId, region: { equals: region, mode: "insensitive" }, roleCategory: input.roleCategory,
        grade: input.grade === null ? null : { equals: input.grade, mode: "insensitive" },
      },
      orderBy: { effectiveFrom: "desc" },
      select: { id: true, maxPayPence: true, effectiveFrom: true },
    });
    if (latest && isoOf(latest.effectiveFrom) >= input.effectiveFrom) {
      throw new DomainError("A later cap is already recorded", {
        effectiveFrom: `A cap for this region, role category and grade already applies from ${formatDate(latest.effectiveFrom)}; a new cap must start after that date`,
      });
    }
    const cap = await tx.socialWorkRateCap.create({
      data: { councilId: v.councilId, region, roleCategory: input.roleCategory, grade: input.grade, maxPayPence: input.maxPay, effectiveFrom: dateOf(input.effectiveFrom) },
      select: { id: true },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "pay-cap.create", entityType: "SocialWorkRateCap", entityId: cap.id,
      changes: {
        region, roleCategory: input.roleCategory, grade: input.grade, maxPayPence: input.maxPay, effectiveFrom: input.effectiveFrom,
        replaces: latest ? { id: latest.id, maxPayPence: latest.maxPayPence, effectiveFrom: isoOf(latest.effectiveFrom) } : null,
      },
    });
    return { id: cap.id, region };
  });
}
