import { describe, expect, it } from "vitest";
import { recheckDue, rightToWorkCoversWeek, rightToWorkValidOn, type RightToWorkCheck, type RightToWorkCode } from "./right-to-work";
import type { IsoDate } from "./types";

const british: RightToWorkCheck = { route: "BRITISH_OR_IRISH", status: "PASSED", checkedOn: "2026-10-01" };
const settled: RightToWorkCheck = { route: "SETTLED", status: "PASSED" };
const limited = (expiresAt: IsoDate | null, extra: Partial<RightToWorkCheck> = {}): RightToWorkCheck => ({ route: "TIME_LIMITED", status: "PASSED", expiresAt, ...extra });

describe("rightToWorkValidOn", () => {
  it.each<[string, RightToWorkCheck | RightToWorkCheck[] | null, IsoDate, boolean, RightToWorkCode, string]>([
    ["British or Irish: valid, no expiry", british, "2026-12-01", true, "VALID", "Right to work confirmed (British or Irish citizen, no time limit)."],
    ["settled status: valid, no expiry", settled, "2030-01-01", true, "VALID", "Right to work confirmed (settled status, no time limit)."],
    ["missing check: invalid", null, "2026-12-01", false, "MISSING", "No right to work check is recorded, so there is no right to work on 1 December 2026."],
    ["pending check: invalid", { ...british, status: "PENDING" }, "2026-12-01", false, "NOT_PASSED", "The right to work check is still pending, so there is no right to work on 1 December 2026."],
    ["failed check: invalid", { ...british, status: "FAILED" }, "2026-12-01", false, "NOT_PASSED", "The right to work check failed, so there is no right to work on 1 December 2026."],
    ["time-limited without expiry: invalid", limited(null), "2026-12-01", false, "NO_EXPIRY", "The right to work is time-limited permission but no expiry date is recorded."],
    ["pre-settled without expiry: invalid", { route: "PRE_SETTLED", status: "PASSED" }, "2026-12-01", false, "NO_EXPIRY", "The right to work is pre-settled status but no expiry date is recorded."],
    ["expiry ON the date is still valid that day", limited("2026-12-01"), "2026-12-01", true, "VALID", "Right to work valid on 1 December 2026 (time-limited permission until 1 December 2026)."],
    ["expiry the day before is invalid", limited("2026-11-30"), "2026-12-01", false, "EXPIRED", "Right to work expired on 30 November 2026, before 1 December 2026."],
    ["pre-settled with a future expiry is valid", { route: "PRE_SETTLED", status: "PASSED", expiresAt: "2027-06-30" }, "2026-12-01", true, "VALID", "Right to work valid on 1 December 2026 (pre-settled status until 30 June 2027)."],
    ["checked after the date cannot cover it", { ...british, checkedOn: "2026-12-02" }, "2026-12-01", false, "CHECKED_AFTER_DATE", "The right to work check was carried out on 2 December 2026, after 1 December 2026."],
    ["checked on the date covers it", { ...british, checkedOn: "2026-12-01" }, "2026-12-01", true, "VALID", "Right to work confirmed (British or Irish citizen, no time limit)."],
    ["route not recorded", { route: null, status: "PASSED" }, "2026-12-01", false, "ROUTE_UNKNOWN", "The right to work check does not record the route (British or Irish, settled, pre-settled or time-limited)."],
    ["renewed permission: the newer check covers the date", [limited("2026-11-03"), limited("2027-11-03")], "2026-12-01", true, "VALID", "Right to work valid on 1 December 2026 (time-limited permission until 3 November 2027)."],
    ["expired beats pending when choosing the reason", [{ ...british, status: "PENDING" }, limited("2026-11-03")], "2026-12-01", false, "EXPIRED", "Right to work expired on 3 November 2026, before 1 December 2026."],
  ])("%s", (_name, checks, date, valid, code, reason) => {
    const result = rightToWorkValidOn(checks, date);
    expect(result.valid).toBe(valid);
    expect(result.code).toBe(code);
    expect(result.reason).toBe(reason);
  });
});

describe("recheckDue", () => {
  it.each<[string, RightToWorkCheck | null, IsoDate, boolean, IsoDate | null, number | null, string]>([
    ["British: never", british, "2026-11-24", false, null, null, "No follow-up check needed: British or Irish citizen has no time limit."],
    ["settled: never", settled, "2026-11-24", false, null, null, "No follow-up check needed: settled status has no time limit."],
    ["no check: due now", null, "2026-11-24", true, null, null, "No right to work check is recorded; a check is needed now."],
    ["no expiry recorded: due now", limited(null), "2026-11-24", true, null, null, "Time-limited or unrecorded permission has no expiry date recorded; check again now and record the expiry."],
    ["31 days before expiry: not yet", limited("2026-12-25"), "2026-11-24", false, "2026-11-25", 31, "Permission runs until 25 December 2026; a follow-up check is due from 25 November 2026."],
    ["exactly 30 days before expiry: due", limited("2026-12-24"), "2026-11-24", true, "2026-11-24", 30, "Follow-up check due: permission expires on 24 December 2026 (in 30 days)."],
    ["1 day before expiry: due", limited("2026-11-25"), "2026-11-24", true, "2026-10-26", 1, "Follow-up check due: permission expires on 25 November 2026 (in 1 day)."],
    ["on the expiry day: due", limited("2026-11-24"), "2026-11-24", true, "2026-10-25", 0, "Follow-up check due: permission expires on 24 November 2026 (today)."],
    ["after expiry: overdue", limited("2026-11-03"), "2026-11-24", true, "2026-10-04", -21, "Right to work expired on 3 November 2026; the worker may not work until a new check passes."],
    ["pre-settled far from expiry", { route: "PRE_SETTLED", status: "PASSED", expiresAt: "2028-01-31" }, "2026-11-24", false, "2028-01-01", 433, "Permission runs until 31 January 2028; a follow-up check is due from 1 January 2028."],
  ])("%s", (_name, check, asOf, due, recheckFrom, daysUntilExpiry, reason) => {
    const result = recheckDue(check, asOf);
    expect(result.due).toBe(due);
    expect(result.recheckFrom).toBe(recheckFrom);
    expect(result.daysUntilExpiry).toBe(daysUntilExpiry);
    expect(result.reason).toBe(reason);
  });
});

describe("rightToWorkCoversWeek", () => {
  const week = "2026-11-23"; // Monday
  it.each<[string, RightToWorkCheck | RightToWorkCheck[] | null, IsoDate[], boolean, IsoDate[]]>([
    ["no days worked", null, [], true, []],
    ["British: all days", british, ["2026-11-23", "2026-11-24", "2026-11-25"], true, []],
    ["expires mid-week after the last day worked", limited("2026-11-25"), ["2026-11-23", "2026-11-24", "2026-11-25"], true, []],
    ["expires mid-week before some days worked", limited("2026-11-24"), ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"], false, ["2026-11-25", "2026-11-26"]],
    ["no check at all", null, ["2026-11-23"], false, ["2026-11-23"]],
    ["duplicates are counted once", limited("2026-11-22"), ["2026-11-23", "2026-11-23"], false, ["2026-11-23"]],
    ["a date outside the week is flagged", british, ["2026-11-30"], false, ["2026-11-30"]],
    ["check done mid-week covers only later days", { ...british, checkedOn: "2026-11-25" }, ["2026-11-24", "2026-11-25"], false, ["2026-11-24"]],
    ["renewal mid-week covers the rest", [limited("2026-11-24"), limited("2027-11-24", { checkedOn: "2026-11-24" })], ["2026-11-23", "2026-11-26"], true, []],
    ["weekend work counts too", limited("2026-11-28"), ["2026-11-28", "2026-11-29"], false, ["2026-11-29"]],
  ])("%s", (_name, checks, dates, covered, uncovered) => {
    const result = rightToWorkCoversWeek(checks, week, dates);
    expect(result.covered).toBe(covered);
    expect(result.uncoveredDates).toEqual(uncovered);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it("gives the reason for each uncovered day", () => {
    const result = rightToWorkCoversWeek(limited("2026-11-24"), week, ["2026-11-25"]);
    expect(result.reasons).toEqual(["Right to work expired on 24 November 2026, before 25 November 2026."]);
  });
});
