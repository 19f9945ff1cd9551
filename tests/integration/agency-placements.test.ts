import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { confirmPlacement, PlacementBlockedError } from "@/lib/placements/confirm-placement";
import { checkPlacement } from "@/lib/compliance/placement-check";
import { recordCheck } from "@/lib/checks/record-check";
import { recordDetermination } from "@/lib/applications/record-determination";
import { resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, d, isoPlusDays, makeApplication, makeCandidate, makeCompliant, makeReq, socialWorkOfferAboveCap, terms } from "./agency-fixtures";

describe("confirming a placement", () => {
  beforeEach(resetDatabase);

  it("creates the placement with frozen terms, fills the requisition, moves the application, audits and notifies", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const cand = await makeCandidate(w.council.id, { withUser: true, isLocal: true, priorityGroups: ["VETERAN", "CARE_LEAVER"] });
    await makeCompliant(w.council.id, cand.id);
    const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    const start = isoPlusDays(14);
    const out = await confirmPlacement(v, terms(app.id, { startDate: start, plannedEndDate: isoPlusDays(120), payRatePence: "14.00", chargeRatePence: "18.50" }));
    expect(out.filled).toBe(true);
    expect(out.reference).toBe("LUT-PL-0001");
    const p = await db().placement.findUniqueOrThrow({ where: { id: out.id } });
    expect(p).toMatchObject({
      status: "PENDING_START", payRatePence: 1400, chargeRatePence: 1850, onCostRatePence: 196, isLocalAtPlacement: true,
      priorityGroupAtPlacement: "VETERAN", engagementType: "PAYE", confirmedById: w.recruiter.id, awrRoleKey: "SOCIAL_CARE:support worker",
    });
    // fee-free date: later of start + 14 weeks and planned end + 8 weeks + 1 day
    const eight = new Date(d(isoPlusDays(120)).getTime() + 57 * 86_400_000).toISOString().slice(0, 10);
    expect(p.feeFreeDate.toISOString().slice(0, 10)).toBe(eight);
    const r = await db().requisition.findUniqueOrThrow({ where: { id: req.id }, include: { history: true } });
    expect(r.status).toBe("FILLED");
    expect(r.filledAt).not.toBeNull();
    expect(r.history.map((h) => h.toStatus)).toContain("FILLED");
    const a = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { history: true } });
    expect(a.stage).toBe("PLACED");
    expect(a.history.map((h) => [h.fromStage, h.toStage])).toContainEqual(["OFFERED", "PLACED"]);
    expect(await db().auditEvent.count({ where: { entityId: p.id, action: "placement.confirm", actorId: w.recruiter.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: req.id, action: "requisition.fill" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "placement.confirmed" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: cand.userId!, kind: "placement.confirmed" } })).toBe(1);
  });

  it("refuses a candidate who is not yet accepted, and a requisition that is already filled", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const c1 = await makeCandidate(w.council.id);
    const c2 = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, c1.id);
    await makeCompliant(w.council.id, c2.id);
    const shortlisted = await makeApplication(w.council.id, req.id, c1.id, "SHORTLISTED");
    const offered = await makeApplication(w.council.id, req.id, c2.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    await expect(confirmPlacement(v, terms(shortlisted.id))).rejects.toThrow(/hiring manager has accepted/);
    await confirmPlacement(v, terms(offered.id));
    await db().application.update({ where: { id: shortlisted.id }, data: { stage: "OFFERED" } });
    await expect(confirmPlacement(v, terms(shortlisted.id))).rejects.toThrow(/already filled/);
    expect(await db().placement.count()).toBe(1);
  });

  it("blocks an expired right to work with the exact message, then allows it once the check is renewed", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const cand = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, cand.id, { rtwExpiry: isoPlusDays(5) });
    const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    const start = isoPlusDays(14);
    const preview = await checkPlacement(v, app.id, { startDate: start, payRatePence: 1400 });
    expect(preview.gate.allowed).toBe(false);
    expect(preview.gate.blocks).toEqual([expect.objectContaining({ code: "RTW_EXPIRED", rule: "Right to work" })]);
    const err = await confirmPlacement(v, terms(app.id, { startDate: start })).catch((e) => e);
    expect(err).toBeInstanceOf(PlacementBlockedError);
    expect((err as PlacementBlockedError).message).toContain(preview.gate.blocks[0].message);
    expect((err as Error).message).toMatch(/Right to work expired on .* before the start date/);
    expect(await db().placement.count()).toBe(0);

    // the team records the renewed permission: it supersedes the old check
    await recordCheck(v, { candidateId: cand.id, type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: isoPlusDays(0), rightToWorkRoute: "TIME_LIMITED", expiresOn: isoPlusDays(400) });
    const ok = await confirmPlacement(v, terms(app.id, { startDate: start }));
    expect(ok.reference).toMatch(/-PL-0001$/);
  });

  it.each([
    ["DBS below the level required", async (w: W, candId: string) => {
      await db().requisition.updateMany({ where: { councilId: w.council.id }, data: { dbsLevel: "ENHANCED" } });
      await db().complianceCheck.create({ data: { councilId: w.council.id, candidateId: candId, type: "DBS", status: "PASSED", dbsLevel: "BASIC" } });
    }, "DBS_TOO_LOW"],
    ["missing references for social care", async (w: W, candId: string) => {
      await db().complianceCheck.deleteMany({ where: { candidateId: candId, type: "REFERENCE" } });
    }, "REFERENCES_INSUFFICIENT"],
    ["missing registration", async (w: W) => {
      await db().requisition.updateMany({ where: { councilId: w.council.id }, data: { registrationRequired: "Social Work England" } });
    }, "REGISTRATION_MISSING"],
    ["limited company without a status determination", async (w: W, candId: string) => {
      await db().requisition.updateMany({ where: { councilId: w.council.id }, data: { limitedCompanyAllowed: true } });
      await db().candidateProfile.update({ where: { id: candId }, data: { engagementType: "LIMITED_COMPANY" } });
    }, "IR35_DETERMINATION_MISSING"],
  ])("blocks %s", async (_name, arrange, code) => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const cand = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, cand.id);
    const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
    await arrange(w, cand.id);
    const err = await confirmPlacement(await viewerOf(w.recruiter.id), terms(app.id)).catch((e) => e);
    expect(err).toBeInstanceOf(PlacementBlockedError);
    expect((err as PlacementBlockedError).blocks.map((b) => b.code)).toContain(code);
  });

  it("IR35: allowed once the status determination with reasons is recorded", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    await db().requisition.update({ where: { id: req.id }, data: { limitedCompanyAllowed: true } });
    const cand = await makeCandidate(w.council.id);
    await db().candidateProfile.update({ where: { id: cand.id }, data: { engagementType: "LIMITED_COMPANY" } });
    await makeCompliant(w.council.id, cand.id);
    const app = await makeApplication(w.council.id, req.id, cand.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    await expect(confirmPlacement(v, terms(app.id))).rejects.toThrow(/status determination/);
    const sds = await recordDetermination(v, { applicationId: app.id, status: "INSIDE", reasons: "The council controls how the work is done.", determinedOn: isoPlusDays(0), disagreementReceivedOn: isoPlusDays(0) });
    expect(sds.disagreementRespondBy?.toISOString().slice(0, 10)).toBe(isoPlusDays(44));
    const ok = await confirmPlacement(v, terms(app.id));
    expect((await db().placement.findUniqueOrThrow({ where: { id: ok.id } })).engagementType).toBe("LIMITED_COMPANY");
  });

  it("social work above the regional cap needs a recorded senior sign-off", async () => {
    const w = await agencyWorld();
    const { app } = await socialWorkOfferAboveCap(w); // approved at £38.00–£42.00 an hour, above the DfE regional cap
    const v = await viewerOf(w.recruiter.id);
    const err = await confirmPlacement(v, terms(app.id, { payRatePence: "40.00", chargeRatePence: "52.00" })).catch((e) => e);
    expect((err as PlacementBlockedError).blocks.map((b) => b.code)).toEqual(["DFE_RATE_CAP_SIGN_OFF_MISSING"]);
    expect((err as Error).message).toContain("above the regional cap of £35.00");
    const ok = await confirmPlacement(v, terms(app.id, { payRatePence: "40.00", chargeRatePence: "52.00", rateCapSignOffById: w.head.id, rateCapSignOffNote: "Hard-to-fill court team post" }));
    const p = await db().placement.findUniqueOrThrow({ where: { id: ok.id } });
    expect(p).toMatchObject({ rateCapExceeded: true, rateCapSignOffById: w.head.id, rateCapSignOffNote: "Hard-to-fill court team post" });
  });

  it("validates the terms (dates, hours, rates)", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.recruiter.id);
    await expect(confirmPlacement(v, terms("x", { startDate: isoPlusDays(10), plannedEndDate: isoPlusDays(5) }))).rejects.toThrow(/on or after the start date/);
    await expect(confirmPlacement(v, terms("x", { payRatePence: "20.00", chargeRatePence: "18.00" }))).rejects.toThrow(/at least the pay rate/);
    await expect(confirmPlacement(v, terms("x", { startDate: isoPlusDays(-3) }))).rejects.toBeInstanceOf(DomainError);
  });

  it("is scoped: other roles are refused and another council's application is not found", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const req = await makeReq(other, { status: "OPEN" });
    const cand = await makeCandidate(other.council.id);
    await makeCompliant(other.council.id, cand.id);
    const app = await makeApplication(other.council.id, req.id, cand.id, "OFFERED");
    await expect(confirmPlacement(await viewerOf(w.recruiter.id), terms(app.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(checkPlacement(await viewerOf(w.recruiter.id), app.id, { startDate: isoPlusDays(14), payRatePence: 1400 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmPlacement(await viewerOf(other.manager.id), terms(app.id))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().placement.count()).toBe(0);
  });
});

type W = Awaited<ReturnType<typeof agencyWorld>>;

describe("headcount under concurrency (real PostgreSQL)", () => {
  beforeEach(resetDatabase);

  it("two recruiters confirm different candidates on a headcount-1 requisition at the same moment: exactly one placement", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN", headcount: 1 });
    const apps = [];
    for (let i = 0; i < 2; i++) {
      const c = await makeCandidate(w.council.id);
      await makeCompliant(w.council.id, c.id);
      apps.push(await makeApplication(w.council.id, req.id, c.id, "OFFERED"));
    }
    const [v1, v2] = [await viewerOf(w.recruiter.id), await viewerOf(w.recruiter2.id)];
    const results = await Promise.allSettled([confirmPlacement(v1, terms(apps[0].id)), confirmPlacement(v2, terms(apps[1].id))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(DomainError);
    expect(String(rejected[0].reason.message)).toMatch(/already filled|no seats left/);
    expect(await db().placement.count({ where: { requisitionId: req.id } })).toBe(1);
    expect((await db().requisition.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("FILLED");
    expect(await db().application.count({ where: { requisitionId: req.id, stage: "PLACED" } })).toBe(1);
  });

  it("twenty confirmations at once on headcount 1 (and on headcount 3): never more placements than seats", async () => {
    const w = await agencyWorld();
    for (const headcount of [1, 3]) {
      const req = await makeReq(w, { status: "OPEN", headcount });
      const apps = [];
      for (let i = 0; i < 20; i++) {
        const c = await makeCandidate(w.council.id);
        await makeCompliant(w.council.id, c.id);
        apps.push(await makeApplication(w.council.id, req.id, c.id, "OFFERED"));
      }
      const viewers = [await viewerOf(w.recruiter.id), await viewerOf(w.recruiter2.id)];
      const results = await Promise.allSettled(apps.map((a, i) => confirmPlacement(viewers[i % 2], terms(a.id))));
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(headcount);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(DomainError);
      expect(await db().placement.count({ where: { requisitionId: req.id } })).toBe(headcount);
      expect((await db().requisition.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("FILLED");
    }
    // references stay unique under the same pressure
    const refs = (await db().placement.findMany({ select: { reference: true } })).map((p) => p.reference);
    expect(new Set(refs).size).toBe(4);
  });

  it("the same application confirmed twice at once makes one placement", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN", headcount: 2 });
    const c = await makeCandidate(w.council.id);
    await makeCompliant(w.council.id, c.id);
    const app = await makeApplication(w.council.id, req.id, c.id, "OFFERED");
    const v = await viewerOf(w.recruiter.id);
    const results = await Promise.allSettled([confirmPlacement(v, terms(app.id)), confirmPlacement(v, terms(app.id))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().placement.count()).toBe(1);
    expect((await db().requisition.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("OPEN");
  });
});
