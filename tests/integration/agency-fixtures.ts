/**
 * Factories for the Connect2 team console's integration tests: a council with a service, managers, two
 * recruiters and an admin; candidates with compliance checks; applications at any stage.
 */
import { db } from "@/lib/db";
import type { ApplicationStage, ComplianceCheckType, DbsLevel } from "@/lib/generated/prisma/enums";
import { makeCouncil, makeRequisition, makeService, makeUser, next } from "./helpers";

export const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoPlusDays = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function agencyWorld(slug = "luton") {
  const council = await makeCouncil(slug);
  const asc = await makeService(council.id, "Adult Social Care");
  const housing = await makeService(council.id, "Housing");
  const manager = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true }] });
  const head = await makeUser(council.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true, secondApprover: true }] });
  const recruiter = await makeUser(council.id, "AGENCY");
  const recruiter2 = await makeUser(council.id, "AGENCY");
  const admin = await makeUser(council.id, "ADMIN");
  return { council, asc, housing, manager, head, recruiter, recruiter2, admin };
}

export type World = Awaited<ReturnType<typeof agencyWorld>>;

/** A requisition in the world's Adult Social Care service. */
export async function makeReq(w: World, extra: Parameters<typeof makeRequisition>[4] & { headcount?: number; dbsLevel?: DbsLevel; roleCategory?: "SOCIAL_CARE" | "ADMIN" | "CHILD_FAMILY_SOCIAL_WORK"; startDate?: string } = {}) {
  const { headcount, dbsLevel, roleCategory, startDate, ...rest } = extra;
  const r = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.manager.id, rest);
  if (headcount !== undefined || dbsLevel !== undefined || roleCategory !== undefined || startDate !== undefined) {
    return db().requisition.update({
      where: { id: r.id },
      data: {
        ...(headcount !== undefined ? { headcount } : {}),
        ...(dbsLevel !== undefined ? { dbsLevel } : {}),
        ...(roleCategory !== undefined ? { roleCategory } : {}),
        ...(startDate !== undefined ? { startDate: d(startDate) } : {}),
      },
    });
  }
  return r;
}

/** A candidate profile without a sign-in (added by the team), with optional fields. */
export async function makeCandidate(
  councilId: string,
  extra: Partial<{ firstName: string; lastName: string; email: string; phone: string | null; dateOfBirth: string | null; postcode: string; isLocal: boolean; skills: string[]; withUser: boolean; priorityGroups: ("CARE_LEAVER" | "VETERAN")[] }> = {},
) {
  const email = extra.email ?? `cand-${next()}@example.test`;
  const user = extra.withUser ? await db().user.create({ data: { councilId, email, name: "Cand", role: "CANDIDATE" } }) : null;
  return db().candidateProfile.create({
    data: {
      councilId, userId: user?.id ?? null, firstName: extra.firstName ?? "Sam", lastName: extra.lastName ?? `Person${next()}`, email,
      phone: extra.phone ?? null, dateOfBirth: extra.dateOfBirth ? d(extra.dateOfBirth) : null, postcode: extra.postcode ?? "LU1 1AA",
      isLocal: extra.isLocal ?? true, skills: extra.skills ?? ["Manual handling"], priorityGroups: extra.priorityGroups ?? [],
    },
  });
}

/** Passed checks that clear a social-care role: right to work (British), two references; optionally DBS. */
export async function makeCompliant(councilId: string, candidateId: string, opts: { dbs?: DbsLevel; rtwExpiry?: string; rtwRoute?: "BRITISH_OR_IRISH" | "TIME_LIMITED" } = {}) {
  const base = { councilId, candidateId, status: "PASSED" as const, checkedOn: d("2026-10-01") };
  const rows: { type: ComplianceCheckType; [k: string]: unknown }[] = [
    { type: "RIGHT_TO_WORK", rightToWorkRoute: opts.rtwRoute ?? (opts.rtwExpiry ? "TIME_LIMITED" : "BRITISH_OR_IRISH"), expiresOn: opts.rtwExpiry ? d(opts.rtwExpiry) : null },
    { type: "REFERENCE", refereeName: "Ref One" },
    { type: "REFERENCE", refereeName: "Ref Two" },
  ];
  if (opts.dbs) rows.push({ type: "DBS", dbsLevel: opts.dbs, dbsCertificateDate: d("2026-09-01") });
  for (const r of rows) await db().complianceCheck.create({ data: { ...base, ...r } as never });
}

/** An application at a stage (OFFERED = the manager accepted the candidate). */
export async function makeApplication(councilId: string, requisitionId: string, candidateId: string, stage: ApplicationStage = "OFFERED") {
  return db().application.create({
    data: {
      councilId, candidateId, requisitionId, stage, proposedPayRatePence: 1400,
      shortlistedAt: ["SHORTLISTED", "INTERVIEW", "OFFERED", "PLACED"].includes(stage) ? new Date() : null,
      managerDecision: stage === "OFFERED" ? "ACCEPTED" : null,
    },
  });
}

/** Default terms for confirming a placement, as the form posts them. */
export function terms(applicationId: string, extra: Partial<Record<"startDate" | "plannedEndDate" | "hoursPerWeek" | "payRatePence" | "chargeRatePence" | "rateCapSignOffById" | "rateCapSignOffNote", string>> = {}) {
  return {
    applicationId,
    startDate: extra.startDate ?? isoPlusDays(14),
    plannedEndDate: extra.plannedEndDate ?? isoPlusDays(120),
    hoursPerWeek: extra.hoursPerWeek ?? "37.5",
    payRatePence: extra.payRatePence ?? "14.00",
    chargeRatePence: extra.chargeRatePence ?? "18.50",
    rateCapSignOffById: extra.rateCapSignOffById,
    rateCapSignOffNote: extra.rateCapSignOffNote,
  };
}

export { makeCouncil, makeRequisition, makeService, makeUser };

/**
 * A child and family social work requisition the budget holder approved at £38.00–£42.00 an hour (charged at
 * £54.00), above a £35.00 DfE regional cap, and an experienced, registered, compliant social worker offered on it.
 */
export async function socialWorkOfferAboveCap(w: World) {
  const req = await makeReq(w, { status: "OPEN", roleCategory: "CHILD_FAMILY_SOCIAL_WORK" });
  await db().requisition.update({ where: { id: req.id }, data: { payRateMinPence: 3800, payRateMaxPence: 4200, chargeRatePence: 5400 } });
  await db().socialWorkRateCap.create({ data: { councilId: w.council.id, region: "East of England", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", maxPayPence: 3500, effectiveFrom: d("2026-01-01") } });
  const cand = await makeCandidate(w.council.id);
  await db().candidateProfile.update({ where: { id: cand.id }, data: { socialWorkQualifiedOn: d("2018-07-01") } });
  await makeCompliant(w.council.id, cand.id);
  await db().complianceCheck.create({ data: { councilId: w.council.id, candidateId: cand.id, type: "PROFESSIONAL_REGISTRATION", status: "PASSED", registrationBody: "Social Work England", registrationNumber: "SW123", expiresOn: d(isoPlusDays(300)) } });
  const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
  return { req, cand, app };
}
