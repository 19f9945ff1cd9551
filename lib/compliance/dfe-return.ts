import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import type { EngagementType, PlacementStatus } from "@/lib/generated/prisma/enums";
import { londonToday } from "@/lib/jobs/clock";
import { lastDayOnOrAfterWhere } from "@/lib/placements/last-day";
import type { IsoDate } from "./types";
import { applicableRateCap, capExceeded, type Quarter } from "./dfe";

/**
 * The DfE quarterly return of agency child and family social workers (rule 7): every placement on a
 * CHILD_FAMILY_SOCIAL_WORK requisition that started in, or was running during, the quarter: started by its end, and
 * its last day (lib/placements/last-day.ts, the board's notion too: an ACTIVE placement past its planned end is still
 * running today) on or after its start. Only what
 * the return asks for: no worker names or contact details. The sign-off is named because the return asks
 * who approved pay above the regional cap. Agency team and administrators only.
 */
export type DfeReturnRow = {
  reference: string;
  roleCategory: "CHILD_FAMILY_SOCIAL_WORK";
  grade: string;
  region: string;
  engagementType: EngagementType;
  status: PlacementStatus;
  hoursPerWeek: string;
  payRatePence: number;
  chargeRatePence: number;
  capPence: number | null;
  capExceeded: boolean;
  signedOffBy: string | null;
  signedOffAt: Date | null;
  startDate: Date;
  plannedEndDate: Date;
  actualEndDate: Date | null;
};

const LIMIT = 50_000;

export async function dfeQuarterlyReturn(viewer: Viewer | null, quarter: Quarter, today: IsoDate = londonToday()): Promise<DfeReturnRow[]> {
  const v = authorize(viewer, "placement.read.council");
  const qEnd = new Date(`${quarter.end}T00:00:00.000Z`);
  const council = await db().council.findUniqueOrThrow({ where: { id: v.councilId }, select: { region: true } });
  const [placements, caps] = await Promise.all([
    db().placement.findMany({
      where: {
        councilId: v.councilId,
        requisition: { roleCategory: "CHILD_FAMILY_SOCIAL_WORK" },
        startDate: { lte: qEnd },
        ...lastDayOnOrAfterWhere(quarter.start, today),
      },
      orderBy: [{ startDate: "asc" }, { reference: "asc" }],
      take: LIMIT,
      select: {
        reference: true, engagementType: true, status: true, hoursPerWeek: true, payRatePence: true, chargeRatePence: true,
        rateCapExceeded: true, rateCapSignOffById: true, rateCapSignOffAt: true,
        startDate: true, plannedEndDate: true, actualEndDate: true,
        requisition: { select: { grade: true } },
      },
    }),
    db().socialWorkRateCap.findMany({
      where: { councilId: v.councilId, roleCategory: "CHILD_FAMILY_SOCIAL_WORK" },
      select: { region: true, grade: true, maxPayPence: true, effectiveFrom: true },
    }),
  ]);
  const signerIds = [...new Set(placements.map((p) => p.rateCapSignOffById).filter((id): id is string => !!id))];
  const signers = signerIds.length
    ? await db().user.findMany({ where: { councilId: v.councilId, id: { in: signerIds } }, select: { id: true, name: true, jobTitle: true } })
    : [];
  const signerName = new Map(signers.map((s) => [s.id, s.jobTitle ? `${s.name} (${s.jobTitle})` : s.name]));
  const capRows = caps.map((c) => ({ ...c, effectiveFrom: c.effectiveFrom.toISOString().slice(0, 10) }));

  return placements.map((p) => {
    const cap = applicableRateCap(capRows, { region: council.region, grade: p.requisition.grade, startDate: p.startDate.toISOString().slice(0, 10) });
    const capPence = cap?.maxPayPence ?? null;
    return {
      reference: p.reference,
      roleCategory: "CHILD_FAMILY_SOCIAL_WORK",
      grade: p.requisition.grade,
      region: council.region,
      engagementType: p.engagementType,
      status: p.status,
      hoursPerWeek: p.hoursPerWeek.toString(),
      payRatePence: p.payRatePence,
      chargeRatePence: p.chargeRatePence,
      capPence,
      capExceeded: capExceeded(p.payRatePence, capPence, p.rateCapExceeded),
      signedOffBy: p.rateCapSignOffById ? (signerName.get(p.rateCapSignOffById) ?? "Unknown user") : null,
      signedOffAt: p.rateCapSignOffAt,
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      actualEndDate: p.actualEndDate,
    };
  });
}
