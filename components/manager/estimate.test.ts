import { describe, expect, it } from "vitest";
import { liveEstimate, type CardOption } from "./estimate";

const cards: CardOption[] = [
  { roleCategory: "SOCIAL_CARE", grade: "Band 3", effectiveFrom: "2026-04-01", payMinPence: 1260, payMaxPence: 1380, chargeMinPence: 1638, chargeMaxPence: 1794 },
];
const base = {
  roleCategory: "SOCIAL_CARE", grade: "Band 3", headcount: "2", hoursPerWeek: "37.5", payRate: "13.80", payRateMax: "",
  "startDate-day": "14", "startDate-month": "12", "startDate-year": "2026",
  "expectedEndDate-day": "13", "expectedEndDate-month": "6", "expectedEndDate-year": "2027",
};

describe("liveEstimate (what the form shows as it is typed)", () => {
  it("judges a complete form exactly as the server does", () => {
    expect(liveEstimate(base, cards, 2_500_000)).toMatchObject({ kind: "ok", weeks: 26, chargeRatePence: 1794, costPence: 3_498_300, secondApproval: true });
  });
  it.each<[string, Record<string, string>, string]>([
    ["no grade yet", { grade: "" }, "incomplete"],
    ["month typed as a word is not read live", { "startDate-month": "Dec" }, "incomplete"],
    ["no pay rate", { payRate: "" }, "incomplete"],
    ["a grade with no card", { grade: "Band 9" }, "problem"],
    ["pay above the card", { payRate: "14.00" }, "problem"],
    ["end before start", { "expectedEndDate-year": "2025" }, "problem"],
  ])("%s → %s", (_l, change, kind) => {
    expect(liveEstimate({ ...base, ...change }, cards, 2_500_000).kind).toBe(kind);
  });
  it("within the threshold needs one approval", () => {
    expect(liveEstimate({ ...base, headcount: "1" }, cards, 2_500_000)).toMatchObject({ kind: "ok", costPence: 1_749_150, secondApproval: false });
  });
});
