import { describe, expect, it } from "vitest";
import { approvalsWaiting, missingTimesheets, previousWeekStart, type PlacementWeekRow } from "./timesheet-reminders";

describe("previousWeekStart", () => {
  it.each([
    { asOf: "2026-11-23", week: "2026-11-16", why: "Monday run: the week just ended" },
    { asOf: "2026-11-24", week: "2026-11-16", why: "Tuesday" },
    { asOf: "2026-11-29", week: "2026-11-16", why: "Sunday: still this week" },
    { asOf: "2026-11-30", week: "2026-11-23", why: "next Monday" },
  ])("$asOf → $week ($why)", ({ asOf, week }) => {
    expect(previousWeekStart(asOf)).toBe(week);
  });
});

const WEEK = "2026-11-16";
const row = (over: Partial<PlacementWeekRow>): PlacementWeekRow => ({
  placementId: "p1", candidateId: "c1", reference: "PL-1", jobTitle: "Support Worker", status: "ACTIVE",
  startDate: "2026-09-07", lastDay: null, timesheetWeeks: [], ...over,
});

describe("missingTimesheets", () => {
  it.each([
    { name: "active all week, nothing submitted: remind", p: row({}), remind: true },
    { name: "submitted (any state): no reminder", p: row({ timesheetWeeks: [WEEK] }), remind: false },
    { name: "only other weeks submitted: remind", p: row({ timesheetWeeks: ["2026-11-09"] }), remind: true },
    { name: "started on the Sunday of the week: remind", p: row({ startDate: "2026-11-22" }), remind: true },
    { name: "starts the Monday after: no", p: row({ startDate: "2026-11-23" }), remind: false },
    { name: "ended on the Monday of the week: remind", p: row({ status: "ENDED", lastDay: WEEK }), remind: true },
    { name: "ended the Sunday before: no", p: row({ status: "ENDED", lastDay: "2026-11-15" }), remind: false },
    { name: "converted mid-week: remind for the days worked", p: row({ status: "CONVERTED", lastDay: "2026-11-18" }), remind: true },
    { name: "pending start: no", p: row({ status: "PENDING_START", startDate: "2026-11-01" }), remind: false },
  ])("$name", ({ p, remind }) => {
    const out = missingTimesheets([p], WEEK);
    expect(out.map((m) => m.dedupeKey)).toEqual(remind ? [`timesheet-reminder:p1:${WEEK}`] : []);
  });

  it("tells the worker which week and placement", () => {
    const [m] = missingTimesheets([row({})], WEEK);
    expect(m.title).toBe("Submit your timesheet for the week beginning 16 November 2026");
    expect(m.body).toContain("Support Worker (PL-1)");
  });
});

describe("approvalsWaiting", () => {
  const ASOF = "2026-11-24"; // Tuesday; this week began 23 November
  it("groups by service, counts earlier weeks only, names the oldest week", () => {
    const out = approvalsWaiting(
      [
        { serviceId: "asc", serviceName: "Adult Social Care", weekStart: "2026-11-16" },
        { serviceId: "asc", serviceName: "Adult Social Care", weekStart: "2026-11-09" },
        { serviceId: "asc", serviceName: "Adult Social Care", weekStart: "2026-11-23" }, // this week: not yet late
        { serviceId: "hsg", serviceName: "Housing", weekStart: "2026-11-16" },
      ],
      ASOF,
    );
    expect(out).toEqual([
      expect.objectContaining({ serviceId: "asc", count: 2, oldestWeek: "2026-11-09", dedupeKey: "timesheet-approvals:asc:2026-11-23", title: "2 timesheets are waiting for approval in Adult Social Care" }),
      expect.objectContaining({ serviceId: "hsg", count: 1, oldestWeek: "2026-11-16", dedupeKey: "timesheet-approvals:hsg:2026-11-23", title: "1 timesheet is waiting for approval in Housing" }),
    ]);
  });
  it("nothing waiting: nothing to say", () => {
    expect(approvalsWaiting([], ASOF)).toEqual([]);
    expect(approvalsWaiting([{ serviceId: "asc", serviceName: "Adult Social Care", weekStart: "2026-11-23" }], ASOF)).toEqual([]);
  });
});
