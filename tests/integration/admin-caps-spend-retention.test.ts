/**
 * Three settings the rules and figures read, entered through the admin area: DfE regional pay caps (rule 7, read by
 * the placement gate), off-contract agency spend (the on-contract share on the board) and the retention period for
 * unsuccessful candidates (rule 8, read by the nightly retention job).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { addPayCap } from "@/lib/admin/add-pay-cap";
import { addOffContractSpend } from "@/lib/admin/add-off-contract-spend";
import { deleteOffContractSpend } from "@/lib/admin/delete-off-contract-spend";
import { updateRetentionPeriod } from "@/lib/admin/update-retention";
import { exportOffContractSpend, getOffContractSpend, listOffContractSpend, listPayCaps } from "@/lib/admin/setting-queries";
import { getSettings } from "@/lib/admin/queries";
import { checkPlacement } from "@/lib/compliance/placement-check";
import { confirmPlacement, PlacementBlockedError } from "@/lib/placements/confirm-placement";
import { boardDashboard } from "@/lib/metrics/dashboard";
import { onContractShare } from "@/lib/metrics/spend";
import { quarterPeriod } from "@/lib/metrics/period";
import { runRetention } from "@/lib/jobs/retention";
import { makeUser, resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, d, isoPlusDays, makeApplication, makeCandidate, makeCompliant, makeReq, terms, type World } from "./agency-fixtures";

/** The DomainError's field messages (what the form shows beside each field). */
async function fieldErrors(p: Promise<unknown>): Promise<Record<string, string> | undefined> {
  const e = await p.catch((x) => x);
  expect(e).toBeInstanceOf(DomainError);
  return (e as DomainError).fieldErrors;
}

/** zod refusals (the form's runForm reports them beside the fields) as path → message. */
async function zodMessages(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = (await p.catch((x) => x)) as { issues?: { path: (string | number)[]; message: string }[] };
  expect(e.issues, "expected a validation error").toBeDefined();
  return Object.fromEntries(e.issues!.map((i) => [i.path.join("."), i.message]));
}

const CAP = { region: "East of England", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "", maxPay: "35.00", effectiveFrom: "2026-01-01" };

describe("DfE regional pay caps", () => {
  beforeEach(resetDatabase);

  async function socialWorkOffer(w: World) {
    const req = await makeReq(w, { status: "OPEN", roleCategory: "CHILD_FAMILY_SOCIAL_WORK" });
    await db().requisition.update({ where: { id: req.id }, data: { payRateMinPence: 3800, payRateMaxPence: 4200, chargeRatePence: 5400 } });
    const cand = await makeCandidate(w.council.id);
    await db().candidateProfile.update({ where: { id: cand.id }, data: { socialWorkQualifiedOn: d("2018-07-01") } });
    await makeCompliant(w.council.id, cand.id);
    await db().complianceCheck.create({
      data: { councilId: w.council.id, candidateId: cand.id, type: "PROFESSIONAL_REGISTRATION", status: "PASSED", registrationBody: "Social Work England", registrationNumber: "SW1", expiresOn: d(isoPlusDays(300)) },
    });
    return makeApplication(w.council.id, req.id, cand.id, "OFFERED");
  }

  it("a cap entered by an administrator makes the placement gate block pay above it without a senior sign-off", async () => {
    const w = await agencyWorld();
    const app = await socialWorkOffer(w);
    const team = await viewerOf(w.recruiter.id);
    const before = await checkPlacement(team, app.id, { startDate: isoPlusDays(14), payRatePence: 4000 });
    expect(before.gate.allowed).toBe(true);
    expect(before.gate.passed.map((p) => p.message)).toContain("No regional pay cap is recorded for this role.");

    await addPayCap(await viewerOf(w.admin.id), CAP);
    const after = await checkPlacement(team, app.id, { startDate: isoPlusDays(14), payRatePence: 4000 });
    expect(after.gate.allowed).toBe(false);
    expect(after.gate.blocks.map((b) => b.code)).toEqual(["DFE_RATE_CAP_SIGN_OFF_MISSING"]);
    expect(after.rateCapPence).toBe(3500);
    const err = await confirmPlacement(team, terms(app.id, { payRatePence: "40.00", chargeRatePence: "54.00" })).catch((e) => e);
    expect(err).toBeInstanceOf(PlacementBlockedError);
    expect((err as Error).message).toContain("above the regional cap of £35.00 and no senior sign-off is recorded");
    expect(await db().placement.count({ where: { applicationId: app.id } })).toBe(0);

    const placed = await confirmPlacement(team, terms(app.id, { payRatePence: "40.00", chargeRatePence: "54.00", rateCapSignOffById: w.head.id, rateCapSignOffNote: "Court team" }));
    expect(await db().placement.findUniqueOrThrow({ where: { id: placed.id } })).toMatchObject({ rateCapExceeded: true, rateCapSignOffById: w.head.id });
  });

  it("replacing a cap adds a later one and keeps the history; audited; the caps in force today are shown", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.admin.id);
    const first = await addPayCap(v, { ...CAP, region: "east of england" });
    expect(first.region).toBe("East of England"); // spelt as the list spells it
    expect(await fieldErrors(addPayCap(v, { ...CAP, effectiveFrom: "2026-01-01" }))).toEqual({
      effectiveFrom: "A cap for this region, role category and grade already applies from 1 January 2026; a new cap must start after that date",
    });
    expect(await fieldErrors(addPayCap(v, { ...CAP, effectiveFrom: "2025-06-01" }))).toHaveProperty("effectiveFrom");
    const second = await addPayCap(v, { ...CAP, maxPay: "£37.50", effectiveFrom: "2026-10-01" });
    const future = await addPayCap(v, { ...CAP, maxPay: "39", effectiveFrom: "2027-04-01" });
    const band = await addPayCap(v, { ...CAP, grade: "Band 9", maxPay: "41.00" }); // a grade of its own: a separate cap
    await addPayCap(v, { ...CAP, roleCategory: "ADULT_SOCIAL_WORK", region: "West Midlands", maxPay: "33.00" });

    const caps = await listPayCaps(v, "2026-11-24");
    expect(caps.councilRegion).toBe("East of England");
    expect(caps.inForce.map((c) => [c.region, c.roleCategory, c.grade, c.maxPayPence])).toEqual([
      ["East of England", "CHILD_FAMILY_SOCIAL_WORK", null, 3750],
      ["East of England", "CHILD_FAMILY_SOCIAL_WORK", "Band 9", 4100],
      ["West Midlands", "ADULT_SOCIAL_WORK", null, 3300],
    ]);
    const status = new Map(caps.all.map((c) => [c.id, c]));
    expect(status.get(first.id)).toMatchObject({ status: "REPLACED", replacedFrom: d("2026-10-01") });
    expect(status.get(second.id)).toMatchObject({ status: "IN_FORCE" });
    expect(status.get(future.id)).toMatchObject({ status: "FUTURE" });
    expect(status.get(band.id)).toMatchObject({ status: "IN_FORCE" });
    expect(await db().socialWorkRateCap.count({ where: { councilId: w.council.id } })).toBe(5);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "pay-cap.create", entityId: second.id } });
    expect(audit).toMatchObject({ actorId: w.admin.id, councilId: w.council.id });
    expect(audit.changes).toMatchObject({ maxPayPence: 3750, effectiveFrom: "2026-10-01", replaces: { id: first.id, maxPayPence: 3500, effectiveFrom: "2026-01-01" } });
    expect(await db().auditEvent.count({ where: { action: "pay-cap.create" } })).toBe(5);
  });

  it("bad input gets a message for its field and writes nothing", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.admin.id);
    expect(await zodMessages(addPayCap(v, { region: "", roleCategory: "SOCIAL_CARE", grade: "x".repeat(41), maxPay: "lots", effectiveFrom: "invalid" }))).toEqual({
      region: "Choose the region",
      roleCategory: "Choose the role category",
      grade: "Grade must be 40 characters or fewer",
      maxPay: "Pay cap must be an amount in pounds, like 45.00",
      effectiveFrom: "Date must be a real date, like 1 4 2027",
    });
    expect(await zodMessages(addPayCap(v, { ...CAP, maxPay: "0" }))).toEqual({ maxPay: "Pay cap must be an amount in pounds, like 45.00" });
    expect(await zodMessages(addPayCap(v, { ...CAP, maxPay: "1000.01", effectiveFrom: "" }))).toEqual({
      maxPay: "Pay cap must be £1,000.00 an hour or less",
      effectiveFrom: "Enter the date the cap applies from",
    });
    expect(await fieldErrors(addPayCap(v, { ...CAP, region: "Atlantis" }))).toEqual({ region: "Choose a region from the list" });
    expect(await db().socialWorkRateCap.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "pay-cap.create" } })).toBe(0);
  });

  it("only administrators, and only for their own council", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    for (const u of [w.recruiter, w.manager]) {
      await expect(addPayCap(await viewerOf(u.id), CAP)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listPayCaps(await viewerOf(u.id))).rejects.toBeInstanceOf(ForbiddenError);
    }
    const board = await makeUser(w.council.id, "BOARD");
    await expect(addPayCap(await viewerOf(board.id), CAP)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addPayCap(null, CAP)).rejects.toThrow();
    await addPayCap(await viewerOf(other.admin.id), CAP);
    expect((await listPayCaps(await viewerOf(w.admin.id))).all).toEqual([]);
    expect(await db().socialWorkRateCap.count({ where: { councilId: w.council.id } })).toBe(0);
  });
});

describe("off-contract agency spend", () => {
  beforeEach(resetDatabase);

  const SPEND = (serviceId: string) => ({ serviceId, supplier: "Hays Social Care", periodStart: "2026-07-01", periodEnd: "2026-09-30", amount: "9,200.00" });

  it("the Connect2 team and administrators enter it; the on-contract share on the board then counts it; deleting takes it out", async () => {
    const w = await agencyWorld();
    // £920.00 through the agency in Q2 2026/27: 40 approved hours at £23.00
    const req = await makeReq(w, { status: "FILLED" });
    const cand = await makeCandidate(w.council.id);
    const app = await makeApplication(w.council.id, req.id, cand.id, "PLACED");
    const p = await db().placement.create({
      data: {
        councilId: w.council.id, reference: "LUT-PL-9001", candidateId: cand.id, requisitionId: req.id, applicationId: app.id, serviceId: req.serviceId,
        startDate: d("2026-07-06"), plannedEndDate: d("2026-12-31"), payRatePence: 1600, chargeRatePence: 2300, onCostRatePence: 200, hoursPerWeek: 40,
        status: "ACTIVE", awrRoleKey: "k", feeFreeDate: d("2026-10-12"), confirmedById: w.recruiter.id, isLocalAtPlacement: true,
      },
    });
    await db().timesheet.create({ data: { councilId: w.council.id, placementId: p.id, weekStart: d("2026-07-06"), status: "APPROVED", totalHours: 40, payRatePence: 1600, chargeRatePence: 2300, submittedById: w.recruiter.id } });
    const admin = await viewerOf(w.admin.id);
    const Q2 = quarterPeriod(2026, 2, "2026-11-24");
    const tile = async () => (await boardDashboard(admin, Q2)).sections.flatMap((s) => s.tiles).find((t) => t.id === "on-contract-share")!;
    expect(await onContractShare(admin, Q2)).toMatchObject({ onContractPence: 92_000, offContractPence: 0, share: 1 });
    expect((await tile()).detail).toContain("including £0 recorded with other suppliers");

    const team = await viewerOf(w.recruiter.id);
    const row = await addOffContractSpend(team, SPEND(w.asc.service.id));
    expect(await onContractShare(admin, Q2)).toMatchObject({ onContractPence: 92_000, offContractPence: 920_000 });
    expect((await onContractShare(admin, Q2)).share).toBeCloseTo(92_000 / 1_012_000, 10);
    expect((await tile()).detail).toContain("£9,200 recorded with other suppliers");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "off-contract-spend.create", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: w.recruiter.id, actorRole: "AGENCY" });
    expect(audit.changes).toMatchObject({ supplier: "Hays Social Care", amountPence: 920_000, periodStart: "2026-07-01", periodEnd: "2026-09-30" });
    expect(await db().offContractSpend.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ enteredById: w.recruiter.id, councilId: w.council.id });

    await deleteOffContractSpend(admin, { spendId: row.id });
    expect(await onContractShare(admin, Q2)).toMatchObject({ offContractPence: 0, share: 1 });
    const gone = await db().auditEvent.findFirstOrThrow({ where: { action: "off-contract-spend.delete", entityId: row.id } });
    expect(gone).toMatchObject({ actorId: w.admin.id });
    expect(gone.changes).toMatchObject({ supplier: "Hays Social Care", amountPence: 920_000, enteredById: w.recruiter.id });
    await expect(deleteOffContractSpend(admin, { spendId: row.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists newest period first, filters by service, pages, and exports the same", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.recruiter.id);
    for (let m = 1; m <= 22; m++) {
      const mm = String(((m - 1) % 12) + 1).padStart(2, "0");
      const yy = m <= 12 ? 2025 : 2026;
      await addOffContractSpend(v, { serviceId: m % 2 ? w.asc.service.id : w.housing.service.id, supplier: `Supplier ${m}`, periodStart: `${yy}-${mm}-01`, periodEnd: `${yy}-${mm}-28`, amount: "100" });
    }
    const page1 = await listOffContractSpend(v, {});
    expect(page1).toMatchObject({ total: 22, pageCount: 2, totalPence: 220_000 });
    expect(page1.rows[0]).toMatchObject({ supplier: "Supplier 22", serviceName: "Housing", enteredByName: expect.any(String) });
    expect(page1.rows.map((r) => r.periodStart.getTime())).toEqual([...page1.rows.map((r) => r.periodStart.getTime())].sort((a, b) => b - a));
    expect((await listOffContractSpend(v, { page: 2 })).rows.map((r) => r.supplier)).toEqual(["Supplier 2", "Supplier 1"]);
    const asc = await listOffContractSpend(v, { serviceId: w.asc.service.id });
    expect(asc.total).toBe(11);
    expect(asc.rows.every((r) => r.serviceId === w.asc.service.id)).toBe(true);
    expect((await exportOffContractSpend(v, { serviceId: w.housing.service.id })).map((r) => r.supplier)[0]).toBe("Supplier 22");
  });

  it("bad input gets a message for its field and writes nothing", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const v = await viewerOf(w.admin.id);
    expect(await zodMessages(addOffContractSpend(v, { serviceId: "", supplier: " ", periodStart: "", periodEnd: "invalid", amount: "" }))).toEqual({
      serviceId: "Choose the service",
      supplier: "Enter the supplier's name",
      periodStart: "Enter the first day of the period",
      periodEnd: "Date must be a real date, like 30 9 2026",
      amount: "Enter the amount spent",
    });
    expect(await zodMessages(addOffContractSpend(v, { ...SPEND(w.asc.service.id), supplier: "x".repeat(201), periodStart: "2026-10-01", periodEnd: "2026-09-30", amount: "0" }))).toEqual({
      supplier: "Supplier must be 200 characters or fewer",
      periodEnd: "The last day of the period must be the same as or after the first day",
      amount: "Amount must be an amount in pounds more than £0, like 12500.00",
    });
    expect(await zodMessages(addOffContractSpend(v, { ...SPEND(w.asc.service.id), amount: "-5" }))).toHaveProperty("amount");
    expect(await zodMessages(addOffContractSpend(v, { ...SPEND(w.asc.service.id), amount: "20000000.01" }))).toEqual({ amount: "Amount must be £20,000,000.00 or less; enter a larger bill as separate periods" });
    // a one-day period is fine; another council's service is not one of this council's
    await addOffContractSpend(v, { ...SPEND(w.asc.service.id), periodStart: "2026-09-30", periodEnd: "2026-09-30" });
    expect(await fieldErrors(addOffContractSpend(v, SPEND(other.asc.service.id)))).toEqual({ serviceId: "Choose one of the council's services" });
    expect(await db().offContractSpend.count()).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "off-contract-spend.create" } })).toBe(1);
  });

  it("hiring managers, board members and other councils are refused", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const theirs = await addOffContractSpend(await viewerOf(other.recruiter.id), SPEND(other.asc.service.id));
    const board = await makeUser(w.council.id, "BOARD");
    for (const u of [w.manager, board]) {
      const v = await viewerOf(u.id);
      await expect(addOffContractSpend(v, SPEND(w.asc.service.id))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listOffContractSpend(v)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteOffContractSpend(v, { spendId: theirs.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    const mine = await viewerOf(w.admin.id);
    await expect(getOffContractSpend(mine, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOffContractSpend(mine, { spendId: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteOffContractSpend(await viewerOf(w.recruiter.id), { spendId: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOffContractSpend(mine)).total).toBe(0);
    expect(await db().offContractSpend.count({ where: { id: theirs.id } })).toBe(1);
  });
});

describe("retention period for unsuccessful candidates", () => {
  beforeEach(resetDatabase);

  it("an administrator sets it (audited) and the nightly retention job uses it", async () => {
    delete process.env.SMTP_URL;
    const w = await agencyWorld();
    const v = await viewerOf(w.admin.id);
    expect((await getSettings(v)).retentionMonthsUnsuccessful).toBe(12);
    // never placed, last active 8 months before the run: kept under 12 months, due under 6
    const cand = await makeCandidate(w.council.id, { firstName: "Quiet" });
    await db().candidateProfile.update({ where: { id: cand.id }, data: { lastActivityAt: d("2026-03-20") } });
    await runRetention({ asOf: "2026-11-24", councilId: w.council.id });
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: cand.id } })).anonymisedAt).toBeNull();

    await updateRetentionPeriod(v, { retentionMonths: "6" });
    expect((await getSettings(v)).retentionMonthsUnsuccessful).toBe(6);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "council.retention-months" } });
    expect(audit).toMatchObject({ actorId: w.admin.id, entityId: w.council.id, changes: { retentionMonthsUnsuccessful: [12, 6] } });

    await runRetention({ asOf: "2026-11-24", councilId: w.council.id });
    const after = await db().candidateProfile.findUniqueOrThrow({ where: { id: cand.id } });
    expect(after.anonymisedAt).not.toBeNull();
    expect(after.firstName).toBe("Anonymised");
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "candidate.anonymise.retention", entityId: cand.id } });
    expect((event.changes as { reason: string }).reason).toContain("6-month retention period ended");
  });

  it("whole months from 1 to 120, with a message beside the field; only administrators of the council", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const v = await viewerOf(w.admin.id);
    expect(await zodMessages(updateRetentionPeriod(v, { retentionMonths: "" }))).toEqual({ retentionMonths: "Enter the number of months" });
    expect(await zodMessages(updateRetentionPeriod(v, { retentionMonths: "6.5" }))).toEqual({ retentionMonths: "Retention period must be a whole number of months, like 12" });
    expect(await zodMessages(updateRetentionPeriod(v, { retentionMonths: "0" }))).toEqual({ retentionMonths: "Retention period must be between 1 and 120 months" });
    expect(await zodMessages(updateRetentionPeriod(v, { retentionMonths: "121" }))).toEqual({ retentionMonths: "Retention period must be between 1 and 120 months" });
    await updateRetentionPeriod(v, { retentionMonths: " 120 " });
    for (const u of [w.recruiter, w.manager]) await expect(updateRetentionPeriod(await viewerOf(u.id), { retentionMonths: "1" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().council.findUniqueOrThrow({ where: { id: w.council.id } })).retentionMonthsUnsuccessful).toBe(120);
    expect((await db().council.findUniqueOrThrow({ where: { id: other.council.id } })).retentionMonthsUnsuccessful).toBe(12);
    expect(await db().auditEvent.count({ where: { action: "council.retention-months" } })).toBe(1);
  });
});
