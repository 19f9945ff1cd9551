import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import type { RoleCategory } from "@/lib/generated/prisma/enums";
import type { RateCardBand } from "./estimate";

export type RateCardRow = RateCardBand & { id: string; roleCategory: RoleCategory; grade: string; effectiveFrom: Date };

/**
 * The council's rate card for a role category and grade in force on a date: the row with the latest
 * `effectiveFrom` on or before it. null when the council has no card for that pairing.
 */
export async function findRateCard(
  client: Db | Tx,
  councilId: string,
  roleCategory: RoleCategory,
  grade: string,
  onDate: Date,
): Promise<RateCardRow | null> {
  return client.rateCard.findFirst({
    where: { councilId, roleCategory, grade, effectiveFrom: { lte: onDate } },
    orderBy: { effectiveFrom: "desc" },
    select: {
      id: true, roleCategory: true, grade: true, effectiveFrom: true,
      payMinPence: true, payMaxPence: true, chargeMinPence: true, chargeMaxPence: true,
    },
  });
}

/**
 * Every rate card of the viewer's council, latest version of each category × grade first (for the
 * requisition form's grade list and its live estimate). Hiring managers may read their council's cards.
 */
export async function listRateCardsForForm(viewer: Viewer | null): Promise<RateCardRow[]> {
  const v = authorize(viewer, "requisition.create");
  return db().rateCard.findMany({
    where: { councilId: v.councilId },
    orderBy: [{ roleCategory: "asc" }, { grade: "asc" }, { effectiveFrom: "desc" }],
    select: {
      id: true, roleCategory: true, grade: true, effectiveFrom: true,
      payMinPence: true, payMaxPence: true, chargeMinPence: true, chargeMaxPence: true,
    },
  });
}

export { pickRateCard } from "./estimate";
