import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ComplianceCheckType } from "@/lib/generated/prisma/enums";
import { awrStatusForCouncil } from "@/lib/compliance/awr-status";
import { placementGate, type CandidateCheck } from "@/lib/compliance/placement-gate";
import { awrExposure, complianceRate, retention } from "@/lib/metrics";
import { quarterPeriod } from "@/lib/metrics/period";
import { resetDatabase, viewerOf } from "./helpers";
import { candidate, check, day, metricsCouncil, placement, req, timesheet, weeks, type World } from "./metrics-fixtures";

/** Agency Workers Regulations exposure, compliance and retention, each on its own hand-worked fixture. */
const TODAY = "2026-11-24";
const Q2 = quarterPeriod(2026, 2, TODAY); // 1 July – 30 September 2026; the week of 30 September starts on Monday 28 September

async function worker(w: World, service: "asc" | "housing", roleKey = "support-worker") {
  const c = await candidate(w);
  const r = await req(w, service);
  const p = await placement(w, { candidateId: c.id, requisition: r, start: "2026-03-02", plannedEnd: "2026-12-31", awrRoleKey: roleKey });
  return { c, r, p };
}

describe("AWR exposure (workers past week 10 of their clock at the end of the period)", () => {
  beforeEach(resetDatabase);

  it("counts live clocks from timesheets: breaks of up to 6 weeks pause, longer ones reset, a new role starts again", async () => {
    const w = await metricsCouncil("awr");
    const viewer = await viewerOf(w.board.id);
    // W1: 10 weeks to 31 August, 3 full weeks without work since → week 10: approaching.
    const w1 = await worker(w, "housing");
    await weeks(w, w1.p, "2026-06-29", 10);
    // W2: 3 weeks, a 4-week break (paused), then 9 weeks to 28 September → 12: qualified.
    const w2 = await worker(w, "asc");
    await weeks(w, w2.p, "2026-06-15", 3);
    await weeks(w, w2.p, "2026-08-03", 9);
    // W3: 8 weeks, a 7-week break (reset), then 4 weeks to 10 August, 6 full weeks since (paused, still live) → 4.
    const w3 = await worker(w, "asc");
    await weeks(w, w3.p, "2026-04-06", 8);
    await weeks(w, w3.p, "2026-07-20", 4);
    // W4: 11 weeks ending 11 May: more than 6 weeks without work since → reset.
    const w4 = await worker(w, "asc");
    await weeks(w, w4.p, "2026-03-02", 11);
    // W5: 6 weeks in one role then 6 in a substantially different one → 6.
    const w5 = await worker(w, "housing", "care");
    await weeks(w, w5.p, "2026-07-06", 6);
    const w5b = await placement(w, { candidateId: w5.c.id, requisition: await req(w, "housing"), start: "2026-08-17", plannedEnd: "2026-12-31", awrRoleKey: "admin" });
    await weeks(w, w5b, "2026-08-17", 6);
    // W6: 10 submitted weeks, one of them queried (not counted, a one-week pause) → 9.
    const w6 = await worker(w, "asc");
    await weeks(w, w6.p, "2026-07-20", 4, { status: "SUBMITTED" });
    await timesheet(w, w6.p, "2026-08-17", 30, { status: "QUERIED" });
    await weeks(w, w6.p, "2026-08-24", 5, { status: "SUBMITTED" });
    // W7: 6 weeks, exactly 6 weeks' break (paused), 6 weeks → 12: qualified.
    const w7 = await worker(w, "asc");
    await weeks(w, w7.p, "2026-06-01", 6);
    await weeks(w, w7.p, "2026-08-24", 6);
    // W8: 6 weeks, a 7-week break (reset), 6 weeks → 6.
    const w8 = await worker(w, "housing");
    await weeks(w, w8.p, "2026-05-18", 6); // to 22 June
    await weeks(w, w8.p, "2026-08-17", 6); // 7 weeks without work in between
    // Weeks after the end of the period do not count: W9 reaches week 10 only in October.
    const w9 = await worker(w, "housing");
    await weeks(w, w9.p, "2026-07-27", 12);

    const r = await awrExposure(viewer, Q2, {});
    expect(r.total).toEqual({ approaching: 2, qualified: 2, exposed: 4 }); // W1 and W9 (10 weeks to 28 Sep); W2 and W7
    expect(r.byService.map((s) => [s.serviceName, s.approaching, s.qualified])).toEqual([["Adult Social Care", 0, 2], ["Housing", 2, 0]]);
    expect((await awrExposure(viewer, Q2, { serviceId: w.housing.service.id })).total).toEqual({ approaching: 2, qualified: 0, exposed: 2 });

    // The same answer as the pure rule (computeAwrClock via awrStatusForCouncil) for every worker.
    const pure = await awrStatusForCouncil(db(), w.council.id, { asOf: "2026-09-30", statuses: ["ACTIVE"] });
    const best = new Map<string, number>();
    for (const s of pure) best.set(s.candidateId, Math.max(best.get(s.candidateId) ?? 0, s.weeksCounted));
    const pureApproaching = [...best.values()].filter((n) => n >= 10 && n < 12).length;
    const pureQualified = [...best.values()].filter((n) => n >= 12).length;
    expect({ approaching: pureApproaching, qualified: pureQualified }).toEqual({ approaching: 2, qualified: 2 });
    expect(best.get(w3.c.id)).toBe(4);
    expect(best.get(w5.c.id)).toBe(6);
    expect(best.get(w6.c.id)).toBe(9);
  });
});

describe("AWR exposure agrees with managers' alerts where a separate SQL rule did not", () => {
  beforeEach(resetDatabase);

  it("a return to an earlier role starts a new clock, and sickness pauses it instead of resetting it", async () => {
    const w = await metricsCouncil("awr-agree");
    const viewer = await viewerOf(w.board.id);
    // A→B→A: 5 weeks in role A, 2 in role B, 6 more in A to 28 September. Each change of role restarts the clock,
    // so it stands at 6 (counting role A's 11 weeks as one run, as the SQL copy did, would put the worker at week 11).
    const x = await worker(w, "asc", "support-worker");
    await weeks(w, x.p, "2026-07-06", 5);
    const b = await placement(w, { candidateId: x.c.id, requisition: await req(w, "asc"), start: "2026-08-10", plannedEnd: "2026-08-23", actualEnd: "2026-08-23", status: "ENDED", awrRoleKey: "driver" });
    await weeks(w, b, "2026-08-10", 2);
    await weeks(w, x.p, "2026-08-24", 6);
    // Sickness: 8 weeks worked to 20 July, off sick for 8 weeks (a pause of up to 28 weeks), back for the 2 weeks to
    // 28 September → week 10 (a plain 8-week gap would have reset the clock, which is all the SQL copy could see).
    const y = await worker(w, "housing");
    await weeks(w, y.p, "2026-05-25", 8);
    await db().absence.create({ data: { councilId: w.council.id, placementId: y.p.id, type: "SICKNESS", startDate: day("2026-07-27"), endDate: day("2026-09-20"), recordedById: w.agency.id } });
    await weeks(w, y.p, "2026-09-21", 2);

    const r = await awrExposure(viewer, Q2, {});
    expect(r.total).toEqual({ approaching: 1, qualified: 0, exposed: 1 });
    expect(r.byService.map((s) => [s.serviceName, s.exposed])).toEqual([["Housing", 1]]);

    // Exactly what the managers' alerts (awrStatusForCouncil → awrClockForPlacements → computeAwrClock) say.
    const pure = await awrStatusForCouncil(db(), w.council.id, { asOf: "2026-09-30", statuses: ["ACTIVE", "ENDED"] });
    const clock = (placementId: string) => pure.find((p) => p.placementId === placementId)!;
    expect(clock(x.p.id)).toMatchObject({ weeksCounted: 6, alertDue: false });
    expect(clock(b.id)).toMatchObject({ weeksCounted: 2 });
    expect(clock(y.p.id)).toMatchObject({ weeksCounted: 10, alertDue: true });
  });
});

describe("compliance rate (placements active in the period with every required check valid)", () => {
  beforeEach(resetDatabase);

  it("applies the placement gate's checks on each placement's last day in the period", async () => {
    const w = await metricsCouncil("compliance");
    const viewer = await viewerOf(w.board.id);
    const care = await req(w, "asc", { roleCategory: "SOCIAL_CARE", dbsLevel: "ENHANCED" });
    const careNoDbs = await req(w, "asc", { roleCategory: "SOCIAL_CARE", dbsLevel: "NONE" });
    const ops = await req(w, "housing", { roleCategory: "OPERATIONAL", dbsLevel: "BASIC" });
    const opsEnhanced = await req(w, "housing", { roleCategory: "OPERATIONAL", dbsLevel: "ENHANCED" });
    const opsNone = await req(w, "housing", { roleCategory: "OPERATIONAL", dbsLevel: "NONE" });
    const socialWork = await req(w, "asc", { roleCategory: "ADULT_SOCIAL_WORK", dbsLevel: "ENHANCED" });

    type CheckSpec = NonNullable<Parameters<typeof check>[3]> & { type: ComplianceCheckType };
    const cases: { name: string; r: typeof care; ended?: string; compliant: boolean; checks: CheckSpec[] }[] = [
      { name: "K1 all valid", r: care, compliant: true, checks: [
        { type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH" }, { type: "DBS", dbsLevel: "ENHANCED_BARRED" }, { type: "REFERENCE" }, { type: "REFERENCE" }] },
      { name: "K2 right to work expired mid-September, still working", r: care, compliant: false, checks: [
        { type: "RIGHT_TO_WORK", route: "TIME_LIMITED", expiresOn: "2026-09-15" }, { type: "DBS", dbsLevel: "ENHANCED" }, { type: "REFERENCE" }, { type: "REFERENCE" }] },
      { name: "K3 the same, but the placement ended before expiry", r: care, ended: "2026-09-10", compliant: true, checks: [
        { type: "RIGHT_TO_WORK", route: "TIME_LIMITED", expiresOn: "2026-09-15" }, { type: "DBS", dbsLevel: "ENHANCED" }, { type: "REFERENCE" }, { type: "REFERENCE" }] },
      { name: "K4 basic DBS role, standard held", r: ops, compliant: true, checks: [{ type: "RIGHT_TO_WORK", route: "SETTLED" }, { type: "DBS", dbsLevel: "STANDARD" }] },
      { name: "K5 enhanced DBS role, standard held", r: opsEnhanced, compliant: false, checks: [{ type: "RIGHT_TO_WORK", route: "SETTLED" }, { type: "DBS", dbsLevel: "STANDARD" }] },
      { name: "K6 care role, one reference passed and one pending", r: careNoDbs, compliant: false, checks: [
        { type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH" }, { type: "REFERENCE" }, { type: "REFERENCE", status: "PENDING" }] },
      { name: "K7 social worker, registration current", r: socialWork, compliant: true, checks: [
        { type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH" }, { type: "DBS", dbsLevel: "ENHANCED" }, { type: "REFERENCE" }, { type: "REFERENCE" },
        { type: "PROFESSIONAL_REGISTRATION", registrationBody: "Social Work England", expiresOn: "2027-01-01" }] },
      { name: "K8 social worker, registration lapsed in August", r: socialWork, compliant: false, checks: [
        { type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH" }, { type: "DBS", dbsLevel: "ENHANCED" }, { type: "REFERENCE" }, { type: "REFERENCE" },
        { type: "PROFESSIONAL_REGISTRATION", registrationBody: "Social Work England", expiresOn: "2026-08-31" }] },
      { name: "K9 passed check superseded by a failed one", r: opsNone, compliant: false, checks: [
        { type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH", superseded: true }, { type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH", status: "FAILED" }] },
      { name: "K10 no route recorded but an expiry: time-limited, valid", r: opsNone, compliant: true, checks: [{ type: "RIGHT_TO_WORK", route: null, expiresOn: "2027-06-30" }] },
      { name: "K11 right to work checked only after the period", r: opsNone, compliant: false, checks: [{ type: "RIGHT_TO_WORK", route: "BRITISH_OR_IRISH", checkedOn: "2026-10-05" }] },
    ];
    for (const k of cases) {
      const c = await candidate(w);
      k.name = `${k.name} (${c.id})`;
      await placement(w, { candidateId: c.id, requisition: k.r, start: "2026-07-06", plannedEnd: k.ended ?? "2026-12-31", actualEnd: k.ended ?? null, status: k.ended ? "ENDED" : "ACTIVE" });
      for (const { type, ...o } of k.checks) await check(w, c.id, type, o);
    }
    // A placement that ended before the period is not judged.
    const old = await candidate(w);
    await placement(w, { candidateId: old.id, requisition: opsNone, start: "2026-01-05", plannedEnd: "2026-05-29", actualEnd: "2026-05-29", status: "ENDED" });

    const r = await complianceRate(viewer, Q2, {});
    expect(r.total).toEqual({ placements: 11, compliant: 5, rate: 5 / 11 });
    expect(r.byService.map((s) => [s.serviceName, s.placements, s.compliant])).toEqual([["Adult Social Care", 6, 3], ["Housing", 5, 2]]);

    // The pure placement gate agrees, case by case, judged on the same day.
    const placements = await db().placement.findMany({
      where: { councilId: w.council.id, startDate: day("2026-07-06") },
      include: { requisition: true, candidate: { include: { checks: true } } },
    });
    for (const p of placements) {
      const d = p.actualEndDate ? p.actualEndDate.toISOString().slice(0, 10) : "2026-09-30";
      const iso = (x: Date | null) => (x ? x.toISOString().slice(0, 10) : null);
      const checks: CandidateCheck[] = p.candidate.checks.map((c) => ({
        type: c.type, status: c.status, expiresAt: iso(c.expiresOn), renewalDate: c.type === "PROFESSIONAL_REGISTRATION" ? iso(c.expiresOn) : null,
        dbsLevel: c.dbsLevel, rightToWorkRoute: c.rightToWorkRoute, checkedOn: iso(c.checkedOn), registrationBody: c.registrationBody, superseded: !!c.supersededAt,
      }));
      const gate = placementGate({
        requisition: { roleCategory: p.requisition.roleCategory, dbsLevel: p.requisition.dbsLevel, registrationRequired: p.requisition.registrationRequired, limitedCompanyAllowed: false },
        checks, engagementType: "PAYE", ir35Determination: null, startDate: d, payRatePence: p.payRatePence, rateCapPence: null, rateCapSignOff: null,
        postQualifyingExperienceStart: null, lastPermanentPostEndedOn: null, lastPermanentPostRegion: null, placementRegion: null,
      });
      const expected = cases.find((k) => k.name.endsWith(`(${p.candidateId})`))!;
      expect(gate.allowed, expected.name).toBe(expected.compliant);
    }
  });
});

describe("retention", () => {
  beforeEach(resetDatabase);

  it("an early end counts against retention unless the placement was extended first", async () => {
    const w = await metricsCouncil("retention");
    const viewer = await viewerOf(w.board.id);
    const r = await req(w, "asc");
    const mk = async (o: { plannedEnd: string; actualEnd: string; status?: "ENDED" | "CONVERTED" }) =>
      placement(w, { candidateId: (await candidate(w)).id, requisition: r, start: "2026-04-06", plannedEnd: o.plannedEnd, actualEnd: o.actualEnd, status: o.status ?? "ENDED" });
    await mk({ plannedEnd: "2026-08-28", actualEnd: "2026-08-28" }); // ran to plan
    await mk({ plannedEnd: "2026-12-31", actualEnd: "2026-08-14" }); // ended early
    const extended = await mk({ plannedEnd: "2026-12-31", actualEnd: "2026-09-11" }); // extended, then ended early
    const requested = await mk({ plannedEnd: "2026-12-31", actualEnd: "2026-09-18" }); // an extension asked for, never actioned
    await mk({ plannedEnd: "2026-12-31", actualEnd: "2026-07-31", status: "CONVERTED" }); // converted
    await mk({ plannedEnd: "2026-12-31", actualEnd: "2026-10-02" }); // finished after Q2
    const change = (placementId: string, status: "ACTIONED" | "REQUESTED") =>
      db().placementChangeRequest.create({
        data: { councilId: w.council.id, placementId, type: "EXTENSION", previousEndDate: day("2026-08-28"), newEndDate: day("2026-12-31"), status, requestedById: w.raiser.id },
      });
    await change(extended.id, "ACTIONED");
    await change(requested.id, "REQUESTED");
    // Finished in Q2: 5; retained: ran to plan, extended, converted = 3.
    expect(await retention(viewer, Q2, {})).toEqual({ finished: 5, retained: 3, rate: 3 / 5 });
  });
});
