import { describe, expect, it } from "vitest";
import { lastDayOf, lifecycleStepDue, type LifecyclePlacement } from "./lifecycle";

const p = (over: Partial<LifecyclePlacement>): LifecyclePlacement => ({
  status: "PENDING_START",
  startDate: "2026-11-23",
  plannedEndDate: "2027-02-26",
  actualEndDate: null,
  ...over,
});

describe("lifecycleStepDue", () => {
  it.each([
    // status, start, planned end, actual end, today → step
    ["PENDING_START", "2026-11-30", "2027-02-26", null, "2026-11-24", null], // starts next week
    ["PENDING_START", "2026-11-24", "2027-02-26", null, "2026-11-24", "start"], // starts today
    ["PENDING_START", "2026-11-16", "2027-02-26", null, "2026-11-24", "start"], // start date passed while the job was not run
    ["PENDING_START", "2026-11-02", "2026-11-20", null, "2026-11-24", "start-and-end"], // the whole term has passed
    ["PENDING_START", "2026-11-24", "2026-11-24", null, "2026-11-24", "start"], // a one-day placement, today
    ["ACTIVE", "2026-09-07", "2026-11-24", null, "2026-11-24", null], // today is the last day
    ["ACTIVE", "2026-09-07", "2026-11-23", null, "2026-11-24", "end"], // yesterday was the last day
    ["ACTIVE", "2026-09-07", "2027-02-26", "2026-11-20", "2026-11-24", "end"], // actioned early end has passed
    ["ACTIVE", "2026-09-07", "2027-02-26", "2026-11-27", "2026-11-24", null], // early end still to come
    ["ACTIVE", "2026-09-07", "2026-11-20", "2026-12-04", "2026-11-24", null], // actual end wins over planned end
    ["ENDED", "2026-09-07", "2026-11-20", "2026-11-20", "2026-11-24", null],
    ["CONVERTED", "2026-09-07", "2027-02-26", "2026-10-30", "2026-11-24", null],
  ] as const)("%s %s → %s (actual %s) on %s: %s", (status, startDate, plannedEndDate, actualEndDate, today, expected) => {
    expect(lifecycleStepDue(p({ status, startDate, plannedEndDate, actualEndDate }), today)).toBe(expected);
  });
});

describe("lastDayOf", () => {
  it("is the actual end when there is one, else the planned end", () => {
    expect(lastDayOf({ plannedEndDate: "2027-02-26", actualEndDate: null })).toBe("2027-02-26");
    expect(lastDayOf({ plannedEndDate: "2027-02-26", actualEndDate: "2026-12-11" })).toBe("2026-12-11");
  });
});
