import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthError, ForbiddenError } from "@/lib/auth/errors";
import type { Viewer } from "@/lib/auth/viewer";
import {
  agencyMargin,
  activeWorkers,
  conversionRate,
  conversions,
  conversionsByQuarter,
  fillRate,
  headcountWeightedFillRate,
  localFte,
  localShare,
  localShareByQuarter,
  onContractShare,
  priorityGroupHires,
  retention,
  spend,
  spendVsBudget,
  timeToFill,
  timeToFirstShortlist,
} from "@/lib/metrics";
import { boardDashboard, headlineTable } from "@/lib/metrics/dashboard";
import { currentQuarter, customPeriod, quarterPeriod } from "@/lib/metrics/period";
import { makeService, makeUser, resetDatabase, viewerOf } from "./helpers";
import { at, budget, application, conversion, candidate, metricsCouncil, offContract, placement, req, timesheet, type World } from "./metrics-fixtures";

/**
 * Every metric against one small council whose figures are worked out by hand below. Today is 24 November 2026.
 * Q2 2026/27 = 1 July – 30 September 2026 (92 days); Q3 2026/27 runs to date (1 October – 24 November).
 * Times are UTC; London is on BST (UTC+1) in July–October, so 30 September 23:30 UTC is already 1 October.
 */
const TODAY = "2026-11-24";
const Q2 = quarterPeriod(2026, 2, TODAY);
const Q3 = currentQuarter(TODAY);
const Q1 = quarterPeriod(2026, 1, TODAY);

let w: World;
let viewer: Viewer;
let ids: Record<string, string>;

async function buildFixture() {
  w = await metricsCouncil("fix");
  viewer = await viewerOf(w.board.id);
  const winter = await db().campaign.create({ data: { councilId: w.council.id, name: "Winter", startDate: new Date("2026-06-01"), createdById: w.agency.id } });
  const asc2 = await db().costCentre.create({ data: { councilId: w.council.id, serviceId: w.asc.service.id, code: "ASC-2", name: "Reablement" } });
  await db().costCentre.create({ data: { councilId: w.council.id, serviceId: w.housing.service.id, code: "HOU-2", name: "No budget, no spend" } });

  // Requisitions: released (openedAt) and filled (filledAt).
  const R0 = await req(w, "housing", { roleCategory: "OPERATIONAL", openedAt: at("2025-02-01T10:00"), filledAt: at("2025-02-20T10:00") });
  const R1 = await req(w, "asc", { roleCategory: "SOCIAL_CARE", headcount: 2, campaignId: winter.id, openedAt: at("2026-07-01T09:00"), filledAt: at("2026-07-21T09:00") });
  const R2 = await req(w, "asc", { roleCategory: "ADMIN", openedAt: at("2026-08-01T09:00"), filledAt: at("2026-10-05T12:00") });
  const R3 = await req(w, "housing", { roleCategory: "OPERATIONAL", headcount: 3, openedAt: at("2026-09-10T09:00") });
  const R4 = await req(w, "housing", { roleCategory: "OPERATIONAL", openedAt: at("2026-06-20T09:00"), filledAt: at("2026-07-05T09:00") });
  await req(w, "asc", { roleCategory: "SOCIAL_CARE", openedAt: at("2026-09-30T22:30") }); // R5: 23:30 on 30 September in London → Q2
  await req(w, "asc", { roleCategory: "SOCIAL_CARE", openedAt: at("2026-09-30T23:30") }); // R6: 00:30 on 1 October in London → Q3
  await req(w, "housing", { roleCategory: "OPERATIONAL", openedAt: at("2026-06-30T23:30") }); // R7: 00:30 on 1 July in London → Q2
  const R8 = await req(w, "asc", { roleCategory: "SOCIAL_CARE", headcount: 2, openedAt: at("2026-03-20T09:00"), filledAt: at("2026-04-02T09:00") });
  const R9 = await req(w, "housing", { roleCategory: "OPERATIONAL", openedAt: at("2026-11-01T10:00") });
  await req(w, "asc", { status: "APPROVED", openedAt: null }); // never released: in no figure

  // Workers. C2 was local when placed and has since moved out of the area.
  const C1 = await candidate(w);
  const C2 = await candidate(w, { isLocal: false, priorityGroups: ["CARE_LEAVER"] });
  const C3 = await candidate(w, { isLocal: false });
  const C4 = await candidate(w, { priorityGroups: ["VETERAN"] });
  const C5 = await candidate(w, { isLocal: false, priorityGroups: ["CARE_LEAVER"] });
  const C6 = await candidate(w);
  const C7 = await candidate(w, { isLocal: false });
  const C8 = await candidate(w);

  // Placements (start – end), confirmed (the placement's acceptance) and shortlisted.
  await placement(w, { candidateId: C5.id, requisition: R0, start: "2025-03-03", plannedEnd: "2025-05-30", actualEnd: "2025-05-30", status: "ENDED", isLocal: false, confirmedAt: at("2025-02-20T09:00") });
  const P1 = await placement(w, { candidateId: C1.id, requisition: R1, start: "2026-07-13", plannedEnd: "2026-12-18", confirmedAt: at("2026-07-11T09:00"), shortlistedAt: at("2026-07-04T09:00") }); // spans Q2 and Q3
  const P2 = await placement(w, {
    candidateId: C2.id, requisition: R1, start: "2026-07-27", plannedEnd: "2026-09-25", actualEnd: "2026-09-25", status: "ENDED", isLocal: true, priorityGroup: "CARE_LEAVER",
    hoursPerWeek: 18.5, confirmedAt: at("2026-07-21T09:00"), shortlistedAt: at("2026-07-03T09:00"),
  });
  await placement(w, { candidateId: C3.id, requisition: R2, start: "2026-10-12", plannedEnd: "2027-01-29", isLocal: false, confirmedAt: at("2026-10-05T09:00"), shortlistedAt: at("2026-08-06T09:00") });
  const P4 = await placement(w, {
    candidateId: C4.id, requisition: R3, start: "2026-09-28", plannedEnd: "2026-12-31", priorityGroup: "VETERAN",
    payRatePence: 1300, chargeRatePence: 1800, onCostRatePence: 150, confirmedAt: at("2026-09-14T09:00"), shortlistedAt: at("2026-09-12T09:00"),
  });
  const P5 = await placement(w, {
    candidateId: C5.id, requisition: R4, start: "2026-07-06", plannedEnd: "2026-12-31", actualEnd: "2026-08-14", status: "ENDED", isLocal: false, priorityGroup: "CARE_LEAVER",
    payRatePence: 1600, chargeRatePence: 2400, onCostRatePence: 250, confirmedAt: at("2026-07-03T09:00"), shortlistedAt: at("2026-06-28T09:00"),
  });
  await application(w, R4.id, at("2026-07-02T09:00")); // a later shortlisting: R4's first was in Q1
  const P6 = await placement(w, { candidateId: C6.id, requisition: R8, start: "2026-05-04", plannedEnd: "2026-07-31", actualEnd: "2026-07-31", status: "ENDED", confirmedAt: at("2026-04-01T09:00") });
  const P7 = await placement(w, { candidateId: C7.id, requisition: R8, start: "2026-04-06", plannedEnd: "2026-12-31", actualEnd: "2026-08-28", status: "CONVERTED", isLocal: false, confirmedAt: at("2026-04-02T09:00") });
  await placement(w, { candidateId: C8.id, requisition: R9, start: "2026-12-07", plannedEnd: "2027-03-05", status: "PENDING_START", confirmedAt: at("2026-11-20T09:00") });
  await conversion(w, P7.id, "2026-09-01");
  await conversion(w, P1.id, "2026-09-07", "PROPOSED");

  // Timesheets (the week they start in decides the period).
  await timesheet(w, P1, "2026-07-13", 37);
  await timesheet(w, P1, "2026-09-28", 37); // runs into October, starts in Q2
  await timesheet(w, P1, "2026-10-05", 37);
  await timesheet(w, P2, "2026-08-03", 18.5);
  await timesheet(w, P2, "2026-08-10", 18.5, { status: "SUBMITTED" });
  await timesheet(w, P2, "2026-08-17", 18.5, { status: "QUERIED" });
  await timesheet(w, P5, "2026-07-06", 37.5);
  await timesheet(w, P4, "2026-09-28", 20);
  await timesheet(w, P6, "2026-06-29", 37); // starts in Q1
  await timesheet(w, P7, "2026-07-06", 10, { chargeRatePence: 2100 }); // the rate frozen on the timesheet counts

  // Budgets (financial year = the year it starts) and off-contract spend.
  await budget(w, w.asc.costCentre.id, 2026, 3_650_000);
  await budget(w, w.asc.costCentre.id, 2025, 3_650_000);
  await budget(w, asc2.id, 2026, 365_000);
  await budget(w, w.housing.costCentre.id, 2026, 730_000);
  await offContract(w, "asc", "2026-06-01", "2026-07-31", 61_000);
  await offContract(w, "housing", "2026-09-01", "2026-09-30", 58_000);
  await offContract(w, "asc", "2026-10-01", "2026-10-31", 50_000);

  // Another council's records in the same period: never counted.
  const other = await metricsCouncil("other");
  const RD = await req(other, "asc", { openedAt: at("2026-07-10T09:00"), filledAt: at("2026-07-20T09:00") });
  const CD = await candidate(other);
  const PD = await placement(other, { candidateId: CD.id, requisition: RD, start: "2026-07-15", plannedEnd: "2026-12-31", priorityGroup: "VETERAN", confirmedAt: at("2026-07-14T09:00"), shortlistedAt: at("2026-07-12T09:00") });
  await timesheet(other, PD, "2026-07-20", 37);
  await conversion(other, PD.id, "2026-09-14");
  await budget(other, other.asc.costCentre.id, 2026, 9_999_999);
  await offContract(other, "asc", "2026-07-01", "2026-09-30", 99_999);

  ids = { asc: w.asc.service.id, housing: w.housing.service.id, winter: winter.id, ascCc: w.asc.costCentre.id, asc2: asc2.id, housingCc: w.housing.costCentre.id, otherBoard: other.board.id };
}

describe("metrics on a hand-worked fixture", () => {
  beforeAll(async () => {
    await resetDatabase();
    await buildFixture();
  });

  it("fill rate: requisitions that reached FILLED in Q2 ÷ requisitions released in Q2 (London days)", async () => {
    // Released in Q2: R1, R2, R3, R5 (30 Sep 23:30 BST), R7 (1 Jul 00:30 BST) = 5; not R4 (June), R6 (1 Oct), R8, R9.
    // Filled in Q2, whenever released: R1 (21 July) and R4 (released in June, filled 5 July) = 2; not R2 (5 October).
    // Cohort (released in Q2 and filled by its end): R1 only.
    const r = await fillRate(viewer, Q2, {});
    expect(r.total).toEqual({ released: 5, filled: 2, rate: 0.4, releasedAndFilled: 1, cohortRate: 0.2 });
    expect(r.byService.map((s) => [s.serviceName, s.released, s.filled, s.releasedAndFilled])).toEqual([["Adult Social Care", 3, 1, 1], ["Housing", 2, 1, 0]]);
    // Headcount-weighted: positions on requisitions released in Q2: R1 2 + R2 1 + R3 3 + R5 1 + R7 1 = 8; on requisitions
    // filled in Q2: R1 2 + R4 1 = 3.
    const h = await headcountWeightedFillRate(viewer, Q2, {});
    expect(h.total).toEqual({ positions: 8, positionsFilled: 3, rate: 3 / 8 });
    expect(h.byService.map((s) => [s.serviceName, s.positions, s.positionsFilled])).toEqual([["Adult Social Care", 4, 2], ["Housing", 4, 1]]);
    // Q3 to date: R6 released 1 October (London) and R9; R2 (released in August) filled on 5 October.
    expect((await fillRate(viewer, Q3, {})).total).toEqual({ released: 2, filled: 1, rate: 0.5, releasedAndFilled: 0, cohortRate: 0 });
    expect((await headcountWeightedFillRate(viewer, Q3, {})).total).toEqual({ positions: 2, positionsFilled: 1, rate: 0.5 });
  });

  it("fill rate by role category and campaign", async () => {
    expect((await fillRate(viewer, Q2, { roleCategory: "SOCIAL_CARE" })).total).toMatchObject({ released: 2, filled: 1, rate: 0.5 }); // R1, R5; R1
    expect((await fillRate(viewer, Q2, { campaignId: ids.winter })).total).toMatchObject({ released: 1, filled: 1, rate: 1 }); // R1
    expect((await fillRate(viewer, Q2, { serviceId: ids.housing })).total).toMatchObject({ released: 2, filled: 1, rate: 0.5, releasedAndFilled: 0 }); // R3, R7; R4
    expect((await fillRate(viewer, Q2, { roleCategory: "OPERATIONAL" })).total).toMatchObject({ released: 2, filled: 1, rate: 0.5 }); // R3, R7; R4
  });

  it("time to fill: median days from release to the placement's acceptance, for placements made in Q2", async () => {
    // P1 10 days, P2 20, P4 4, P5 13 (R4 was released in June) → median of 4, 10, 13, 20 = 11.5.
    const r = await timeToFill(viewer, Q2, {});
    expect(r.total.count).toBe(4);
    expect(r.total.medianDays).toBeCloseTo(11.5, 9);
    expect(r.byService.map((s) => [s.serviceName, s.count, s.medianDays])).toEqual([["Adult Social Care", 2, 15], ["Housing", 2, 8.5]]);
  });

  it("time to first shortlist: requisitions first shortlisted in Q2", async () => {
    // R1 first on 3 July (2 days), R2 6 August (5), R3 12 September (2); R4's first was 28 June, so R4 is out.
    const r = await timeToFirstShortlist(viewer, Q2, {});
    expect(r).toEqual({ count: 3, medianDays: 2 });
  });

  it("local share: placements started in the period, local flag frozen at placement", async () => {
    // Started in Q2: P1 (local), P2 (local when placed, has moved away since), P4 (local), P5 (not) → 3 of 4.
    expect(await localShare(viewer, Q2, {})).toEqual({ started: 4, local: 3, share: 0.75 });
    // P1 spans Q2 and Q3 but counts only in the quarter it started: Q3 to date has P3 only (P9 starts in December).
    expect(await localShare(viewer, Q3, {})).toEqual({ started: 1, local: 0, share: 0 });
    expect(await localShare(viewer, Q2, { serviceId: ids.housing })).toEqual({ started: 2, local: 1, share: 0.5 });
    expect(await localShare(viewer, Q2, { campaignId: ids.winter })).toEqual({ started: 2, local: 2, share: 1 });
  });

  it("local share by quarter: Q2 with the three quarters before it", async () => {
    const r = await localShareByQuarter(viewer, Q2, {});
    expect(r.map((q) => [q.name, q.started, q.local])).toEqual([
      ["Q3 2025/26", 0, 0],
      ["Q4 2025/26", 0, 0],
      ["Q1 2026/27", 2, 1], // P6 (local), P7
      ["Q2 2026/27", 4, 3],
    ]);
    expect(r[0].share).toBeNull();
  });

  it("local FTE: average over Q2 of local workers' hours ÷ 37", async () => {
    // Days active in Q2 × FTE: P1 80 × 1, P2 61 × 0.5, P4 3 × 1, P6 31 × 1 are local (144.5); P5 40 and P7 59 are not.
    const r = await localFte(viewer, Q2, {});
    expect(r.localFte).toBeCloseTo(144.5 / 92, 9);
    expect(r.allFte).toBeCloseTo(243.5 / 92, 9);
    expect(r).toMatchObject({ localPeople: 4, people: 6 });
  });

  it("priority-group hires: first year only, one group per person", async () => {
    // Placed in Q2: C1 (none), C2 care leaver, C4 veteran, C5 care leaver but first placed in March 2025 (not first year).
    expect(await priorityGroupHires(viewer, Q2, {})).toEqual({
      byGroup: [{ group: "CARE_LEAVER", people: 1 }, { group: "VETERAN", people: 1 }],
      people: 2,
      placedPeople: 4,
    });
  });

  it("conversions and conversion rate", async () => {
    // P7 converted into a post starting 1 September; P1's conversion is only proposed.
    expect(await conversions(viewer, Q2, {})).toEqual({ conversions: 1 });
    expect(await conversionRate(viewer, Q2, {})).toEqual({ conversions: 1, activeWorkers: 6, rate: 1 / 6 });
    expect((await conversionsByQuarter(viewer, Q2, {})).map((q) => q.conversions)).toEqual([0, 0, 0, 1]);
    expect(await conversions(viewer, Q3, {})).toEqual({ conversions: 0 });
  });

  it("workers active in the period", async () => {
    const q2 = await activeWorkers(viewer, Q2, {});
    expect(q2.total).toEqual({ workers: 6, placements: 6 }); // P1, P2, P4, P5, P6, P7
    expect(q2.byService.map((s) => [s.serviceName, s.workers])).toEqual([["Adult Social Care", 4], ["Housing", 2]]);
    expect((await activeWorkers(viewer, Q3, {})).total).toEqual({ workers: 3, placements: 3 }); // P1, P3, P4 (P9 not started)
  });

  it("retention: placements that finished in Q2 without ending early", async () => {
    // Finished in Q2: P2 (planned end), P5 (ended early), P6 (planned end), P7 (converted) → 3 of 4.
    expect(await retention(viewer, Q2, {})).toEqual({ finished: 4, retained: 3, rate: 0.75 });
  });

  it("spend and margin: approved timesheets by the week they start in, at the rates frozen on them", async () => {
    // P1 74h × £20 = 148,000p; P2 18.5h × £20 = 37,000p; P5 37.5h × £24 = 90,000p; P4 20h × £18 = 36,000p; P7 10h × £21 = 21,000p.
    // Not: P1's week of 5 October, P2's submitted and queried weeks, P6's week starting 29 June.
    const s = await spend(viewer, Q2, {});
    expect(s.total).toEqual({ spendPence: 332_000, workers: 5 });
    expect(s.byService.map((x) => [x.serviceName, x.spendPence, x.workers])).toEqual([["Adult Social Care", 206_000, 3], ["Housing", 126_000, 2]]);
    // Margin = hours × (charge − pay − on-cost): P1 74 × 400, P2 18.5 × 400, P5 37.5 × 550, P4 20 × 350, P7 10 × 500 = 69,625p.
    const m = await agencyMargin(viewer, Q2, {});
    expect(m.total).toMatchObject({ marginPence: 69_625, spendPence: 332_000 });
    expect(m.total.share).toBeCloseTo(69_625 / 332_000, 12);
    expect(m.byService.map((x) => x.marginPence)).toEqual([42_000, 27_625]);
    expect((await spend(viewer, Q2, { campaignId: ids.winter })).total.spendPence).toBe(185_000); // P1 + P2
    expect((await spend(viewer, Q3, {})).total.spendPence).toBe(74_000); // P1's week of 5 October
  });

  it("spend against budget: budgets pro-rated by day to the period", async () => {
    // Q2 is 92 of the 365 days of 2026/27: ASC cost centre 3,650,000 → 920,000; ASC-2 365,000 → 92,000; Housing 730,000 → 184,000.
    const r = await spendVsBudget(viewer, Q2, {});
    expect(r.costCentres.map((c) => [c.costCentreId, c.budgetPence, c.spendPence])).toEqual([
      [ids.asc2, 92_000, 0], // by service, then cost-centre code ("ASC-2" before the factory's "CC…")
      [ids.ascCc, 920_000, 206_000],
      [ids.housingCc, 184_000, 126_000],
    ]); // the Housing cost centre with no budget and no spend is left out
    expect(r.byService.map((x) => [x.serviceName, x.budgetPence, x.spendPence, x.workers])).toEqual([
      ["Adult Social Care", 1_012_000, 206_000, 3],
      ["Housing", 184_000, 126_000, 2],
    ]);
    expect(r.total).toMatchObject({ budgetPence: 1_196_000, spendPence: 332_000 });
    expect(r.costCentres[2].used).toBeCloseTo(126_000 / 184_000, 12);
    expect(r.spendIsPartial).toBe(false);
    // Across two financial years: 1 March – 30 April 2026 is 31 days of 2025/26 and 30 of 2026/27.
    const span = await spendVsBudget(viewer, customPeriod("2026-03-01", "2026-04-30", TODAY), {});
    expect(span.costCentres.map((c) => c.budgetPence)).toEqual([30_000, 310_000 + 300_000, 60_000]);
    expect((await spendVsBudget(viewer, Q2, { roleCategory: "OPERATIONAL" })).spendIsPartial).toBe(true);
  });

  it("on-contract share: agency spend ÷ (agency + off-contract spend pro-rated into the period)", async () => {
    // Off contract: ASC June–July 61,000 → July's 31 days 31,000; Housing September 58,000; ASC October none → 89,000.
    const r = await onContractShare(viewer, Q2, {});
    expect(r).toMatchObject({ available: true, onContractPence: 332_000, offContractPence: 89_000 });
    expect(r.share).toBeCloseTo(332_000 / 421_000, 12);
    const asc = await onContractShare(viewer, Q2, { serviceId: ids.asc });
    expect(asc).toMatchObject({ onContractPence: 206_000, offContractPence: 31_000 });
    expect(await onContractShare(viewer, Q2, { roleCategory: "SOCIAL_CARE" })).toMatchObject({ available: false, share: null });
  });

  it("an empty period gives zeros and no rates, not errors", async () => {
    const empty = quarterPeriod(2020, 1, TODAY);
    expect((await fillRate(viewer, empty, {})).total).toEqual({ released: 0, filled: 0, rate: null, releasedAndFilled: 0, cohortRate: null });
    expect((await timeToFill(viewer, empty, {})).total).toEqual({ count: 0, medianDays: null });
    expect(await timeToFirstShortlist(viewer, empty, {})).toEqual({ count: 0, medianDays: null });
    expect(await localShare(viewer, empty, {})).toEqual({ started: 0, local: 0, share: null });
    expect(await localFte(viewer, empty, {})).toEqual({ localFte: 0, allFte: 0, localPeople: 0, people: 0 });
    expect(await priorityGroupHires(viewer, empty, {})).toEqual({ byGroup: [], people: 0, placedPeople: 0 });
    expect(await conversionRate(viewer, empty, {})).toEqual({ conversions: 0, activeWorkers: 0, rate: null });
    expect(await retention(viewer, empty, {})).toEqual({ finished: 0, retained: 0, rate: null });
    expect((await spend(viewer, empty, {})).total).toEqual({ spendPence: 0, workers: 0 });
    expect((await spendVsBudget(viewer, empty, {})).costCentres).toEqual([]);
    expect(await onContractShare(viewer, empty, {})).toMatchObject({ share: null });
    // A period that has not started yet counts nothing either.
    expect((await fillRate(viewer, quarterPeriod(2027, 2, TODAY), {})).total.released).toBe(0);
    expect(await localFte(viewer, quarterPeriod(2027, 2, TODAY), {})).toMatchObject({ localFte: 0 });
  });

  it("Q1 for comparison: the quarter before", async () => {
    expect(await localShare(viewer, Q1, {})).toEqual({ started: 2, local: 1, share: 0.5 });
    // Released in Q1: R4 (filled on 5 July, after Q1 ended); filled in Q1: R8 (released in March, filled 2 April).
    expect((await fillRate(viewer, Q1, {})).total).toEqual({ released: 1, filled: 1, rate: 1, releasedAndFilled: 0, cohortRate: 0 });
  });

  it("the board dashboard shows the same figures, with fewer than 5 people suppressed", async () => {
    const view = await boardDashboard(viewer, Q2, {});
    const tile = (id: string) => view.sections.flatMap((s) => s.tiles).find((t) => t.id === id)!.cell.display;
    expect(tile("fill-rate")).toBe("40.0%");
    expect(tile("headcount-fill-rate")).toBe("37.5%");
    expect(tile("cohort-fill-rate")).toBe("20.0%");
    const fillTable = view.sections[1].tables.find((t) => t.id === "fill-by-service")!;
    expect(fillTable.rows.map((r) => [r.service.display, r.released.display, r.filled.display, r.rate.display, r.releasedAndFilled.display])).toEqual([
      ["Adult Social Care", "3", "1", "33.3%", "1"],
      ["Housing", "2", "1", "50.0%", "0"],
    ]);
    expect(tile("local-share")).toBe("fewer than 5"); // 4 placements started
    expect(tile("active-temps")).toBe("6");
    expect(tile("conversions")).toBe("fewer than 5");
    expect(tile("spend")).toBe("£3,320"); // 5 workers behind it
    expect(tile("time-to-fill")).toBe("fewer than 5"); // a median over 4 placements
    expect(tile("time-to-shortlist")).toBe("2.0 days"); // requisitions, not people
    const budgetTable = view.sections[1].tables.find((t) => t.id === "spend-vs-budget")!;
    expect(budgetTable.rows.map((r) => [r.service.display, r.budget.display, r.spend.display])).toEqual([
      ["Adult Social Care", "£10,120", "fewer than 5"],
      ["Housing", "£1,840", "fewer than 5"],
    ]);
    const summary = headlineTable(view);
    expect(summary.rows.length).toBe(view.sections.flatMap((s) => s.tiles).length);
  });
});

describe("who may read the metrics", () => {
  beforeAll(async () => {
    await resetDatabase();
    await buildFixture();
  });

  it("board members, administrators and the Connect2 team; nobody else", async () => {
    const admin = await makeUser(w.council.id, "ADMIN");
    expect((await fillRate(await viewerOf(admin.id), Q2, {})).total.released).toBe(5);
    expect((await fillRate(await viewerOf(w.agency.id), Q2, {})).total.released).toBe(5);
    const candidateUser = await makeUser(w.council.id, "CANDIDATE");
    await expect(fillRate(await viewerOf(candidateUser.id), Q2, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(localShare(await viewerOf(w.raiser.id), Q2, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(boardDashboard(await viewerOf(w.raiser.id), Q2, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(spend(null, Q2, {})).rejects.toBeInstanceOf(AuthError);
  });

  it("another council's board sees only its own figures, even when filtering by this council's service", async () => {
    const otherBoard = await viewerOf(ids.otherBoard);
    expect((await fillRate(otherBoard, Q2, {})).total).toMatchObject({ released: 1, filled: 1, rate: 1 });
    expect((await spend(otherBoard, Q2, {})).total.spendPence).toBe(74_000);
    expect((await fillRate(otherBoard, Q2, { serviceId: ids.asc })).total.released).toBe(0);
    expect((await spend(otherBoard, Q2, { serviceId: ids.asc })).total.spendPence).toBe(0);
    const { service } = await makeService(w.council.id, "Unused");
    expect((await activeWorkers(otherBoard, Q2, { serviceId: service.id })).total.workers).toBe(0);
  });
});
