// Conduct of Employment Agencies and Employment Businesses Regulations 2003 (SI 2003/3319), reg 10:
// a temp-to-perm transfer fee may be charged only within the "relevant period", which ends on the LATER of
//   (a) 14 weeks commencing on the first day the worker worked for the hirer under the assignment, and
//   (b) 8 weeks commencing on the day after the day the worker last worked for the hirer,
// and assignments before a break of more than 42 days are disregarded.
//
// Definitions used here:
// - The gap between two assignments is the number of whole calendar days between them on which the worker
//   was not assigned: next.start − previous.end − 1 (an assignment ending Friday and the next starting Monday
//   has a 2-day gap). A gap of 42 days continues the period; 43 days restarts it.
// - `feeFreeDate` is the FIRST DAY ON WHICH A FEE MAY NOT BE CHARGED. The 14-week limb gives start + 14 weeks
//   (start is day 1, so day 98 is start + 97). The 8-week limb gives end + 57 days: the 8 weeks commence the
//   day after the end (end + 1 … end + 56), so the first free day is end + 8 weeks + 1 day. A conversion on the
//   fee-free date itself is OUTSIDE the window (no fee); the day before is the last chargeable day.
// - An ongoing assignment (end null) cannot yet fix limb (b): the result gives the 14-week date with
//   `dependsOnEnd: true`; the true fee-free date is at least 8 weeks after whenever the assignment ends.
import { addDays, addWeeks, assertIsoDate, compareIsoDates, daysBetween, formatLongDate, plural } from "./dates";
import type { IsoDate } from "./types";

/** Gap, in days, above which earlier assignments are disregarded (reg 10). */
export const FEE_WINDOW_MAX_GAP_DAYS = 42;
/** Weeks from the first day worked (reg 10, limb a). */
export const FEE_WINDOW_WEEKS_FROM_START = 14;
/** Weeks commencing the day after the last day worked (reg 10, limb b). */
export const FEE_WINDOW_WEEKS_AFTER_END = 8;

export interface AssignmentPeriod {
  start: IsoDate;
  /** Inclusive last day worked; null while the assignment is ongoing. */
  end: IsoDate | null;
}

export interface FeeWindowRestart {
  previousEnd: IsoDate;
  nextStart: IsoDate;
  gapDays: number;
}

export interface FeeWindowResult {
  /** Start of the first assignment after the last gap of more than 42 days; null with no assignments. */
  periodStart: IsoDate | null;
  /** Last day of the latest assignment in the period; null if ongoing or no assignments. */
  periodEnd: IsoDate | null;
  /** First fee-free day on the 14-week limb: periodStart + 14 weeks. */
  fourteenWeekDate: IsoDate | null;
  /** First fee-free day on the 8-week limb: periodEnd + 8 weeks + 1 day; null while ongoing. */
  eightWeekDate: IsoDate | null;
  /** First day a fee may NOT be charged (the later limb); the 14-week date while ongoing. */
  feeFreeDate: IsoDate | null;
  /** Last day a fee may be charged (feeFreeDate − 1 day). */
  lastChargeableDate: IsoDate | null;
  /** True while an assignment in the period has no end date: the fee-free date will move later. */
  dependsOnEnd: boolean;
  /** Whether a fee could be charged for a conversion on `asOf`. */
  feeChargeableOnAsOf: boolean;
  /** Days from asOf to the fee-free date (0 or negative once reached); null with no assignments. */
  daysUntilFeeFree: number | null;
  restarts: FeeWindowRestart[];
  explanation: string[];
}

/** Validates and sorts assignments by start date (then end, ongoing last). */
function sortAssignments(assignments: ReadonlyArray<AssignmentPeriod>): AssignmentPeriod[] {
  for (const a of assignments) {
    assertIsoDate(a.start, "assignment start");
    if (a.end !== null) {
      assertIsoDate(a.end, "assignment end");
      if (compareIsoDates(a.end, a.start) < 0) throw new RangeError(`assignment ends (${a.end}) before it starts (${a.start})`);
    }
  }
  return [...assignments].sort(
    (x, y) => compareIsoDates(x.start, y.start) || (x.end === null ? 1 : y.end === null ? -1 : compareIsoDates(x.end, y.end)),
  );
}

/** Computes the transfer-fee window for one worker × hirer (Conduct Regs 2003 reg 10). */
export function computeFeeWindow(assignments: ReadonlyArray<AssignmentPeriod>, asOf: IsoDate): FeeWindowResult {
  assertIsoDate(asOf, "asOf");
  const sorted = sortAssignments(assignments);
  if (sorted.length === 0) {
    return {
      periodStart: null, periodEnd: null, fourteenWeekDate: null, eightWeekDate: null, feeFreeDate: null,
      lastChargeableDate: null, dependsOnEnd: false, feeChargeableOnAsOf: false, daysUntilFeeFree: null, restarts: [],
      explanation: ["No assignments with this hirer, so no transfer fee can arise from a supply."],
    };
  }

  const restarts: FeeWindowRestart[] = [];
  let periodStart = sorted[0].start;
  let periodEnd: IsoDate | null = sorted[0].end; // null = ongoing
  for (const a of sorted.slice(1)) {
    if (periodEnd !== null) {
      const gapDays = daysBetween(periodEnd, a.start) - 1;
      if (gapDays > FEE_WINDOW_MAX_GAP_DAYS) {
        restarts.push({ previousEnd: periodEnd, nextStart: a.start, gapDays });
        periodStart = a.start;
        periodEnd = a.end;
        continue;
      }
    }
    periodEnd = periodEnd === null || a.end === null ? null : compareIsoDates(a.end, periodEnd) > 0 ? a.end : periodEnd;
  }

  const fourteenWeekDate = addWeeks(periodStart, FEE_WINDOW_WEEKS_FROM_START);
  const eightWeekDate = periodEnd === null ? null : addDays(addWeeks(periodEnd, FEE_WINDOW_WEEKS_AFTER_END), 1);
  const feeFreeDate = eightWeekDate !== null && compareIsoDates(eightWeekDate, fourteenWeekDate) > 0 ? eightWeekDate : fourteenWeekDate;
  const dependsOnEnd = periodEnd === null;
  const daysUntilFeeFree = daysBetween(asOf, feeFreeDate);
  const feeChargeableOnAsOf = compareIsoDates(asOf, periodStart) >= 0 && (dependsOnEnd || compareIsoDates(asOf, feeFreeDate) < 0);

  const explanation: string[] = [];
  for (const r of restarts) {
    explanation.push(`A gap of ${plural(r.gapDays, "day")} (more than ${FEE_WINDOW_MAX_GAP_DAYS}) between ${formatLongDate(r.previousEnd)} and ${formatLongDate(r.nextStart)} restarted the count.`);
  }
  explanation.push(`The period of assignment started on ${formatLongDate(periodStart)}; 14 weeks from then ends before ${formatLongDate(fourteenWeekDate)}.`);
  if (dependsOnEnd) {
    explanation.push(`The assignment is ongoing, so the fee-free date is at least ${formatLongDate(fourteenWeekDate)} and will be 8 weeks after the last day worked if that is later.`);
  } else {
    explanation.push(`The last day worked is ${formatLongDate(periodEnd as IsoDate)}; 8 weeks after that ends before ${formatLongDate(eightWeekDate as IsoDate)}.`);
    explanation.push(`No transfer fee may be charged for a conversion on or after ${formatLongDate(feeFreeDate)}; the last day a fee may apply is ${formatLongDate(addDays(feeFreeDate, -1))}.`);
  }

  return {
    periodStart, periodEnd, fourteenWeekDate, eightWeekDate, feeFreeDate, lastChargeableDate: addDays(feeFreeDate, -1),
    dependsOnEnd, feeChargeableOnAsOf, daysUntilFeeFree, restarts, explanation,
  };
}

export interface FeeWindowDecision {
  within: boolean;
  reason: string;
}

/** Whether a conversion on `conversionDate` falls inside the fee window, with the reason (reg 10). */
export function feeWindowStatus(conversionDate: IsoDate, result: FeeWindowResult): FeeWindowDecision {
  assertIsoDate(conversionDate, "conversionDate");
  const when = formatLongDate(conversionDate);
  if (result.periodStart === null || result.feeFreeDate === null) {
    return { within: false, reason: `No assignment with this hirer, so no transfer fee applies to a conversion on ${when}.` };
  }
  if (compareIsoDates(conversionDate, result.periodStart) < 0) {
    return { within: false, reason: `The conversion on ${when} is before the assignment period started on ${formatLongDate(result.periodStart)}.` };
  }
  if (result.dependsOnEnd) {
    return { within: true, reason: `The assignment is still ongoing, so a conversion on ${when} is within the fee window (it runs until 8 weeks after the last day worked, and at least until ${formatLongDate(result.lastChargeableDate as IsoDate)}).` };
  }
  if (compareIsoDates(conversionDate, result.feeFreeDate) < 0) {
    return { within: true, reason: `A conversion on ${when} is within the fee window, which ends on ${formatLongDate(result.lastChargeableDate as IsoDate)}; a fee may apply (or be waived, recorded as £0).` };
  }
  return { within: false, reason: `A conversion on ${when} is on or after the fee-free date ${formatLongDate(result.feeFreeDate)}, so no transfer fee may be charged.` };
}

/** True when a transfer fee may be charged for a conversion on `conversionDate` (reg 10). */
export function isWithinFeeWindow(conversionDate: IsoDate, result: FeeWindowResult): boolean {
  return feeWindowStatus(conversionDate, result).within;
}
