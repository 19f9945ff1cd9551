import { describe, expect, it } from "vitest";
import { requisitionFlags, workingDaysAfter } from "./agency-flags";

describe("workingDaysAfter", () => {
  it.each([
    // 2026-11-24 is a Tuesday
    ["2026-11-24", "2026-11-24", 0],
    ["2026-11-24", "2026-11-25", 1],
    ["2026-11-20", "2026-11-23", 1], // Friday → Monday
    ["2026-11-21", "2026-11-22", 0], // Saturday → Sunday
    ["2026-11-17", "2026-11-24", 5], // a week later
    ["2026-11-16", "2026-11-20", 4], // Monday → Friday
    ["2026-11-02", "2026-11-24", 16],
    ["2026-11-25", "2026-11-24", 0],
  ])("%s → %s: %i", (from, to, n) => {
    expect(workingDaysAfter(from, to)).toBe(n);
  });
});

describe("requisitionFlags", () => {
  const base = { status: "OPEN", openedOn: "2026-11-10", startDate: "2027-01-04", everShortlisted: false, headcount: 1, placed: 0 };
  it.each([
    ["open 10 working days, nobody shortlisted", base, ["NO_SHORTLIST"]],
    ["open 4 working days", { ...base, openedOn: "2026-11-18" }, []],
    ["open exactly 5 working days", { ...base, openedOn: "2026-11-17" }, ["NO_SHORTLIST"]],
    ["someone shortlisted", { ...base, everShortlisted: true }, []],
    ["starts in 7 days, unfilled", { ...base, everShortlisted: true, startDate: "2026-12-01" }, ["STARTING_UNFILLED"]],
    ["starts in 8 days", { ...base, everShortlisted: true, startDate: "2026-12-02" }, []],
    ["start passed, unfilled", { ...base, everShortlisted: true, startDate: "2026-11-20" }, ["STARTING_UNFILLED"]],
    ["starts soon but all seats placed", { ...base, everShortlisted: true, startDate: "2026-11-26", placed: 1 }, []],
    ["both", { ...base, startDate: "2026-11-26" }, ["NO_SHORTLIST", "STARTING_UNFILLED"]],
    ["approved, not released", { ...base, status: "APPROVED", openedOn: null, startDate: "2026-11-26" }, []],
  ])("%s", (_name, input, flags) => {
    expect(requisitionFlags(input, "2026-11-24")).toEqual(flags);
  });
});
