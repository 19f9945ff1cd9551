import { describe, expect, it } from "vitest";
import { approvalOverdue, weeksNotSubmitted, type ChasePlacement } from "./chase";

// 2026-11-24 is a Tuesday; last week began Monday 2026-11-16.
const base: ChasePlacement = { placementId: "p", startDate: "2026-10-05", lastDay: null, status: "ACTIVE", timesheetWeeks: ["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"] };

describe("weeksNotSubmitted", () => {
  it.each([
    ["active, last week missing", base, "2026-11-24", ["2026-11-16"]],
    ["on Monday the week just finished is already due", base, "2026-11-23", ["2026-11-16"]],
    ["on Sunday the week is not finished", base, "2026-11-22", []],
    ["all submitted", { ...base, timesheetWeeks: ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"] }, "2026-11-24", []],
    ["started last Thursday", { ...base, startDate: "2026-11-19", timesheetWeeks: [] }, "2026-11-24", ["2026-11-16"]],
    ["starts this week", { ...base, startDate: "2026-11-23", timesheetWeeks: [] }, "2026-11-24", []],
    ["ended two weeks ago Friday", { ...base, status: "ENDED" as const, lastDay: "2026-11-06", timesheetWeeks: [] }, "2026-11-24", ["2026-10-26", "2026-11-02"]],
    ["upcoming", { ...base, status: "PENDING_START" as const, timesheetWeeks: [] }, "2026-11-24", []],
  ])("%s", (_n, p, today, weeks) => {
    expect(weeksNotSubmitted(p, today)).toEqual(weeks);
  });
});

describe("approvalOverdue (Tuesday noon after the week)", () => {
  it.each([
    ["2026-11-16", "2026-11-24", 11, false],
    ["2026-11-16", "2026-11-24", 12, true],
    ["2026-11-16", "2026-11-23", 17, false],
    ["2026-11-16", "2026-11-25", 0, true],
    ["2026-11-09", "2026-11-24", 9, true],
    ["2026-11-23", "2026-11-24", 15, false],
  ])("week %s at %s %i:00 → %s", (week, today, hour, overdue) => {
    expect(approvalOverdue(week, today, hour)).toBe(overdue);
  });
});
