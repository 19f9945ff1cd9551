import { describe, expect, it } from "vitest";
import { computeFeeWindow, feeWindowStatus, isWithinFeeWindow, type AssignmentPeriod } from "./fee-window";
import type { IsoDate } from "./types";

interface Case {
  name: string;
  assignments: AssignmentPeriod[];
  periodStart: IsoDate | null;
  feeFreeDate: IsoDate | null;
  dependsOnEnd: boolean;
  /** [conversion date, inside the fee window?] */
  conversions: Array<[IsoDate, boolean]>;
}

const cases: Case[] = [
  {
    name: "short assignment: the 8-week limb is later (end + 8 weeks + 1 day is the first fee-free day)",
    assignments: [{ start: "2026-01-05", end: "2026-02-27" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-04-25", dependsOnEnd: false,
    conversions: [["2026-04-24", true], ["2026-04-25", false]],
  },
  {
    name: "14 weeks exactly: the day 14 weeks after the start is the first fee-free day",
    assignments: [{ start: "2026-01-05", end: "2026-01-09" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-04-13", dependsOnEnd: false,
    conversions: [["2026-04-12", true], ["2026-04-13", false], ["2026-01-05", true]],
  },
  {
    name: "long assignment: 8 weeks after the end decides",
    assignments: [{ start: "2026-01-05", end: "2026-06-30" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-08-26", dependsOnEnd: false,
    conversions: [["2026-08-25", true], ["2026-08-26", false], ["2026-12-01", false]],
  },
  {
    name: "gap of 42 days continues the period",
    assignments: [{ start: "2026-01-05", end: "2026-01-30" }, { start: "2026-03-14", end: "2026-03-27" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-05-23", dependsOnEnd: false,
    conversions: [["2026-05-22", true], ["2026-05-23", false]],
  },
  {
    name: "gap of 43 days restarts the count from the later assignment",
    assignments: [{ start: "2026-01-05", end: "2026-01-30" }, { start: "2026-03-15", end: "2026-03-28" }],
    periodStart: "2026-03-15", feeFreeDate: "2026-06-21", dependsOnEnd: false,
    conversions: [["2026-06-20", true], ["2026-06-21", false], ["2026-02-10", false]],
  },
  {
    name: "out-of-order input is sorted first (same as the 42-day case)",
    assignments: [{ start: "2026-03-14", end: "2026-03-27" }, { start: "2026-01-05", end: "2026-01-30" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-05-23", dependsOnEnd: false,
    conversions: [["2026-05-22", true]],
  },
  {
    name: "back-to-back assignments form one period",
    assignments: [{ start: "2026-01-05", end: "2026-01-30" }, { start: "2026-01-31", end: "2026-02-27" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-04-25", dependsOnEnd: false,
    conversions: [["2026-04-24", true]],
  },
  {
    name: "overlapping assignments use the latest end",
    assignments: [{ start: "2026-01-05", end: "2026-03-31" }, { start: "2026-02-01", end: "2026-02-28" }],
    periodStart: "2026-01-05", feeFreeDate: "2026-05-27", dependsOnEnd: false,
    conversions: [["2026-05-26", true], ["2026-05-27", false]],
  },
  {
    name: "ongoing assignment: 14-week date returned, flagged as depending on the end",
    assignments: [{ start: "2026-01-05", end: null }],
    periodStart: "2026-01-05", feeFreeDate: "2026-04-13", dependsOnEnd: true,
    conversions: [["2026-11-24", true], ["2026-01-04", false]],
  },
  {
    name: "an earlier ongoing assignment keeps the period open",
    assignments: [{ start: "2026-02-01", end: "2026-02-28" }, { start: "2026-01-05", end: null }],
    periodStart: "2026-01-05", feeFreeDate: "2026-04-13", dependsOnEnd: true,
    conversions: [["2026-06-01", true]],
  },
  {
    name: "an ongoing assignment after a long gap restarts and stays open",
    assignments: [{ start: "2025-01-06", end: "2025-03-28" }, { start: "2026-09-07", end: null }],
    periodStart: "2026-09-07", feeFreeDate: "2026-12-14", dependsOnEnd: true,
    conversions: [["2025-04-01", false], ["2026-11-24", true]],
  },
  {
    name: "no assignments: no window",
    assignments: [],
    periodStart: null, feeFreeDate: null, dependsOnEnd: false,
    conversions: [["2026-11-24", false]],
  },
];

describe("computeFeeWindow", () => {
  it.each(cases)("$name", ({ assignments, periodStart, feeFreeDate, dependsOnEnd, conversions }) => {
    const result = computeFeeWindow(assignments, "2026-11-24");
    expect(result.periodStart).toBe(periodStart);
    expect(result.feeFreeDate).toBe(feeFreeDate);
    expect(result.dependsOnEnd).toBe(dependsOnEnd);
    for (const [date, within] of conversions) {
      expect(isWithinFeeWindow(date, result), `conversion on ${date}`).toBe(within);
    }
  });

  it("records the restart with the gap length", () => {
    const result = computeFeeWindow([{ start: "2026-01-05", end: "2026-01-30" }, { start: "2026-03-15", end: "2026-03-28" }], "2026-04-01");
    expect(result.restarts).toEqual([{ previousEnd: "2026-01-30", nextStart: "2026-03-15", gapDays: 43 }]);
    expect(result.explanation[0]).toBe("A gap of 43 days (more than 42) between 30 January 2026 and 15 March 2026 restarted the count.");
  });

  it("gives both limbs, the last chargeable day and days remaining", () => {
    const result = computeFeeWindow([{ start: "2026-10-05", end: "2026-11-27" }], "2026-11-24");
    expect(result).toMatchObject({
      fourteenWeekDate: "2027-01-11",
      eightWeekDate: "2027-01-23",
      feeFreeDate: "2027-01-23",
      lastChargeableDate: "2027-01-22",
      feeChargeableOnAsOf: true,
      daysUntilFeeFree: 60,
    });
  });

  it("explains the decision for a conversion", () => {
    const result = computeFeeWindow([{ start: "2026-01-05", end: "2026-01-09" }], "2026-11-24");
    expect(feeWindowStatus("2026-04-13", result).reason).toBe(
      "A conversion on 13 April 2026 is on or after the fee-free date 13 April 2026, so no transfer fee may be charged.",
    );
    expect(feeWindowStatus("2026-04-12", result).reason).toContain("within the fee window, which ends on 12 April 2026");
  });

  it("rejects an assignment that ends before it starts", () => {
    expect(() => computeFeeWindow([{ start: "2026-02-01", end: "2026-01-01" }], "2026-11-24")).toThrow(RangeError);
  });
});
