/**
 * Factories for the hiring-manager portal's integration tests (placements, timesheets, rate cards,
 * shortlisted candidates). Built on the shared helpers in ./helpers.ts.
 */
import { db } from "@/lib/db";
import { makeCouncil, makeRequisition, makeService, makeUser, next, d, isoPlusDays, mondayWeeksAgo } from "./helpers";

export { d, isoPlusDays, isoToday, mondayWeeksAgo } from "./helpers";

export async function makeRateCard(councilId: string, extra: Partial<{ roleCategory: "SOCIAL_CARE" | "ADMIN"; grade: string; payMinPence: number; payMaxPence: number; chargeMinPence: number; chargeMaxPence: number; effectiveFrom: string }> = {}) {
  return db().rateCard.create({
    data: {
      councilId,
      roleCategory: extra.roleCategory ?? "SOCIAL_CARE",
      grade: extra.grade ?? "Band 3",
      payMinPence: extra.payMinPence ?? 1200,
      payMaxPence: extra.payMaxPence ?? 1500,
      chargeMinPence: extra.chargeMinPence ?? 1600,
      chargeMaxPence: extra.chargeMaxPence ?? 2000,
      effectiveFrom: d(extra.effectiveFrom ?? "2026-04-01"),
    },
  });
}

/**
 * A council with two services (Adult Social Care, Housing), a rate card, and managers:
 * raiser (ASC member, no approval rights), budget holder (ASC), second approver (ASC, also budget holder),
 * a Housing manager, and the Connect2 team.
 */
export async function managerWorld(opts: { thresholdPence?: number } = {}) {
  const council = await makeCouncil("luton");
  if (opts.thresholdPence !== undefined) await db().council.update({ where: { id: council.id }, data: { approvalThresholdPence: opts.thresholdPence } });
  const asc = await makeService(council.id, "Adult Social Care");
  const housing = await makeService(council.id, "Housing");
  const raiser = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id }] });
  const budgetHolder = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true }] });
  const head = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true, secondApprover: true }] });
  const housingManager = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: housing.service.id, budgetHolder: true, secondApprover: true }] });
  const agency = await makeUser(council.id, "AGENCY");
  const card = await makeRateCard(council.id);
  return { council, asc, housing, raiser, budgetHolder, head, housingManager, agency, card };
}

/** A candidate (with a user account) shortlisted on a requisition. */
export async function makeShortlisted(councilId: string, requisitionId: string, extra: { stage?: "SHORTLISTED" | "INTERVIEW" | "APPLIED"; firstName?: string } = {}) {
  const user = await makeUser(councilId, "CANDIDATE");
  const profile = await db().candidateProfile.update({
    where: { userId: user.id },
    data: {
      firstName: extra.firstName ?? "Amina", lastName: `Worker${next()}`, addressLine1: "12 Secret Street", postcode: "LU1 1AA",
      priorityGroups: ["CARE_LEAVER"], experienceSummary: "Six years in domiciliary care.", skills: ["Medication", "Manual handling"],
      availability: "ONE_WEEK",
    },
  });
  const app = await db().application.create({
    data: { councilId, candidateId: profile.id, requisitionId, stage: extra.stage ?? "SHORTLISTED", shortlistedAt: new Date(), proposedPayRatePence: 1400 },
  });
  return { user, profile, app };
}

/** An ACTIVE placement on a requisition, with its candidate, application and a passed right-to-work check. */
export async function makePlacement(
  councilId: string,
  requisition: { id: string; serviceId: string },
  extra: Partial<{ status: "ACTIVE" | "PENDING_START" | "ENDED"; startDate: string; plannedEndDate: string; awrRoleKey: string; rtw: boolean; rtwExpiry: string | null }> = {},
) {
  const { profile, app } = await makeShortlisted(councilId, requisition.id);
  await db().application.update({ where: { id: app.id }, data: { stage: "PLACED" } });
  const agencyUser = await db().user.findFirst({ where: { councilId, role: "AGENCY" } }) ?? (await makeUser(councilId, "AGENCY"));
  const start = extra.startDate ?? mondayWeeksAgo(4);
  const placement = await db().placement.create({
    data: {
      councilId, reference: `PL-${next()}`, candidateId: profile.id, requisitionId: requisition.id, applicationId: app.id,
      serviceId: requisition.serviceId, startDate: d(start), plannedEndDate: d(extra.plannedEndDate ?? isoPlusDays(60)),
      payRatePence: 1400, chargeRatePence: 1850, onCostRatePence: 196, hoursPerWeek: 37.5, status: extra.status ?? "ACTIVE",
      isLocalAtPlacement: true, awrRoleKey: extra.awrRoleKey ?? `support-worker-${next()}`, feeFreeDate: d(isoPlusDays(70)),
      confirmedById: agencyUser.id,
    },
  });
  if (extra.rtw !== false) {
    await db().complianceCheck.create({
      data: {
        councilId, candidateId: profile.id, type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: d("2026-01-05"),
        rightToWorkRoute: extra.rtwExpiry ? "TIME_LIMITED" : "BRITISH_OR_IRISH", expiresOn: extra.rtwExpiry ? d(extra.rtwExpiry) : null,
      },
    });
  }
  return { placement, profile, app };
}

/** A timesheet for a placement's week (Monday), with Mon–Fri lines of `hoursPerDay`. */
export async function makeTimesheet(placement: { id: string; councilId: string; candidateId: string }, weekStart: string, opts: { status?: "SUBMITTED" | "APPROVED" | "QUERIED"; hoursPerDay?: number } = {}) {
  const hours = opts.hoursPerDay ?? 7.5;
  const profile = await db().candidateProfile.findUniqueOrThrow({ where: { id: placement.candidateId } });
  return db().timesheet.create({
    data: {
      councilId: placement.councilId, placementId: placement.id, weekStart: d(weekStart), status: opts.status ?? "SUBMITTED",
      totalHours: hours * 5, payRatePence: 1400, chargeRatePence: 1850, submittedById: profile.userId ?? "system",
      lines: {
        create: [0, 1, 2, 3, 4].map((i) => ({
          councilId: placement.councilId, workDate: new Date(d(weekStart).getTime() + i * 86_400_000), hours,
        })),
      },
    },
  });
}

export { makeCouncil, makeRequisition, makeService, makeUser };
