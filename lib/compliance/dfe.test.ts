import { describe, expect, it } from "vitest";
import { applicableRateCap, capExceeded, overlapsQuarter, parseQuarter, quarterOf, recentQuarters, type RateCapRow } from "./dfe";

describe("parseQuarter", () => {
  it.each([
    { key: "2026-Q1", start: "2026-01-01", end: "2026-03-31" },
    { key: "2026-Q2", start: "2026-04-01", end: "2026-06-30" },
    { key: "2026-Q3", start: "2026-07-01", end: "2026-09-30" },
    { key: "2026-q4", start: "2026-10-01", end: "2026-12-31" },
    { key: "2024-Q1", start: "2024-01-01", end: "2024-03-31" },
  ])("$key → $start to $end", ({ key, start, end }) => {
    expect(parseQuarter(key)).toMatchObject({ start, end });
  });
  it.each(["", "2026", "2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "1999-Q1", null, undefined])("rejects %s", (key) => {
    expect(parseQuarter(key)).toBeNull();
  });
  it("labels the quarter in words", () => {
    expect(parseQuarter("2026-Q3")?.label).toBe("Q3 2026: 1 July 2026 to 30 September 2026");
  });
});

describe("quarterOf and recentQuarters", () => {
  it.each([
    { date: "2026-01-01", key: "2026-Q1" },
    { date: "2026-03-31", key: "2026-Q1" },
    { date: "2026-04-01", key: "2026-Q2" },
    { date: "2026-11-24", key: "2026-Q4" },
    { date: "2026-12-31", key: "2026-Q4" },
  ])("$date is in $key", ({ date, key }) => {
    expect(quarterOf(date).key).toBe(key);
  });
  it("lists quarters newest first across a year end", () => {
    expect(recentQuarters("2026-02-10", 3).map((q) => q.key)).toEqual(["2026-Q1", "2025-Q4", "2025-Q3"]);
  });
});

describe("overlapsQuarter", () => {
  const q3 = parseQuarter("2026-Q3")!;
  it.each([
    { name: "starts inside", start: "2026-08-01", end: "2026-12-01", overlaps: true },
    { name: "ends on the first day", start: "2026-01-01", end: "2026-07-01", overlaps: true },
    { name: "starts on the last day", start: "2026-09-30", end: null, overlaps: true },
    { name: "ended the day before", start: "2026-01-01", end: "2026-06-30", overlaps: false },
    { name: "starts the day after", start: "2026-10-01", end: null, overlaps: false },
    { name: "open-ended from before", start: "2025-01-01", end: null, overlaps: true },
  ])("$name → $overlaps", ({ start, end, overlaps }) => {
    expect(overlapsQuarter(start, end, q3)).toBe(overlaps);
  });
});

describe("applicableRateCap", () => {
  const caps: RateCapRow[] = [
    { region: "East of England", grade: null, maxPayPence: 4300, effectiveFrom: "2025-04-01" },
    { region: "East of England", grade: null, maxPayPence: 4500, effectiveFrom: "2026-04-01" },
    { region: "East of England", grade: "Team manager", maxPayPence: 5200, effectiveFrom: "2026-04-01" },
    { region: "West Midlands", grade: null, maxPayPence: 4300, effectiveFrom: "2026-04-01" },
  ];
  it.each([
    { name: "latest all-grades cap in force", region: "East of England", grade: "Social worker", startDate: "2026-06-01", cap: 4500 },
    { name: "older cap before the newer one took effect", region: "East of England", grade: "Social worker", startDate: "2026-03-31", cap: 4300 },
    { name: "grade-specific cap beats the all-grades one", region: "East of England", grade: "team manager", startDate: "2026-06-01", cap: 5200 },
    { name: "region matched case-insensitively", region: "west midlands", grade: null, startDate: "2026-06-01", cap: 4300 },
    { name: "no cap before any took effect", region: "West Midlands", grade: null, startDate: "2026-01-01", cap: null },
    { name: "no cap for another region", region: "London", grade: null, startDate: "2026-06-01", cap: null },
  ])("$name", ({ region, grade, startDate, cap }) => {
    expect(applicableRateCap(caps, { region, grade, startDate })?.maxPayPence ?? null).toBe(cap);
  });
});

describe("capExceeded", () => {
  it.each([
    { pay: 4501, cap: 4500, recorded: false, exceeded: true },
    { pay: 4500, cap: 4500, recorded: false, exceeded: false },
    { pay: 4000, cap: 4500, recorded: false, exceeded: false },
    { pay: 4000, cap: null, recorded: false, exceeded: false },
    { pay: 4000, cap: null, recorded: true, exceeded: true },
  ])("pay $pay, cap $cap, recorded $recorded → $exceeded", ({ pay, cap, recorded, exceeded }) => {
    expect(capExceeded(pay, cap, recorded)).toBe(exceeded);
  });
});
