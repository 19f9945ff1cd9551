import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/auth/errors";
import { confirmPlacement, PlacementBlockedError } from "@/lib/placements/confirm-placement";
import { moveApplication } from "@/lib/applications/move-application";
import { decideOnCandidate } from "@/lib/applications/manager-decision";
import { getAgencyApplication } from "@/lib/applications/agency-queries";
import { checkPlacement } from "@/lib/compliance/placement-check";
import { recordCheck } from "@/lib/checks/record-check";
import { getCandidateRecord } from "@/lib/candidates/agency-queries";
import { runRtwExpiryAlerts } from "@/lib/jobs/rtw-expiry";
import { resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, isoPlusDays, makeApplication, makeCandidate, makeCompliant, makeReq, socialWorkOfferAboveCap, terms } from "./agency-fixtures";

/**
 * What review found: a placement must stay within what the budget holder approved, needs the hiring manager's
 * acceptance, and a pending re-check must not knock out a still-valid check.
 */

/** Nothing of a refused confirmation was written. */
async function nothingPlaced(applicationId: string) {
  expect(await db().placement.count({ where: { applicationId } })).toBe(0);
  expect((await db().application.findUniqueOrThrow({ where: { id: applicationId } })).stage).toBe("OFFERED");
  expect(await db().auditEvent.count({ where: { action: "placement.confirm" } })).toBe(0);
  expect(await db().notification.count({ where: { kind: "placement.confirmed" } })).toBe(0);
}

async function offered(opts: { headcount?: number } = {}) {
  const w = await agencyWorld();
  // the fixture requisition was approved at £13.00–£14.50 an hour pay, charged at £18.50 an hour
  const req = await makeReq(w, { status: "OPEN", headcount: opts.headcount ?? 1 });
  const cand = await makeCandidate(w.council.id);
  await makeCompliant(w.council.id, cand.id);
  const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
  return { w, req, cand, app, v: await viewerOf(w.recruiter.id) };
}

describe("a placement's rates stay within what the requisition was approved at", () => {
  beforeEach(resetDatabase);

  it.each([
    ["pay above the approved range", { payRatePence: "14.51" }, { payRatePence: "Pay rate must be between £13.00 and £14.50 an hour, the range the requisition was approved at" }],
    ["pay below the approved range", { payRatePence: "12.99", chargeRatePence: "18.00" }, { payRatePence: "Pay rate must be between £13.00 and £14.50 an hour, the range the requisition was approved at" }],
    ["a charge above the approved charge rate", { chargeRatePence: "18.51" }, { chargeRatePence: "Charge rate must be £18.50 an hour or less, the rate the requisition was approved at" }],
    ["both", { payRatePence: "16.00", chargeRatePence: "21.00" }, {
      payRatePence: "Pay rate must be between £13.00 and £14.50 an hour, the range the requisition was approved at",
      chargeRatePence: "Charge rate must be £18.50 an hour or less, the rate the requisition was approved at",
    }],
  ] as const)("refuses %s, with the message beside the rate, and writes nothing", async (_n, rates, fieldErrors) => {
    const { app, v } = await offered();
    const err = await confirmPlacement(v, terms(app.id, rates)).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors).toEqual(fieldErrors);
    await nothingPlaced(app.id);
  });

  it("allows both ends of the approved range and a charge at or below the approved rate", async () => {
    const { req, app, w, v } = await offered({ headcount: 2 });
    const top = await confirmPlacement(v, terms(app.id, { payRatePence: "14.50", chargeRatePence: "18.50" }));
    expect(await db().placement.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({ payRatePence: 1450, chargeRatePence: 1850 });
    const other = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, other.id);
    const app2 = await makeApplication(w.council.id, req.id, other.id, "OFFERED");
    const bottom = await confirmPlacement(v, terms(app2.id, { payRatePence: "13.00", chargeRatePence: "17.25" }));
    expect(await db().placement.findUniqueOrThrow({ where: { id: bottom.id } })).toMatchObject({ payRatePence: 1300, chargeRatePence: 1725 });
  });

  it("the DfE senior sign-off lets pay exceed the regional cap, but never the budget holder's approved range", async () => {
    const w = await agencyWorld();
    const { app } = await socialWorkOfferAboveCap(w);
    const v = await viewerOf(w.recruiter.id);
    const signOff = { rateCapSignOffById: w.head.id, rateCapSignOffNote: "Hard-to-fill court team post" };

    const above = await confirmPlacement(v, terms(app.id, { payRatePence: "43.00", chargeRatePence: "54.00", ...signOff })).catch((e) => e);
    expect(above).toBeInstanceOf(DomainError);
    expect(above).not.toBeInstanceOf(PlacementBlockedError);
    expect((above as DomainError).fieldErrors).toEqual({ payRatePence: "Pay rate must be between £38.00 and £42.00 an hour, the range the requisition was approved at" });
    await nothingPlaced(app.id);

    const ok = await confirmPlacement(v, terms(app.id, { payRatePence: "42.00", chargeRatePence: "54.00", ...signOff }));
    expect(await db().placement.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ payRatePence: 4200, rateCapExceeded: true, rateCapSignOffById: w.head.id });
  });
});

describe("an offer and a placement need the hiring manager's acceptance", () => {
  beforeEach(resetDatabase);

  it.each([
    ["no decision recorded", null],
    ["only an interview asked for", "INTERVIEW"],
  ] as const)("refuses to place an offered application with %s", async (_n, decision) => {
    const { app, v } = await offered();
    await db().application.update({ where: { id: app.id }, data: { managerDecision: decision } });
    const err = await confirmPlacement(v, terms(app.id)).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as Error).message).toBe("Only a candidate the hiring manager has accepted can be placed. Ask them to record their decision on their shortlist.");
    await nothingPlaced(app.id);
  });

  it("the team cannot move a shortlisted candidate to offered; the manager accepts, and then the placement is made", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const cand = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, cand.id);
    const app = await makeApplication(w.council.id, req.id, cand.id, "SHORTLISTED");
    const v = await viewerOf(w.recruiter.id);

    // the OFFERED move is not offered to the team, and refused if posted anyway
    expect((await getAgencyApplication(v, app.id)).moves).toEqual(["INTERVIEW", "REJECTED", "WITHDRAWN"]);
    const err = await moveApplication(v, { applicationId: app.id, to: "OFFERED", reason: null }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors).toEqual({ to: "Only a candidate the hiring manager has accepted can be offered. Ask them to record their decision on their shortlist." });
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).stage).toBe("SHORTLISTED");
    expect(await db().auditEvent.count({ where: { entityId: app.id, action: "application.move" } })).toBe(0);
    expect(await db().applicationStageChange.count({ where: { applicationId: app.id } })).toBe(0);

    // an interview the team arranges is still its own move, and still no offer without the manager
    await moveApplication(v, { applicationId: app.id, to: "INTERVIEW", reason: null });
    await expect(moveApplication(v, { applicationId: app.id, to: "OFFERED", reason: null })).rejects.toThrow(/hiring manager has accepted can be offered/);

    await decideOnCandidate(await viewerOf(w.manager.id), { applicationId: app.id, decision: "ACCEPTED", reason: null });
    const accepted = await getAgencyApplication(v, app.id);
    expect(accepted).toMatchObject({ stage: "OFFERED", managerDecision: "ACCEPTED" });
    const placed = await confirmPlacement(v, terms(app.id));
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).stage).toBe("PLACED");
    expect(await db().auditEvent.count({ where: { entityId: placed.id, action: "placement.confirm" } })).toBe(1);
  });
});

describe("a pending re-check sits beside the current check until it is decided", () => {
  beforeEach(resetDatabase);

  it("a pending right to work re-check supersedes nothing: the placement is allowed and the expiry alert still fires", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const cand = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, cand.id, { rtwExpiry: isoPlusDays(200) });
    const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    const [passed] = await db().complianceCheck.findMany({ where: { candidateId: cand.id, type: "RIGHT_TO_WORK" }, select: { id: true } });

    const pending = await recordCheck(v, { candidateId: cand.id, type: "RIGHT_TO_WORK", status: "PENDING", checkedOn: isoPlusDays(0), rightToWorkRoute: "TIME_LIMITED", expiresOn: isoPlusDays(600) });
    expect(pending.superseded).toEqual([]);
    expect((await db().complianceCheck.findUniqueOrThrow({ where: { id: passed.id } })).supersededAt).toBeNull();
    const rec = await getCandidateRecord(v, cand.id);
    expect(rec.compliance.rightToWork).toMatchObject({ valid: true, expiresAt: isoPlusDays(200) });

    const gate = await checkPlacement(v, app.id, { startDate: isoPlusDays(14), payRatePence: 1400 });
    expect(gate.gate.allowed).toBe(true);
    await confirmPlacement(v, terms(app.id));

    // 15 days before the passed permission ends, the worker and the team are alerted about it
    const alerts = await runRtwExpiryAlerts({ asOf: isoPlusDays(185), councilId: w.council.id });
    expect(alerts.due).toBe(1);
    expect(await db().notification.count({ where: { kind: "rtw.expiring", dedupeKey: `rtw-expiry:${passed.id}:${isoPlusDays(200)}` } })).toBeGreaterThan(0);

    // the re-check passes: it replaces both the old check and the pending one
    const renewed = await recordCheck(v, { candidateId: cand.id, type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: isoPlusDays(0), rightToWorkRoute: "TIME_LIMITED", expiresOn: isoPlusDays(600) });
    expect([...renewed.superseded].sort()).toEqual([passed.id, pending.id].sort());
    expect((await getCandidateRecord(v, cand.id)).compliance.rightToWork.expiresAt).toBe(isoPlusDays(600));
  });

  it("a pending DBS re-check keeps the enhanced check clearing the gate; a failed one replaces it and blocks", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN", dbsLevel: "ENHANCED" });
    const cand = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, cand.id, { dbs: "ENHANCED" });
    const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    const start = isoPlusDays(14);

    const pending = await recordCheck(v, { candidateId: cand.id, type: "DBS", status: "PENDING", checkedOn: isoPlusDays(0), dbsLevel: "ENHANCED" });
    expect(pending.superseded).toEqual([]);
    expect((await checkPlacement(v, app.id, { startDate: start, payRatePence: 1400 })).gate.allowed).toBe(true);
    expect((await getCandidateRecord(v, cand.id)).compliance.dbsLevel).toBe("ENHANCED");

    const failed = await recordCheck(v, { candidateId: cand.id, type: "DBS", status: "FAILED", checkedOn: isoPlusDays(0), dbsLevel: "ENHANCED" });
    expect(failed.superseded).toHaveLength(2);
    const err = await confirmPlacement(v, terms(app.id, { startDate: start })).catch((e) => e);
    expect(err).toBeInstanceOf(PlacementBlockedError);
    expect((err as PlacementBlockedError).blocks.map((b) => b.code)).toEqual(["DBS_NOT_PASSED"]);
    expect((await getCandidateRecord(v, cand.id)).compliance.dbsLevel).toBeNull();
  });

  it("a pending check cannot be named as replacing a decided one", async () => {
    const w = await agencyWorld();
    const cand = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, cand.id);
    const v = await viewerOf(w.recruiter.id);
    const [rtw] = await db().complianceCheck.findMany({ where: { candidateId: cand.id, type: "RIGHT_TO_WORK" }, select: { id: true } });
    const err = await recordCheck(v, { candidateId: cand.id, type: "RIGHT_TO_WORK", status: "PENDING", checkedOn: isoPlusDays(0), rightToWorkRoute: "BRITISH_OR_IRISH", supersedesId: rtw.id }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors).toEqual({ status: "A pending check can only replace another pending check: record the outcome once it is known" });
    expect(await db().complianceCheck.count({ where: { candidateId: cand.id, type: "RIGHT_TO_WORK" } })).toBe(1);
    expect((await db().complianceCheck.findUniqueOrThrow({ where: { id: rtw.id } })).supersededAt).toBeNull();
  });
});
