/**
 * Factories for the compliance and background-job integration tests: workers with placements on fixed
 * dates (so a job run "as of" a given day is deterministic), timesheets, checks and documents.
 */
import { db } from "@/lib/db";
import { addWeeks } from "@/lib/compliance/dates";
import { makeCouncil, makeRequisition, makeService, makeUser, next } from "./helpers";

export const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** n consecutive Mondays starting at `monday`. */
export const mondays = (monday: string, n: number) => Array.from({ length: n }, (_, i) => addWeeks(monday, i));

export type World = Awaited<ReturnType<typeof complianceWorld>>;

/** A council with two services and their managers, the Connect2 team (agency + admin) and a board member. */
export async function complianceWorld(slug?: string) {
  const council = await makeCouncil(slug);
  const asc = await makeService(council.id, "Adult Social Care");
  const cfs = await makeService(council.id, "Children and Families");
  const ascManager = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true }] });
  const cfsManager = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: cfs.service.id, budgetHolder: true, secondApprover: true }] });
  const agency = await makeUser(council.id, "AGENCY");
  const admin = await makeUser(council.id, "ADMIN");
  const board = await makeUser(council.id, "BOARD");
  const inactiveAgency = await makeUser(council.id, "AGENCY", { active: false });
  return { council, asc, cfs, ascManager, cfsManager, agency, admin, board, inactiveAgency };
}

/** A worker: a candidate user and profile (with a name), optionally without a user account. */
export async function makeWorker(councilId: string, opts: { firstName?: string; lastName?: string; withUser?: boolean; postcode?: string } = {}) {
  const firstName = opts.firstName ?? "Amina";
  const lastName = opts.lastName ?? `Worker${next()}`;
  if (opts.withUser === false) {
    const profile = await db().candidateProfile.create({
      data: { councilId, firstName, lastName, email: `${next()}@example.test`, postcode: opts.postcode ?? "LU1 1AA", isLocal: true },
    });
    return { user: null, profile };
  }
  const user = await makeUser(councilId, "CANDIDATE");
  const profile = await db().candidateProfile.update({
    where: { userId: user.id },
    data: { firstName, lastName, ...(opts.postcode ? { postcode: opts.postcode } : {}) },
  });
  await db().user.update({ where: { id: user.id }, data: { name: `${firstName} ${lastName}` } });
  return { user, profile };
}

export type PlacementOpts = {
  status?: "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED";
  startDate: string;
  plannedEndDate?: string;
  actualEndDate?: string | null;
  awrRoleKey?: string;
  roleCategory?: "SOCIAL_CARE" | "CHILD_FAMILY_SOCIAL_WORK" | "ADULT_SOCIAL_WORK";
  grade?: string;
  payRatePence?: number;
  chargeRatePence?: number;
  engagementType?: "PAYE" | "UMBRELLA" | "LIMITED_COMPANY";
  rateCapExceeded?: boolean;
  rateCapSignOffById?: string | null;
  rateCapSignOffAt?: Date | null;
};

/** A placement of `candidateId` in `service` (its own requisition and application). */
export async function makeWorkerPlacement(
  world: { council: { id: string }; agency: { id: string } },
  service: { service: { id: string }; costCentre: { id: string } },
  raisedById: string,
  candidateId: string,
  o: PlacementOpts,
) {
  const councilId = world.council.id;
  const req = await makeRequisition(councilId, service.service.id, service.costCentre.id, raisedById, { status: "FILLED", jobTitle: "Support Worker" });
  if (o.roleCategory || o.grade) {
    await db().requisition.update({ where: { id: req.id }, data: { roleCategory: o.roleCategory ?? "SOCIAL_CARE", grade: o.grade ?? "Band 3" } });
  }
  const app = await db().application.create({ data: { councilId, candidateId, requisitionId: req.id, stage: "PLACED" } });
  const placement = await db().placement.create({
    data: {
      councilId,
      reference: `PL-${next()}`,
      candidateId,
      requisitionId: req.id,
      applicationId: app.id,
      serviceId: service.service.id,
      startDate: d(o.startDate),
      plannedEndDate: d(o.plannedEndDate ?? "2027-03-31"),
      actualEndDate: o.actualEndDate ? d(o.actualEndDate) : null,
      payRatePence: o.payRatePence ?? 1400,
      chargeRatePence: o.chargeRatePence ?? 1850,
      onCostRatePence: 196,
      hoursPerWeek: 37.5,
      status: o.status ?? "ACTIVE",
      engagementType: o.engagementType ?? "PAYE",
      isLocalAtPlacement: true,
      awrRoleKey: o.awrRoleKey ?? `role-${next()}`,
      feeFreeDate: d(addWeeks(o.startDate, 14)),
      rateCapExceeded: o.rateCapExceeded ?? false,
      rateCapSignOffById: o.rateCapSignOffById ?? null,
      rateCapSignOffAt: o.rateCapSignOffAt ?? null,
      confirmedById: world.agency.id,
    },
  });
  return { requisition: req, application: app, placement };
}

/** One timesheet per Monday given, Mon–Fri lines of `hoursPerDay` (0 = a nil return). */
export async function addTimesheets(
  placement: { id: string; councilId: string },
  submittedById: string,
  weeks: string[],
  opts: { status?: "SUBMITTED" | "APPROVED" | "QUERIED"; hoursPerDay?: number } = {},
) {
  const hours = opts.hoursPerDay ?? 7.5;
  for (const week of weeks) {
    await db().timesheet.create({
      data: {
        councilId: placement.councilId, placementId: placement.id, weekStart: d(week), status: opts.status ?? "APPROVED",
        totalHours: hours * 5, payRatePence: 1400, chargeRatePence: 1850, submittedById,
        lines: {
          create: [0, 1, 2, 3, 4].map((i) => ({ councilId: placement.councilId, workDate: new Date(d(week).getTime() + i * 86_400_000), hours })),
        },
      },
    });
  }
}

export async function addCheck(
  councilId: string,
  candidateId: string,
  data: {
    type: "RIGHT_TO_WORK" | "DBS" | "REFERENCE" | "PROFESSIONAL_REGISTRATION";
    status?: "PENDING" | "PASSED" | "FAILED";
    expiresOn?: string | null;
    rightToWorkRoute?: "BRITISH_OR_IRISH" | "SETTLED" | "PRE_SETTLED" | "TIME_LIMITED";
    registrationBody?: string;
    refereeName?: string;
    documentId?: string;
  },
) {
  return db().complianceCheck.create({
    data: {
      councilId, candidateId, type: data.type, status: data.status ?? "PASSED", checkedOn: d("2026-01-05"),
      expiresOn: data.expiresOn ? d(data.expiresOn) : null, rightToWorkRoute: data.rightToWorkRoute ?? null,
      registrationBody: data.registrationBody ?? null, refereeName: data.refereeName ?? null, documentId: data.documentId ?? null,
    },
  });
}

export async function notificationsOf(userId: string) {
  return db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

export { makeCouncil, makeService, makeUser };
