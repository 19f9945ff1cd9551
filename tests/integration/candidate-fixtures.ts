/**
 * Factories for the candidate portal's integration tests: two councils, open vacancies, candidates with
 * accounts, placements and timesheets. Built on the shared helpers in ./helpers.ts.
 */
import { db } from "@/lib/db";
import { makeCouncil, makeRequisition, makeService, makeUser, viewerOf, next, d, isoPlusDays, mondayWeeksAgo } from "./helpers";

export { d, isoPlusDays, isoToday, mondayWeeksAgo } from "./helpers";

export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
export const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);

/** A candidate account with a profile; returns the user, profile and viewer. */
export async function makeCandidate(councilId: string, extra: { firstName?: string; postcode?: string; isLocal?: boolean } = {}) {
  const user = await makeUser(councilId, "CANDIDATE");
  const profile = await db().candidateProfile.update({
    where: { userId: user.id },
    data: { firstName: extra.firstName ?? "Sam", lastName: `Cand${next()}`, postcode: extra.postcode ?? "LU1 1AA", isLocal: extra.isLocal ?? true },
  });
  return { user, profile, viewer: await viewerOf(user.id) };
}

/**
 * Luton (with Adult Social Care and Housing, a hiring manager, the Connect2 team and two open vacancies)
 * and Dudley (with an open vacancy and its own team), plus two Luton candidates.
 */
export async function candidateWorld() {
  const luton = await makeCouncil("luton");
  const dudley = await makeCouncil("dudley");
  const asc = await makeService(luton.id, "Adult Social Care");
  const housing = await makeService(luton.id, "Housing");
  const dudleyCare = await makeService(dudley.id, "Adult Social Care");
  const manager = await makeUser(luton.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true }] });
  const agency = await makeUser(luton.id, "AGENCY");
  const admin = await makeUser(luton.id, "ADMIN");
  const board = await makeUser(luton.id, "BOARD");
  const dudleyManager = await makeUser(dudley.id, "HIRING_MANAGER", { services: [{ id: dudleyCare.service.id }] });
  const dudleyAgency = await makeUser(dudley.id, "AGENCY");
  const careJob = await makeRequisition(luton.id, asc.service.id, asc.costCentre.id, manager.id, { status: "OPEN", jobTitle: "Reablement Support Worker" });
  await db().requisition.update({ where: { id: careJob.id }, data: { dbsLevel: "ENHANCED_BARRED" } });
  const housingJob = await makeRequisition(luton.id, housing.service.id, housing.costCentre.id, manager.id, { status: "OPEN", jobTitle: "Housing Officer" });
  await db().requisition.update({
    where: { id: housingJob.id },
    data: { roleCategory: "ADMIN", hoursPerWeek: 18.5, payRateMinPence: 1600, payRateMaxPence: 1800, location: "Luton Town Hall" },
  });
  const dudleyJob = await makeRequisition(dudley.id, dudleyCare.service.id, dudleyCare.costCentre.id, dudleyManager.id, { status: "OPEN", jobTitle: "Care Worker" });
  const alice = await makeCandidate(luton.id, { firstName: "Alice" });
  const bob = await makeCandidate(luton.id, { firstName: "Bob" });
  return { luton, dudley, asc, housing, dudleyCare, manager, agency, admin, board, dudleyManager, dudleyAgency, careJob, housingJob, dudleyJob, alice, bob };
}

/** An application that went all the way to an ACTIVE placement for `candidateId` on `requisition`. */
export async function makePlacementFor(
  councilId: string,
  candidateId: string,
  requisition: { id: string; serviceId: string },
  confirmedById: string,
  extra: Partial<{ status: "ACTIVE" | "PENDING_START" | "ENDED"; startDate: string; plannedEndDate: string; actualEndDate: string | null }> = {},
) {
  const app = await db().application.create({ data: { councilId, candidateId, requisitionId: requisition.id, stage: "PLACED" } });
  return db().placement.create({
    data: {
      councilId, reference: `PL-${next()}`, candidateId, requisitionId: requisition.id, applicationId: app.id, serviceId: requisition.serviceId,
      startDate: d(extra.startDate ?? mondayWeeksAgo(4)), plannedEndDate: d(extra.plannedEndDate ?? isoPlusDays(60)),
      actualEndDate: extra.actualEndDate ? d(extra.actualEndDate) : null,
      payRatePence: 1400, chargeRatePence: 1850, onCostRatePence: 196, hoursPerWeek: 37.5, status: extra.status ?? "ACTIVE",
      isLocalAtPlacement: true, awrRoleKey: `role-${next()}`, feeFreeDate: d(isoPlusDays(70)), confirmedById,
    },
  });
}

export { makeCouncil, makeRequisition, makeService, makeUser, viewerOf };
