import { describe, expect, it } from "vitest";
import { chargeRateFor, checkPayAgainstCard, checkRatesAgainstApproval, estimateCost, hoursToHundredths, needsSecondApproval, pickRateCard, weeksBetween } from "./estimate";

const card = { payMinPence: 1200, payMaxPence: 1500, chargeMinPence: 1600, chargeMaxPence: 2000 };

describe("weeksBetween (inclusive days ÷ 7, rounded up)", () => {
  it.each<[string, string, string, number | null]>([
    ["one day", "2026-12-07", "2026-12-07", 1],
    ["exactly one week", "2026-12-07", "2026-12-13", 1],
    ["eight days is two weeks", "2026-12-07", "2026-12-14", 2],
    ["the helper's default requisition", "2026-12-07", "2027-03-26", 16],
    ["across a leap day", "2028-02-01", "2028-02-29", 5],
    ["a year", "2026-01-05", "2027-01-03", 52],
    ["end before start", "2026-12-07", "2026-12-06", null],
    ["not a date", "2026-02-30", "2026-03-01", null],
    ["garbage", "soon", "2026-03-01", null],
  ])("%s", (_label, start, end, weeks) => {
    expect(weeksBetween(start, end)).toBe(weeks);
  });
});

describe("hoursToHundredths", () => {
  it.each<[number | string, number | null]>([
    [37.5, 3750], ["37.5", 3750], ["37.50", 3750], ["7.25", 725], [16, 1600], ["0", 0],
    ["37.555", null], ["-1", null], ["", null], ["abc", null], ["1e2", null],
  ])("%s → %s", (input, out) => {
    expect(hoursToHundredths(input)).toBe(out);
  });
});

describe("estimateCost (charge × hours × weeks × headcount)", () => {
  it.each<[string, Parameters<typeof estimateCost>[0], { weeks: number; costPence: number } | null]>([
    ["full-time support worker, 16 weeks", { chargeRatePence: 1850, hoursPerWeek: 37.5, startDate: "2026-12-07", endDate: "2027-03-26", headcount: 1 }, { weeks: 16, costPence: 1_110_000 }],
    ["three of them", { chargeRatePence: 1850, hoursPerWeek: "37.5", startDate: "2026-12-07", endDate: "2027-03-26", headcount: 3 }, { weeks: 16, costPence: 3_330_000 }],
    ["rounds half a penny up", { chargeRatePence: 1001, hoursPerWeek: "0.5", startDate: "2026-12-07", endDate: "2026-12-07", headcount: 1 }, { weeks: 1, costPence: 501 }],
    ["rounds below half down", { chargeRatePence: 1001, hoursPerWeek: "0.25", startDate: "2026-12-07", endDate: "2026-12-07", headcount: 1 }, { weeks: 1, costPence: 250 }],
    ["a social worker for a year", { chargeRatePence: 4200, hoursPerWeek: 37, startDate: "2026-01-05", endDate: "2027-01-03", headcount: 2 }, { weeks: 52, costPence: 16_161_600 }],
    ["headcount 0 cannot be judged", { chargeRatePence: 1850, hoursPerWeek: 37.5, startDate: "2026-12-07", endDate: "2027-03-26", headcount: 0 }, null],
    ["end before start cannot be judged", { chargeRatePence: 1850, hoursPerWeek: 37.5, startDate: "2027-03-26", endDate: "2026-12-07", headcount: 1 }, null],
    ["bad hours cannot be judged", { chargeRatePence: 1850, hoursPerWeek: "lots", startDate: "2026-12-07", endDate: "2027-03-26", headcount: 1 }, null],
  ])("%s", (_label, input, out) => {
    expect(estimateCost(input)).toEqual(out);
  });
});

describe("chargeRateFor (same position in the charge band, rounded up)", () => {
  it.each<[number, number]>([
    [1200, 1600], // bottom of band
    [1500, 2000], // top of band
    [1350, 1800], // middle
    [1201, 1602], // 1.33p rounds up to 2p
    [1100, 1600], // below band clamps
    [1600, 2000], // above band clamps
  ])("pay %ip → charge %ip", (pay, charge) => {
    expect(chargeRateFor(pay, card)).toBe(charge);
  });
  it("a card with a single pay rate charges its top rate", () => {
    expect(chargeRateFor(1300, { payMinPence: 1300, payMaxPence: 1300, chargeMinPence: 1700, chargeMaxPence: 1750 })).toBe(1750);
  });
});

describe("checkPayAgainstCard", () => {
  it.each<[string, number, number | null, ReturnType<typeof checkPayAgainstCard>]>([
    ["a single rate in the band, judged at it", 1350, null, { ok: true, chargeRatePence: 1800 }],
    ["a range, judged at its top", 1200, 1500, { ok: true, chargeRatePence: 2000 }],
    ["the band's edges are allowed", 1200, 1200, { ok: true, chargeRatePence: 1600 }],
    ["below the band", 1199, null, { ok: false, field: "payRate", message: "Pay rate must be within the rate card for this role and grade: £12.00 to £15.00 an hour" }],
    ["above the band", 1501, null, { ok: false, field: "payRate", message: "Pay rate must be within the rate card for this role and grade: £12.00 to £15.00 an hour" }],
    ["highest above the band", 1300, 1600, { ok: false, field: "payRateMax", message: "Highest pay rate must be within the rate card for this role and grade: £12.00 to £15.00 an hour" }],
    ["highest below the rate", 1300, 1250, { ok: false, field: "payRateMax", message: "Highest pay rate must be the same as or more than the pay rate offered" }],
  ])("%s", (_label, pay, max, out) => {
    expect(checkPayAgainstCard(pay, max, card)).toEqual(out);
  });
});

describe("checkRatesAgainstApproval (a placement's rates within what the requisition was approved at)", () => {
  const approved = { payRateMinPence: 1300, payRateMaxPence: 1450, chargeRatePence: 1850 };
  const payRange = "Pay rate must be between £13.00 and £14.50 an hour, the range the requisition was approved at";
  const chargeMax = "Charge rate must be £18.50 an hour or less, the rate the requisition was approved at";
  it.each<[string, number, number, ReturnType<typeof checkRatesAgainstApproval>]>([
    ["inside the range, at the approved charge", 1400, 1850, { ok: true }],
    ["the bottom of the range", 1300, 1800, { ok: true }],
    ["the top of the range", 1450, 1850, { ok: true }],
    ["a charge below the approved one", 1400, 1700, { ok: true }],
    ["a penny above the range", 1451, 1850, { ok: false, errors: { payRatePence: payRange } }],
    ["a penny below the range", 1299, 1850, { ok: false, errors: { payRatePence: payRange } }],
    ["a charge a penny above the approved one", 1400, 1851, { ok: false, errors: { chargeRatePence: chargeMax } }],
    ["both out", 2000, 2600, { ok: false, errors: { payRatePence: payRange, chargeRatePence: chargeMax } }],
  ])("%s", (_label, pay, charge, out) => {
    expect(checkRatesAgainstApproval(pay, charge, approved)).toEqual(out);
  });

  it("a single approved rate is named as one rate", () => {
    expect(checkRatesAgainstApproval(1400, 1850, { ...approved, payRateMinPence: 1450 })).toEqual({
      ok: false, errors: { payRatePence: "Pay rate must be £14.50 an hour, the rate the requisition was approved at" },
    });
    expect(checkRatesAgainstApproval(1450, 1850, { ...approved, payRateMinPence: 1450 })).toEqual({ ok: true });
  });
});

describe("needsSecondApproval (strictly above the threshold)", () => {
  it.each<[number, number, boolean]>([
    [2_500_000, 2_500_000, false],
    [2_500_001, 2_500_000, true],
    [1_000_000, 2_500_000, false],
    [100, 0, true],
  ])("%i against %i → %s", (cost, threshold, out) => {
    expect(needsSecondApproval(cost, threshold)).toBe(out);
  });
});

describe("pickRateCard (latest in force on the date)", () => {
  const cards = [
    { roleCategory: "SOCIAL_CARE", grade: "Band 3", effectiveFrom: "2025-04-01", id: "old" },
    { roleCategory: "SOCIAL_CARE", grade: "Band 3", effectiveFrom: new Date("2026-04-01T00:00:00Z"), id: "new" },
    { roleCategory: "SOCIAL_CARE", grade: "Band 4", effectiveFrom: "2026-04-01", id: "b4" },
    { roleCategory: "ADMIN", grade: "Band 3", effectiveFrom: "2026-04-01", id: "admin" },
  ];
  it.each<[string, string, string, string | null]>([
    ["SOCIAL_CARE", "Band 3", "2026-12-07", "new"],
    ["SOCIAL_CARE", "Band 3", "2026-04-01", "new"],
    ["SOCIAL_CARE", "Band 3", "2026-03-31", "old"],
    ["SOCIAL_CARE", "Band 3", "2025-01-01", null],
    ["ADMIN", "Band 3", "2026-12-07", "admin"],
    ["ADMIN", "Band 4", "2026-12-07", null],
  ])("%s %s on %s → %s", (cat, grade, on, id) => {
    expect(pickRateCard(cards, cat, grade, on)?.id ?? null).toBe(id);
  });
});
