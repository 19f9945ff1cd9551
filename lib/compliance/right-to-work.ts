// Right to work (Immigration, Asylum and Nationality Act 2006 s15–s25 and the Home Office employer's guide):
// a check must be done before work starts; British/Irish citizens and people with settled status have no
// time limit; pre-settled status and other time-limited permission must be re-checked before it expires.
//
// Boundary: permission is valid up to and INCLUDING its expiry date, so work on the expiry day itself is covered
// and the first uncovered day is the day after. A check carried out after a day cannot cover that day (no
// statutory excuse before the check). The re-check alert opens 30 days before expiry (expiry − 30 days).
import { addDays, assertIsoDate, compareIsoDates, daysBetween, formatLongDate, plural } from "./dates";
import type { ComplianceCheckStatus, IsoDate, RightToWorkRoute } from "./types";

/** Days before expiry when a follow-up check becomes due (domain rule 5). */
export const RTW_RECHECK_ALERT_DAYS = 30;

export interface RightToWorkCheck {
  /** null when the route was not recorded; such a check cannot be relied on. */
  route: RightToWorkRoute | null;
  status: ComplianceCheckStatus;
  /** Last day of permission; required for PRE_SETTLED and TIME_LIMITED. */
  expiresAt?: IsoDate | null;
  /** Day the check was carried out; if given, it must be on or before the day being covered. */
  checkedOn?: IsoDate | null;
}

export type RightToWorkCode = "VALID" | "MISSING" | "NOT_PASSED" | "ROUTE_UNKNOWN" | "NO_EXPIRY" | "EXPIRED" | "CHECKED_AFTER_DATE";

export interface RightToWorkValidity {
  valid: boolean;
  code: RightToWorkCode;
  expiresAt: IsoDate | null;
  reason: string;
}

/** Routes with no time limit on the right to work. */
export function isUnlimitedRoute(route: RightToWorkRoute): boolean {
  return route === "BRITISH_OR_IRISH" || route === "SETTLED";
}

const ROUTE_LABEL: Record<RightToWorkRoute, string> = {
  BRITISH_OR_IRISH: "British or Irish citizen",
  SETTLED: "settled status",
  PRE_SETTLED: "pre-settled status",
  TIME_LIMITED: "time-limited permission",
};

type ChecksArg = RightToWorkCheck | ReadonlyArray<RightToWorkCheck> | null | undefined;

/** Accepts one check, several (e.g. a renewal) or none. */
function asList(checks: ChecksArg): ReadonlyArray<RightToWorkCheck> {
  if (checks === null || checks === undefined) return [];
  return Array.isArray(checks) ? checks : [checks as RightToWorkCheck];
}

/** Whether one check gives a right to work on `date` (IANA 2006 s15; expiry day itself is covered). */
function validityOfOne(check: RightToWorkCheck, date: IsoDate): RightToWorkValidity {
  const expiresAt = check.expiresAt ?? null;
  if (expiresAt !== null) assertIsoDate(expiresAt, "expiresAt");
  const on = formatLongDate(date);
  if (check.status !== "PASSED") {
    return { valid: false, code: "NOT_PASSED", expiresAt, reason: `The right to work check ${check.status === "PENDING" ? "is still pending" : "failed"}, so there is no right to work on ${on}.` };
  }
  if (check.checkedOn) {
    assertIsoDate(check.checkedOn, "checkedOn");
    if (compareIsoDates(check.checkedOn, date) > 0) {
      return { valid: false, code: "CHECKED_AFTER_DATE", expiresAt, reason: `The right to work check was carried out on ${formatLongDate(check.checkedOn)}, after ${on}.` };
    }
  }
  if (check.route === null) {
    return { valid: false, code: "ROUTE_UNKNOWN", expiresAt, reason: "The right to work check does not record the route (British or Irish, settled, pre-settled or time-limited)." };
  }
  if (isUnlimitedRoute(check.route)) {
    return { valid: true, code: "VALID", expiresAt: null, reason: `Right to work confirmed (${ROUTE_LABEL[check.route]}, no time limit).` };
  }
  if (expiresAt === null) {
    return { valid: false, code: "NO_EXPIRY", expiresAt, reason: `The right to work is ${ROUTE_LABEL[check.route]} but no expiry date is recorded.` };
  }
  if (compareIsoDates(expiresAt, date) < 0) {
    return { valid: false, code: "EXPIRED", expiresAt, reason: `Right to work expired on ${formatLongDate(expiresAt)}, before ${on}.` };
  }
  return { valid: true, code: "VALID", expiresAt, reason: `Right to work valid on ${on} (${ROUTE_LABEL[check.route]} until ${formatLongDate(expiresAt)}).` };
}

// When no check is valid, report the most useful failure: an expired check beats a pending one, and so on.
const FAILURE_RANK: Record<RightToWorkCode, number> = {
  VALID: 0, EXPIRED: 1, CHECKED_AFTER_DATE: 2, NO_EXPIRY: 3, ROUTE_UNKNOWN: 4, NOT_PASSED: 5, MISSING: 6,
};

/** Right to work on `date` from one or more checks: valid if any check covers that day (IANA 2006 s15). */
export function rightToWorkValidOn(checks: ChecksArg, date: IsoDate): RightToWorkValidity {
  assertIsoDate(date, "date");
  const results = asList(checks).map((c) => validityOfOne(c, date));
  if (results.length === 0) {
    return { valid: false, code: "MISSING", expiresAt: null, reason: `No right to work check is recorded, so there is no right to work on ${formatLongDate(date)}.` };
  }
  const valid = results.filter((r) => r.valid);
  if (valid.length > 0) {
    // Prefer unlimited permission, then the latest expiry.
    return valid.sort((a, b) => (a.expiresAt === null ? -1 : b.expiresAt === null ? 1 : compareIsoDates(b.expiresAt, a.expiresAt)))[0];
  }
  return results.sort(
    (a, b) => FAILURE_RANK[a.code] - FAILURE_RANK[b.code] || compareIsoDates(b.expiresAt ?? "0001-01-01", a.expiresAt ?? "0001-01-01"),
  )[0];
}

export interface RecheckStatus {
  due: boolean;
  /** expiry − 30 days; null when no re-check applies or no expiry is recorded. */
  recheckFrom: IsoDate | null;
  expiresAt: IsoDate | null;
  /** Days from asOf to expiry (0 on the expiry day, negative once expired); null without an expiry. */
  daysUntilExpiry: number | null;
  reason: string;
}

/** Whether a follow-up right to work check is due on `asOf` (Home Office guide: re-check before expiry; alert 30 days ahead). */
export function recheckDue(check: RightToWorkCheck | null | undefined, asOf: IsoDate): RecheckStatus {
  assertIsoDate(asOf, "asOf");
  if (!check) return { due: true, recheckFrom: null, expiresAt: null, daysUntilExpiry: null, reason: "No right to work check is recorded; a check is needed now." };
  if (check.route !== null && isUnlimitedRoute(check.route)) {
    return { due: false, recheckFrom: null, expiresAt: null, daysUntilExpiry: null, reason: `No follow-up check needed: ${ROUTE_LABEL[check.route]} has no time limit.` };
  }
  const expiresAt = check.expiresAt ?? null;
  if (expiresAt === null) {
    return { due: true, recheckFrom: null, expiresAt: null, daysUntilExpiry: null, reason: "Time-limited or unrecorded permission has no expiry date recorded; check again now and record the expiry." };
  }
  assertIsoDate(expiresAt, "expiresAt");
  const recheckFrom = addDays(expiresAt, -RTW_RECHECK_ALERT_DAYS);
  const daysUntilExpiry = daysBetween(asOf, expiresAt);
  const base = { recheckFrom, expiresAt, daysUntilExpiry };
  if (daysUntilExpiry < 0) {
    return { ...base, due: true, reason: `Right to work expired on ${formatLongDate(expiresAt)}; the worker may not work until a new check passes.` };
  }
  if (compareIsoDates(asOf, recheckFrom) >= 0) {
    return { ...base, due: true, reason: `Follow-up check due: permission expires on ${formatLongDate(expiresAt)} (${daysUntilExpiry === 0 ? "today" : `in ${plural(daysUntilExpiry, "day")}`}).` };
  }
  return { ...base, due: false, reason: `Permission runs until ${formatLongDate(expiresAt)}; a follow-up check is due from ${formatLongDate(recheckFrom)}.` };
}

export interface WeekCoverage {
  covered: boolean;
  /** Worked days with no valid right to work (or outside the week). */
  uncoveredDates: IsoDate[];
  reasons: string[];
}

/** Whether right to work covers every day worked in the week starting `weekStart` (IANA 2006 s15; rule 5). */
export function rightToWorkCoversWeek(checks: ChecksArg, weekStart: IsoDate, datesWorked: ReadonlyArray<IsoDate>): WeekCoverage {
  assertIsoDate(weekStart, "weekStart");
  const weekEnd = addDays(weekStart, 6);
  const days = [...new Set(datesWorked)].sort(compareIsoDates);
  const uncoveredDates: IsoDate[] = [];
  const reasons: string[] = [];
  for (const day of days) {
    assertIsoDate(day, "date worked");
    if (compareIsoDates(day, weekStart) < 0 || compareIsoDates(day, weekEnd) > 0) {
      uncoveredDates.push(day);
      reasons.push(`${formatLongDate(day)} is not in the week beginning ${formatLongDate(weekStart)}.`);
      continue;
    }
    const v = rightToWorkValidOn(checks, day);
    if (!v.valid) {
      uncoveredDates.push(day);
      reasons.push(v.reason);
    }
  }
  if (days.length === 0) return { covered: true, uncoveredDates, reasons: [`No days worked in the week beginning ${formatLongDate(weekStart)}.`] };
  if (uncoveredDates.length === 0) {
    return { covered: true, uncoveredDates, reasons: [`Right to work covers all ${plural(days.length, "day")} worked in the week beginning ${formatLongDate(weekStart)}.`] };
  }
  return { covered: false, uncoveredDates, reasons };
}
