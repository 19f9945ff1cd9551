/**
 * Small factories for the metrics tests: every record is built with explicit dates, rates and flags so that the
 * tests can work out each expected figure by hand. Built on ./helpers.ts.
 */
import { db } from "@/lib/db";
import type {
  ComplianceCheckStatus,
  ComplianceCheckType,
  DbsLevel,
  PlacementStatus,
  PriorityGroup,
  RightToWorkRoute,
  RoleCategory,
  TimesheetStatus,
} from "@/lib/generated/prisma/enums";
import { makeCouncil, makeService, makeUser, next } from "./helpers";

/** A calendar date (UTC midnight, as @db.Date columns hold them). */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** An instant, e.g. at("2026-07-01T09:00") — UTC. */
export const at = (isoMinute: string) => new Date(`${isoMinute}:00.000Z`);

export async function metricsCouncil(slug: string) {
  const council = await makeCouncil(slug);
  const asc = await makeService(council.id, "Adult Social Care");
  const housing = await makeService(council.id, "Housing");
  const raiser = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true }, { id: housing.service.id, budgetHolder: true }] });
  const agency = await makeUser(council.id, "AGENCY");
  const board = await makeUser(council.id, "BOARD");
  return { council, asc, housing, raiser, agency, board };
}

export type World = Awaited<ReturnType<typeof metricsCouncil>>;

export async function req(
  w: World,
  service: "asc" | "housing",
  o: {
    openedAt?: Date | null;
    filledAt?: Date | null;
    headcount?: number;
    roleCategory?: RoleCategory;
    campaignId?: string | null;
    dbsLevel?: DbsLevel;
    registrationRequired?: string | null;
    costCentreId?: string;
    status?: "OPEN" | "FILLED" | "CLOSED" | "APPROVED";
  } = {},
) {
  const svc = w[service];
  return db().requisition.create({
    data: {
      councilId: w.council.id,
      serviceId: svc.service.id,
      costCentreId: o.costCentreId ?? svc.costCentre.id,
      campaignId: o.campaignId ?? null,
      raisedById: w.raiser.id,
      reference: `REQ-${next()}`,
      jobTitle: "Support Worker",
      grade: "Band 3",
      roleCategory: o.roleCategory ?? "SOCIAL_CARE",
      reason: "VACANCY_COVER",
      headcount: o.headcount ?? 1,
      hoursPerWeek: 37,
      startDate: day("2026-07-01"),
      expectedEndDate: day("2027-03-31"),
      payRateMinPence: 1300,
      payRateMaxPence: 1500,
      chargeRatePence: 2000,
      estimatedCostPence: 100000,
      dbsLevel: o.dbsLevel ?? "NONE",
      registrationRequired: o.registrationRequired ?? null,
      duties: "Duties.",
      status: o.status ?? (o.filledAt ? "FILLED" : "OPEN"),
      openedAt: o.openedAt === undefined ? at("2026-07-01T09:00") : o.openedAt,
      filledAt: o.filledAt ?? null,
    },
  });
}

export async function candidate(w: World, o: { isLocal?: boolean; priorityGroups?: PriorityGroup[]; postcode?: string } = {}) {
  const n = next();
  return db().candidateProfile.create({
    data: {
      councilId: w.council.id,
      firstName: "Alex",
      lastName: `Worker${n}`,
      email: `worker-${n}@example.test`,
      postcode: o.postcode ?? (o.isLocal === false ? "MK1 1AA" : "LU1 1AA"),
      isLocal: o.isLocal ?? true,
      priorityGroups: o.priorityGroups ?? [],
    },
  });
}

export async function placement(
  w: World,
  o: {
    candidateId: string;
    requisition: { id: string; serviceId: string };
    start: string;
    plannedEnd: string;
    actualEnd?: string | null;
    status?: PlacementStatus;
    isLocal?: boolean;
    priorityGroup?: PriorityGroup | null;
    hoursPerWeek?: number;
    payRatePence?: number;
    chargeRatePence?: number;
    onCostRatePence?: number;
    confirmedAt?: Date;
    shortlistedAt?: Date | null;
    awrRoleKey?: string;
  },
) {
  const application = await db().application.create({
    data: {
      councilId: w.council.id,
      candidateId: o.candidateId,
      requisitionId: o.requisition.id,
      stage: "PLACED",
      shortlistedAt: o.shortlistedAt ?? null,
      managerDecision: "ACCEPTED",
    },
  });
  return db().placement.create({
    data: {
      councilId: w.council.id,
      reference: `PL-${next()}`,
      candidateId: o.candidateId,
      requisitionId: o.requisition.id,
      applicationId: application.id,
      serviceId: o.requisition.serviceId,
      startDate: day(o.start),
      plannedEndDate: day(o.plannedEnd),
      actualEndDate: o.actualEnd ? day(o.actualEnd) : null,
      payRatePence: o.payRatePence ?? 1400,
      chargeRatePence: o.chargeRatePence ?? 2000,
      onCostRatePence: o.onCostRatePence ?? 200,
      hoursPerWeek: o.hoursPerWeek ?? 37,
      status: o.status ?? "ACTIVE",
      isLocalAtPlacement: o.isLocal ?? true,
      priorityGroupAtPlacement: o.priorityGroup ?? null,
      awrRoleKey: o.awrRoleKey ?? "support-worker",
      feeFreeDate: day(o.start),
      confirmedById: w.agency.id,
      confirmedAt: o.confirmedAt ?? at(`${o.start}T09:00`),
    },
  });
}

/** Another application on a requisition (not placed), e.g. an earlier shortlisting. */
export async function application(w: World, requisitionId: string, shortlistedAt: Date | null) {
  const c = await candidate(w);
  return db().application.create({
    data: { councilId: w.council.id, candidateId: c.id, requisitionId, stage: shortlistedAt ? "SHORTLISTED" : "APPLIED", shortlistedAt },
  });
}

export async function timesheet(
  w: World,
  p: { id: string; payRatePence: number; chargeRatePence: number },
  weekStart: string,
  hours: number,
  o: { status?: TimesheetStatus; chargeRatePence?: number; payRatePence?: number } = {},
) {
  return db().timesheet.create({
    data: {
      councilId: w.council.id,
      placementId: p.id,
      weekStart: day(weekStart),
      status: o.status ?? "APPROVED",
      totalHours: hours,
      payRatePence: o.payRatePence ?? p.payRatePence,
      chargeRatePence: o.chargeRatePence ?? p.chargeRatePence,
      submittedById: w.agency.id,
    },
  });
}

/** Timesheets for consecutive weeks from `firstMonday` (inclusive), `count` of them. */
export async function weeks(w: World, p: { id: string; payRatePence: number; chargeRatePence: number }, firstMonday: string, count: number, o: { status?: TimesheetStatus; hours?: number } = {}) {
  for (let i = 0; i < count; i++) {
    const monday = new Date(day(firstMonday).getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10);
    await timesheet(w, p, monday, o.hours ?? 30, { status: o.status });
  }
}

export async function conversion(w: World, placementId: string, startDate: string, status: "COMPLETED" | "PROPOSED" = "COMPLETED") {
  return db().conversion.create({
    data: {
      councilId: w.council.id,
      placementId,
      postTitle: "Support Worker",
      salaryBand: "Grade 3",
      startDate: day(startDate),
      feeFreeDate: day(startDate),
      withinFeeWindow: false,
      feeChargedPence: status === "COMPLETED" ? 0 : null,
      status,
      proposedById: w.raiser.id,
      completedAt: status === "COMPLETED" ? at(`${startDate}T09:00`) : null,
    },
  });
}

export async function check(
  w: World,
  candidateId: string,
  type: ComplianceCheckType,
  o: {
    status?: ComplianceCheckStatus;
    expiresOn?: string | null;
    checkedOn?: string | null;
    route?: RightToWorkRoute | null;
    dbsLevel?: DbsLevel | null;
    registrationBody?: string | null;
    superseded?: boolean;
  } = {},
) {
  return db().complianceCheck.create({
    data: {
      councilId: w.council.id,
      candidateId,
      type,
      status: o.status ?? "PASSED",
      expiresOn: o.expiresOn ? day(o.expiresOn) : null,
      checkedOn: o.checkedOn === undefined ? day("2026-01-05") : o.checkedOn ? day(o.checkedOn) : null,
      rightToWorkRoute: o.route ?? null,
      dbsLevel: o.dbsLevel ?? null,
      registrationBody: o.registrationBody ?? null,
      supersededAt: o.superseded ? at("2026-02-01T09:00") : null,
    },
  });
}

export async function budget(w: World, costCentreId: string, financialYear: number, budgetPence: number) {
  return db().costCentreBudget.create({ data: { councilId: w.council.id, costCentreId, financialYear, budgetPence: BigInt(budgetPence) } });
}

export async function offContract(w: World, service: "asc" | "housing", periodStart: string, periodEnd: string, amountPence: number) {
  return db().offContractSpend.create({
    data: {
      councilId: w.council.id,
      serviceId: w[service].service.id,
      supplier: "Another Agency Ltd",
      periodStart: day(periodStart),
      periodEnd: day(periodEnd),
      amountPence,
      enteredById: w.agency.id,
    },
  });
}
