import { describe, expect, it } from "vitest";
import { checkWeekHours, respondToQuerySchema, submitTimesheetSchema } from "./schemas";

const base = { placementStart: "2026-10-05", placementEnd: "2027-01-29", today: "2026-11-24" };
const week = (weekStart: string, hours: number[]) => checkWeekHours({ ...base, weekStart, hours });

describe("checkWeekHours", () => {
  it("accepts a past week inside the placement and lists only days with hours", () => {
    expect(week("2026-11-16", [7.5, 7.5, 0, 7.5, 7.5, 0, 0])).toEqual({
      ok: true,
      totalHours: 30,
      lines: [
        { workDate: "2026-11-16", hours: 7.5 },
        { workDate: "2026-11-17", hours: 7.5 },
        { workDate: "2026-11-19", hours: 7.5 },
        { workDate: "2026-11-20", hours: 7.5 },
      ],
    });
  });

  it.each<[string, string, number[], RegExp]>([
    ["not a Monday", "2026-11-17", [1, 0, 0, 0, 0, 0, 0], /must start on a Monday/],
    ["before the placement", "2026-09-28", [1, 0, 0, 0, 0, 0, 0], /outside your placement, which runs from 5 October 2026 to 29 January 2027/],
    ["after the placement", "2027-02-01", [1, 0, 0, 0, 0, 0, 0], /outside your placement/],
    ["a week not yet started", "2026-11-30", [1, 0, 0, 0, 0, 0, 0], /has not started yet/],
  ])("refuses a week %s", (_n, weekStart, hours, message) => {
    const r = week(weekStart, hours);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.formError).toMatch(message);
  });

  it.each<[string, string, number[], string, RegExp]>([
    ["more than 24 hours in a day", "2026-11-16", [24.25, 0, 0, 0, 0, 0, 0], "mon", /24 or fewer/],
    ["negative hours", "2026-11-16", [-1, 0, 0, 0, 0, 0, 0], "mon", /0 or more/],
    ["no hours at all", "2026-11-16", [0, 0, 0, 0, 0, 0, 0], "mon", /at least one day/],
    ["a day still to come this week", "2026-11-23", [7, 7, 7, 0, 0, 0, 0], "wed", /Wednesday 25 November 2026 yet/],
  ])("refuses %s", (_n, weekStart, hours, field, message) => {
    const r = week(weekStart, hours);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors?.[field as "mon"]).toMatch(message);
  });

  it("refuses hours on a day after the placement ended", () => {
    const r = checkWeekHours({ ...base, placementEnd: "2026-11-20", weekStart: "2026-11-16", hours: [7, 0, 0, 0, 7, 7, 0] });
    expect(!r.ok && r.fieldErrors?.sat).toMatch(/Saturday 21 November 2026: your placement runs from 5 October 2026 to 20 November 2026/);
  });

  it("allows exactly 24 hours and today's hours in the current week", () => {
    const r = week("2026-11-23", [24, 8, 0, 0, 0, 0, 0]);
    expect(r).toMatchObject({ ok: true, totalHours: 32 });
  });

  it("allows a week that straddles the placement start when only days inside have hours", () => {
    const r = checkWeekHours({ ...base, placementStart: "2026-11-18", weekStart: "2026-11-16", hours: [0, 0, 6, 6, 6, 0, 0] });
    expect(r).toMatchObject({ ok: true, totalHours: 18 });
    const bad = checkWeekHours({ ...base, placementStart: "2026-11-18", weekStart: "2026-11-16", hours: [6, 0, 6, 0, 0, 0, 0] });
    expect(!bad.ok && bad.fieldErrors?.mon).toMatch(/Monday 16 November 2026: your placement runs from 18 November 2026/);
  });
});

describe("timesheet form schemas", () => {
  const days = { mon: "7.5", tue: "", wed: " 8 ", thu: "0", fri: ".5", sat: "", sun: "" };
  it("reads each day's box; empty is 0", () => {
    expect(submitTimesheetSchema.parse({ placementId: "p1", weekStart: "2026-11-16", ...days })).toEqual({
      placementId: "p1", weekStart: "2026-11-16", hours: [7.5, 0, 8, 0, 0.5, 0, 0],
    });
  });

  it.each<[Record<string, string>, string, RegExp]>([
    [{ tue: "25" }, "tue", /Tuesday must be 24 or fewer/],
    [{ wed: "seven" }, "wed", /Wednesday must be a number/],
    [{ thu: "-2" }, "thu", /Thursday must be 0 or more/],
    [{ fri: "7.555" }, "fri", /Friday must be a number/],
  ])("refuses %o", (over, field, message) => {
    const r = submitTimesheetSchema.safeParse({ placementId: "p1", weekStart: "2026-11-16", ...days, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.find((i) => i.path[0] === field)?.message).toMatch(message);
  });

  it("needs an answer to a query", () => {
    const r = respondToQuerySchema.safeParse({ timesheetId: "t1", response: "  ", ...days });
    expect(r.error!.issues.find((i) => i.path[0] === "response")?.message).toMatch(/Answer the query/);
  });
});
