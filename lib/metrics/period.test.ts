import { describe, expect, it } from "vitest";
import {
  currentQuarter,
  customPeriod,
  daysCounted,
  financialYearOf,
  parsePeriod,
  periodParams,
  quarterBounds,
  quarterOf,
  quarterPeriod,
  trendQuarters,
  yearPeriod,
} from "./period";

const TODAY = "2026-11-24";

describe("financial years and quarters (UK, April to March)", () => {
  it.each([
    ["2026-04-01", 2026, 1],
    ["2026-06-30", 2026, 1],
    ["2026-07-01", 2026, 2],
    ["2026-11-24", 2026, 3],
    ["2026-12-31", 2026, 3],
    ["2027-01-01", 2026, 4],
    ["2027-03-31", 2026, 4],
    ["2026-03-31", 2025, 4],
  ])("%s is in financial year %i, quarter %i", (date, fy, q) => {
    expect(financialYearOf(date)).toBe(fy);
    expect(quarterOf(date)).toEqual({ fy, quarter: q });
  });

  it.each([
    [2026, 1, "2026-04-01", "2026-06-30"],
    [2026, 2, "2026-07-01", "2026-09-30"],
    [2026, 3, "2026-10-01", "2026-12-31"],
    [2026, 4, "2027-01-01", "2027-03-31"],
    [2027, 4, "2028-01-01", "2028-03-31"],
  ] as const)("FY %i Q%i runs %s to %s", (fy, q, start, end) => {
    expect(quarterBounds(fy, q)).toEqual({ start, end });
  });
});

describe("periods", () => {
  it("the current quarter runs to date", () => {
    const p = currentQuarter(TODAY);
    expect(p).toMatchObject({ kind: "quarter", start: "2026-10-01", end: "2026-12-31", upto: TODAY, fy: 2026, quarter: 3, name: "Q3 2026/27" });
    expect(p.label).toBe("Q3 2026/27: 1 October 2026 to 31 December 2026 (to 24 November 2026)");
    expect(daysCounted(p)).toBe(55);
  });

  it("a finished quarter counts every day", () => {
    const p = quarterPeriod(2026, 2, TODAY);
    expect(p.upto).toBe("2026-09-30");
    expect(p.label).toBe("Q2 2026/27: 1 July 2026 to 30 September 2026");
    expect(daysCounted(p)).toBe(92);
  });

  it("a future period counts nothing", () => {
    const p = quarterPeriod(2027, 1, TODAY);
    expect(daysCounted(p)).toBe(0);
    expect(p.label).toContain("not yet started");
  });

  it("a financial year", () => {
    const p = yearPeriod(2025, TODAY);
    expect(p).toMatchObject({ start: "2025-04-01", end: "2026-03-31", upto: "2026-03-31", name: "2025/26" });
    expect(daysCounted(p)).toBe(365);
  });

  it("a leap-year custom range", () => {
    const p = customPeriod("2028-02-01", "2028-03-01", "2030-01-01");
    expect(daysCounted(p)).toBe(30);
    expect(p.label).toBe("1 February 2028 to 1 March 2028");
  });
});

describe("parsePeriod", () => {
  it.each([
    [{}, "2026-10-01", "2026-12-31", "quarter"],
    [{ period: "quarter", fy: "2025", quarter: "4" }, "2026-01-01", "2026-03-31", "quarter"],
    [{ period: "quarter", fy: "2026", quarter: "1" }, "2026-04-01", "2026-06-30", "quarter"],
    [{ period: "year", fy: "2025" }, "2025-04-01", "2026-03-31", "year"],
    [{ period: "year" }, "2026-04-01", "2027-03-31", "year"],
    [{ period: "custom", from: "2026-06-15", to: "2026-08-14" }, "2026-06-15", "2026-08-14", "custom"],
  ])("%j → %s to %s", (sp, start, end, kind) => {
    const { period, errors } = parsePeriod(sp, TODAY);
    expect(errors).toEqual({});
    expect(period).toMatchObject({ start, end, kind, asOf: TODAY });
  });

  it("reads URLSearchParams (CSV routes)", () => {
    const { period } = parsePeriod(new URLSearchParams("period=quarter&fy=2026&quarter=2"), TODAY);
    expect(period.name).toBe("Q2 2026/27");
  });

  it.each([
    [{ period: "custom", from: "2026-08-01", to: "2026-07-01" }, "to", "The last day must be the same as or after the first day"],
    [{ period: "custom", from: "2026-02-30", to: "2026-07-01" }, "from", "The first day must be a real date"],
    [{ period: "custom", to: "2026-07-01" }, "from", "Enter the first day of the period"],
    [{ period: "custom", from: "2026-07-01" }, "to", "Enter the last day of the period"],
    [{ period: "custom", from: "2010-01-01", to: "2026-07-01" }, "to", "The period can be at most 5 years long"],
    [{ period: "quarter", fy: "2026", quarter: "5" }, "quarter", "Choose a quarter"],
    [{ period: "year", fy: "26" }, "fy", "Choose a financial year"],
    [{ period: "week" }, "period", "Choose a quarter, a financial year or your own dates"],
  ])("%j is refused (%s: %s) and the current quarter shown", (sp, field, message) => {
    const { period, errors } = parsePeriod(sp, TODAY);
    expect(errors[field]).toBe(message);
    if (sp.period !== "year") expect(period.kind).toBe("quarter");
  });

  it.each([
    quarterPeriod(2025, 3, TODAY),
    yearPeriod(2024, TODAY),
    customPeriod("2026-01-05", "2026-02-05", TODAY),
  ])("periodParams round-trips $name", (p) => {
    expect(parsePeriod(periodParams(p), TODAY).period).toEqual(p);
  });
});

describe("trendQuarters", () => {
  it("a single quarter is shown with the three before it", () => {
    const slots = trendQuarters(currentQuarter(TODAY));
    expect(slots.map((s) => s.key)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(slots[3]).toMatchObject({ start: "2026-10-01", upto: TODAY });
    expect(slots[0]).toMatchObject({ start: "2026-01-01", upto: "2026-03-31" });
  });

  it("a year shows its four quarters", () => {
    expect(trendQuarters(yearPeriod(2025, TODAY)).map((s) => s.name)).toEqual(["Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26"]);
  });

  it("the current year stops at the running quarter and is extended back", () => {
    expect(trendQuarters(yearPeriod(2026, TODAY)).map((s) => s.key)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
  });

  it("a custom range covers every quarter it touches (whole quarters)", () => {
    const slots = trendQuarters(customPeriod("2025-05-20", "2026-08-01", TODAY));
    expect(slots.map((s) => s.key)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
  });

  it("a period not yet started has no quarters", () => {
    expect(trendQuarters(quarterPeriod(2027, 2, TODAY))).toEqual([]);
  });
});
