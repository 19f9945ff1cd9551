import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, daysBetween, formatLongDate, formatLongDateWithDay, isIsoDate, mondayOf, sundayOf } from "./dates";

describe("dates", () => {
  it.each<[string, () => unknown, unknown]>([
    ["addDays across a month end", () => addDays("2026-01-31", 1), "2026-02-01"],
    ["addDays across the BST change is still one calendar day", () => addDays("2026-03-28", 1), "2026-03-29"],
    ["addDays backwards across a year", () => addDays("2026-01-01", -1), "2025-12-31"],
    ["addMonths clamps to month end", () => addMonths("2026-01-31", 1), "2026-02-28"],
    ["addMonths into a leap February", () => addMonths("2027-11-30", 3), "2028-02-29"],
    ["addYears from a leap day", () => addYears("2024-02-29", 1), "2025-02-28"],
    ["daysBetween", () => daysBetween("2026-11-24", "2027-01-23"), 60],
    ["mondayOf a Sunday is the previous Monday", () => mondayOf("2026-11-29"), "2026-11-23"],
    ["mondayOf a Monday is itself", () => mondayOf("2026-11-23"), "2026-11-23"],
    ["sundayOf a Tuesday", () => sundayOf("2026-11-24"), "2026-11-29"],
    ["formatLongDate", () => formatLongDate("2026-11-03"), "3 November 2026"],
    ["formatLongDateWithDay", () => formatLongDateWithDay("2026-03-30"), "Monday 30 March 2026"],
    ["isIsoDate rejects 30 February", () => isIsoDate("2026-02-30"), false],
    ["isIsoDate rejects a timestamp", () => isIsoDate("2026-02-03T00:00:00Z"), false],
    ["isIsoDate accepts a real date", () => isIsoDate("2028-02-29"), true],
  ])("%s", (_name, run, expected) => {
    expect(run()).toBe(expected);
  });
});
