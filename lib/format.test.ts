import { describe, expect, it } from "vitest";
import {
  daysBetween,
  formatDate,
  formatDateTime,
  formatHours,
  formatMoney,
  formatRate,
  formatShortDate,
  formatTime,
  parseIsoDate,
  penceToPoundsInput,
  pluralise,
  poundsToPence,
  toIsoDate,
} from "./format";

describe("formatDate", () => {
  it.each<[string, Date | string | null | undefined, string]>([
    ["date-only string", "2026-11-24", "24 November 2026"],
    ["date-only string, single-digit day", "2026-03-01", "1 March 2026"],
    ["UTC-midnight Date (@db.Date)", new Date(Date.UTC(2026, 10, 24)), "24 November 2026"],
    ["UTC-midnight Date in summer (@db.Date)", new Date(Date.UTC(2026, 6, 1)), "1 July 2026"],
    ["timestamp late evening BST is next day in London", new Date("2026-07-01T23:30:00Z"), "2 July 2026"],
    ["timestamp late evening GMT stays same day", new Date("2026-11-24T23:30:00Z"), "24 November 2026"],
    ["ISO timestamp string", "2026-11-24T14:05:00Z", "24 November 2026"],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["empty string", "", ""],
    ["nonsense string", "not a date", ""],
    ["impossible date-only string", "2026-02-31", ""],
    ["invalid Date", new Date("nope"), ""],
  ])("%s", (_label, input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it("uses the fallback for missing values", () => {
    expect(formatDate(null, "Not set")).toBe("Not set");
  });
});

describe("formatShortDate / formatTime / formatDateTime", () => {
  it.each<[string, Date | string, string, string, string]>([
    ["GMT afternoon", new Date("2026-11-24T14:05:00Z"), "24 Nov 2026", "14:05", "24 November 2026, 14:05"],
    ["BST afternoon (UTC+1)", new Date("2026-07-01T13:05:00Z"), "1 Jul 2026", "14:05", "1 July 2026, 14:05"],
    ["BST just after midnight", "2026-07-01T23:30:00Z", "2 Jul 2026", "00:30", "2 July 2026, 00:30"],
    ["morning single-digit hour", "2026-11-24T09:00:00Z", "24 Nov 2026", "09:00", "24 November 2026, 09:00"],
  ])("%s", (_label, input, short, time, dateTime) => {
    expect(formatShortDate(input)).toBe(short);
    expect(formatTime(input)).toBe(time);
    expect(formatDateTime(input)).toBe(dateTime);
  });

  it("returns the fallback for null", () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatTime(null, "–")).toBe("–");
  });
});

describe("parseIsoDate / toIsoDate", () => {
  it.each<[string, string | null]>([
    ["2026-11-24", "2026-11-24"],
    ["2028-02-29", "2028-02-29"],
    ["2026-02-29", null],
    ["2026-13-01", null],
    ["24/11/2026", null],
  ])("parseIsoDate(%j)", (input, expected) => {
    const d = parseIsoDate(input);
    expect(d ? d.toISOString().slice(0, 10) : null).toBe(expected);
  });

  it.each<[Date | string | null, string | null]>([
    ["2026-11-24", "2026-11-24"],
    [new Date(Date.UTC(2026, 10, 24)), "2026-11-24"],
    [new Date("2026-07-01T23:30:00Z"), "2026-07-02"],
    [null, null],
  ])("toIsoDate(%j)", (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe("daysBetween", () => {
  it.each<[Date | string | null, Date | string | null, number | null]>([
    ["2026-11-24", "2026-11-24", 0],
    ["2026-11-24", "2026-11-25", 1],
    ["2026-11-25", "2026-11-24", -1],
    ["2026-03-28", "2026-03-30", 2], // across the BST change
    ["2026-10-24", "2026-10-26", 2], // across the GMT change
    ["2026-01-01", "2027-01-01", 365],
    [new Date(Date.UTC(2026, 10, 24)), "2026-12-24", 30],
    [null, "2026-11-24", null],
  ])("daysBetween(%j, %j)", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe("formatMoney", () => {
  it.each<[number | bigint, string]>([
    [0, "£0.00"],
    [5, "£0.05"],
    [50, "£0.50"],
    [1850, "£18.50"],
    [123456, "£1,234.56"],
    [100000000, "£1,000,000.00"],
    [-500, "-£5.00"],
    [-1, "-£0.01"],
    [1850n, "£18.50"],
    [-123456n, "-£1,234.56"],
    [900719925474099100n, "£9,007,199,254,740,991.00"],
    [1849.6, "£18.50"], // non-integer pence is rounded
  ])("formatMoney(%s) → %s", (input, expected) => {
    expect(formatMoney(input)).toBe(expected);
  });

  it("throws on non-finite input", () => {
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatRate", () => {
  it.each<[number | bigint, string]>([
    [1850, "£18.50 an hour"],
    [1200, "£12.00 an hour"],
    [10000n, "£100.00 an hour"],
  ])("formatRate(%s) → %s", (input, expected) => {
    expect(formatRate(input)).toBe(expected);
  });
});

describe("formatHours", () => {
  it.each<[number | string, string]>([
    [37.5, "37.5 hours"],
    [1, "1 hour"],
    [0, "0 hours"],
    [7.25, "7.25 hours"],
    [0.5, "0.5 hours"],
    [1000, "1,000 hours"],
    ["37.50", "37.5 hours"],
    [Number.NaN, ""],
  ])("formatHours(%j) → %j", (input, expected) => {
    expect(formatHours(input)).toBe(expected);
  });
});

describe("poundsToPence", () => {
  it.each<[string | null | undefined, number | null]>([
    ["18.50", 1850],
    ["18.5", 1850],
    ["18", 1800],
    ["18.", 1800],
    [".5", 50],
    ["0.01", 1],
    ["£1,234.5", 123450],
    ["£1,234.56", 123456],
    ["1,234,567.89", 123456789],
    ["  £ 18.50  ", 1850],
    ["0.29", 29], // 0.29 * 100 === 28.999999999999996 in floats
    ["1.15", 115], // 1.15 * 100 === 114.99999999999999 in floats
    ["4.35", 435],
    ["-5", -500],
    ["-£5.00", -500],
    ["£-5.00", -500],
    ["−£5.00", -500], // U+2212 minus sign
    ["-0", 0],
    ["", null],
    ["   ", null],
    ["£", null],
    [".", null],
    ["18.505", null],
    ["1,23.00", null],
    ["12,34", null],
    ["abc", null],
    ["1e3", null],
    ["18.50p", null],
    ["--5", null],
    ["99999999999999999999", null],
    [null, null],
    [undefined, null],
  ])("poundsToPence(%j) → %j", (input, expected) => {
    expect(poundsToPence(input)).toBe(expected);
  });
});

describe("penceToPoundsInput", () => {
  it.each<[number | bigint | null | undefined, string]>([
    [1850, "18.50"],
    [5, "0.05"],
    [0, "0.00"],
    [123456, "1234.56"],
    [-500, "-5.00"],
    [1850n, "18.50"],
    [null, ""],
    [undefined, ""],
  ])("penceToPoundsInput(%s) → %j", (input, expected) => {
    expect(penceToPoundsInput(input)).toBe(expected);
  });

  it.each(["0.29", "1.15", "18.50", "1234.56", "-5.00"])("round-trips %s", (input) => {
    expect(penceToPoundsInput(poundsToPence(input))).toBe(input);
  });
});

describe("pluralise", () => {
  it.each<[number, string, string | undefined, string]>([
    [0, "shift", undefined, "0 shifts"],
    [1, "shift", undefined, "1 shift"],
    [2, "shift", undefined, "2 shifts"],
    [-1, "day", undefined, "-1 day"],
    [1200, "person", "people", "1,200 people"],
    [1, "person", "people", "1 person"],
  ])("pluralise(%s, %j, %j) → %j", (count, singular, plural, expected) => {
    expect(pluralise(count, singular, plural)).toBe(expected);
  });

  it("can return the word alone", () => {
    expect(pluralise(3, "timesheet", undefined, { includeCount: false })).toBe("timesheets");
  });
});
