// Agency Workers Regulations 2010 (SI 2010/93), reg 7: the 12-week qualifying period for equal treatment.
// One clock per worker × hirer × substantially-same role; the caller passes the weeks for one such pairing.
//
// Interpretation (documented because the Regulations leave room):
// - A calendar week runs Monday–Sunday; it counts if the worker did any work for the hirer in it (reg 7(4)).
// - A run of consecutive weeks without work is a "break". The clock PAUSES (keeps its count, adds nothing) when
//   the break is no more than 6 weeks (reg 7(8)(a)). Weeks with a sickness or jury-service absence are tallied
//   separately and may pause the clock for up to 28 weeks (reg 7(8)(b), (e)). A break therefore resets the
//   clock as soon as it has more than 28 sickness/jury weeks OR more than 6 other weeks. Allowing a sickness
//   break and an ordinary break to sit back to back errs on the worker's side, the safe side for the agency.
// - Annual leave (reg 7(8)(c)) is treated as an ordinary pause-not-reset week that counts toward the 6-week
//   limit, as the brief asks; it never counts as a qualifying week.
// - Pregnancy, childbirth and maternity absences keep the clock running (reg 7(9)): each such week without
//   work is COUNTED as if worked, and it ends any break in progress. After the clock has reset during a break,
//   maternity weeks no longer count (there is no live clock to keep running until work resumes).
// - A non-worked week is attributed to an absence type when an absence of that type overlaps any day of it;
//   precedence is pregnancy/maternity, then sickness/jury service, then annual leave/other.
// - A change to a substantially different role (a different role key from the last worked week) resets the
//   clock (reg 7(2)-(3)); the week in the new role is week 1. Weeks with no role key keep the current role.
// - Worked weeks starting after `asOf` are ignored. The week containing `asOf` counts if worked; if it is not
//   worked it is still in progress, so it is neither a break week nor counted.
// - qualifyingDate is the Monday of the 13th week, i.e. the first day equal treatment applies. When not yet
//   qualified it is projected on the assumption that the worker works in every week from `asOf` onward.
import {
  addDays,
  addWeeks,
  assertIsoDate,
  compareIsoDates,
  formatLongDate,
  formatLongDateWithDay,
  mondayOf,
  plural,
  sundayOf,
} from "./dates";
import type { AbsenceType, IsoDate } from "./types";

/** Weeks needed to qualify for equal treatment (reg 7(2)). */
export const AWR_QUALIFYING_WEEKS = 12;
/** The agency is alerted once the clock reaches this many weeks. */
export const AWR_ALERT_WEEK = 10;
/** Longest break, for any reason, that only pauses the clock (reg 7(8)(a)). */
export const AWR_MAX_BREAK_WEEKS = 6;
/** Longest sickness or jury-service break that only pauses the clock (reg 7(8)(b), (e)). */
export const AWR_MAX_SICKNESS_BREAK_WEEKS = 28;

/** A week in which the worker did any work; `week` may be any day of it (it is snapped to the Monday). */
export interface AwrWorkedWeek {
  week: IsoDate;
  /** Identifies a substantially-same role; a different key from the previous worked week resets the clock. */
  roleKey?: string | null;
}

export interface AwrAbsence {
  type: AbsenceType;
  start: IsoDate;
  /** Inclusive last day of the absence. */
  end: IsoDate;
}

export interface AwrInput {
  workedWeeks: ReadonlyArray<IsoDate | AwrWorkedWeek>;
  absences?: ReadonlyArray<AwrAbsence>;
  asOf: IsoDate;
}

export type AwrEventKind = "counted" | "paused" | "reset" | "not-counting";

export interface AwrEvent {
  /** Monday of the calendar week the event is about. */
  week: IsoDate;
  kind: AwrEventKind;
  reason: string;
  /** The count after this event. */
  weeksCounted: number;
}

export interface AwrClockResult {
  weeksCounted: number;
  qualified: boolean;
  /** Monday of the 13th week: the day equal treatment starts (actual if qualified, otherwise projected). */
  qualifyingDate: IsoDate;
  qualifyingDateProjected: boolean;
  /** Counted weeks still needed (0 once qualified). */
  weeksToQualify: number;
  /** weeksCounted >= 10 and not yet qualified. */
  alertDue: boolean;
  events: AwrEvent[];
  explanation: string[];
}

type WeekClass = "maternity" | "sickness" | "jury" | "annual-leave" | "none";

/** Groups worked weeks by Monday, keeping role keys in input order; drops weeks starting after asOf. */
function collectWorkedWeeks(input: AwrInput): { weeks: Map<IsoDate, string[]>; ignoredAfterAsOf: number } {
  const weeks = new Map<IsoDate, string[]>();
  const asOfMonday = mondayOf(input.asOf);
  let ignoredAfterAsOf = 0;
  for (const entry of input.workedWeeks) {
    const raw = typeof entry === "string" ? entry : entry.week;
    assertIsoDate(raw, "worked week");
    const monday = mondayOf(raw);
    if (compareIsoDates(monday, asOfMonday) > 0) {
      ignoredAfterAsOf += 1;
      continue;
    }
    const roles = weeks.get(monday) ?? [];
    const role = typeof entry === "string" ? null : (entry.roleKey ?? null);
    if (role !== null && !roles.includes(role)) roles.push(role);
    weeks.set(monday, roles);
  }
  return { weeks, ignoredAfterAsOf };
}

/** Classifies a non-worked week by the absences overlapping it (maternity > sickness/jury > leave/other). */
function classifyWeek(monday: IsoDate, absences: ReadonlyArray<AwrAbsence>): WeekClass {
  const sunday = addDays(monday, 6);
  const types = new Set<AbsenceType>();
  for (const a of absences) {
    if (compareIsoDates(a.start, sunday) <= 0 && compareIsoDates(a.end, monday) >= 0) types.add(a.type);
  }
  if (types.has("PREGNANCY_MATERNITY")) return "maternity";
  if (types.has("SICKNESS")) return "sickness";
  if (types.has("JURY_SERVICE")) return "jury";
  if (types.has("ANNUAL_LEAVE")) return "annual-leave";
  return "none";
}

const BREAK_LABEL: Record<Exclude<WeekClass, "maternity">, string> = {
  sickness: "sickness absence",
  jury: "jury service",
  "annual-leave": "annual leave",
  none: "no work",
};

/** Computes the AWR qualifying clock for one worker × hirer × role as at `asOf` (AWR 2010 reg 7). */
export function computeAwrClock(input: AwrInput): AwrClockResult {
  assertIsoDate(input.asOf, "asOf");
  const absences = input.absences ?? [];
  for (const a of absences) {
    assertIsoDate(a.start, "absence start");
    assertIsoDate(a.end, "absence end");
    if (compareIsoDates(a.end, a.start) < 0) throw new RangeError(`absence ends (${a.end}) before it starts (${a.start})`);
  }
  const { weeks, ignoredAfterAsOf } = collectWorkedWeeks(input);
  const asOfMonday = mondayOf(input.asOf);
  const events: AwrEvent[] = [];

  let count = 0;
  // Held in an object so TypeScript does not narrow them to their initial null across the closures below.
  const marks: { twelfthWeek: IsoDate | null; lastReset: { week: IsoDate; reason: string } | null } = { twelfthWeek: null, lastReset: null };
  let role: string | null = null;
  let breakOther = 0;
  let breakSick = 0;
  let resetInBreak = false;
  let asOfWeekCounted = false;

  const countWeek = (week: IsoDate, reason: string) => {
    count += 1;
    if (count === AWR_QUALIFYING_WEEKS) marks.twelfthWeek = week;
    events.push({ week, kind: "counted", reason, weeksCounted: count });
    if (week === asOfMonday) asOfWeekCounted = true;
  };
  const reset = (week: IsoDate, reason: string) => {
    count = 0;
    marks.twelfthWeek = null;
    marks.lastReset = { week, reason };
    events.push({ week, kind: "reset", reason, weeksCounted: 0 });
  };
  const endBreak = () => {
    breakOther = 0;
    breakSick = 0;
    resetInBreak = false;
  };

  const sorted = [...weeks.keys()].sort(compareIsoDates);
  for (let week = sorted[0]; sorted.length > 0 && compareIsoDates(week, asOfMonday) <= 0; week = addWeeks(week, 1)) {
    const roles = weeks.get(week);
    if (roles) {
      endBreak();
      if (role !== null && roles.length > 0 && !roles.includes(role)) {
        const next = roles[0];
        if (count > 0) reset(week, `Role changed from "${role}" to "${next}", a substantially different role, so the clock restarts`);
        role = next;
      } else if (role === null && roles.length > 0) {
        role = roles[0];
      }
      countWeek(week, `Worked in the week beginning ${formatLongDate(week)}`);
      continue;
    }
    if (compareIsoDates(sundayOf(week), input.asOf) >= 0) continue; // week still in progress at asOf
    const kind = classifyWeek(week, absences);
    if (resetInBreak) {
      events.push({ week, kind: "not-counting", reason: `No work (${kind === "maternity" ? "pregnancy or maternity absence" : BREAK_LABEL[kind]}); the clock has already reset in this break`, weeksCounted: 0 });
      continue;
    }
    if (kind === "maternity") {
      endBreak();
      countWeek(week, "Pregnancy or maternity absence: the clock keeps running, so this week counts");
      continue;
    }
    if (kind === "sickness" || kind === "jury") breakSick += 1;
    else breakOther += 1;
    if (breakSick > AWR_MAX_SICKNESS_BREAK_WEEKS) {
      resetInBreak = true;
      reset(week, `Sickness or jury-service break of more than ${AWR_MAX_SICKNESS_BREAK_WEEKS} weeks (week ${breakSick} of it), so the clock resets to zero`);
    } else if (breakOther > AWR_MAX_BREAK_WEEKS) {
      resetInBreak = true;
      reset(week, `Break of more than ${AWR_MAX_BREAK_WEEKS} weeks (week ${breakOther} of it, ${BREAK_LABEL[kind]}), so the clock resets to zero`);
    } else {
      const limit = kind === "sickness" || kind === "jury" ? `${breakSick} of up to ${AWR_MAX_SICKNESS_BREAK_WEEKS}` : `${breakOther} of up to ${AWR_MAX_BREAK_WEEKS}`;
      events.push({ week, kind: "paused", reason: `Break week (${BREAK_LABEL[kind]}, ${limit}): the clock pauses at ${plural(count, "week")}`, weeksCounted: count });
    }
  }

  const qualified = count >= AWR_QUALIFYING_WEEKS;
  const weeksToQualify = Math.max(0, AWR_QUALIFYING_WEEKS - count);
  let qualifyingDate: IsoDate;
  if (qualified && marks.twelfthWeek !== null) {
    qualifyingDate = addWeeks(marks.twelfthWeek, 1);
  } else {
    const nextCountable = asOfWeekCounted ? addWeeks(asOfMonday, 1) : asOfMonday;
    qualifyingDate = addWeeks(nextCountable, weeksToQualify);
  }
  const alertDue = count >= AWR_ALERT_WEEK && !qualified;

  const explanation: string[] = [`${count} of ${AWR_QUALIFYING_WEEKS} qualifying weeks counted as at ${formatLongDate(input.asOf)}.`];
  if (qualified) {
    explanation.push(`Qualified: the 12th qualifying week was the week beginning ${formatLongDate(addWeeks(qualifyingDate, -1))}; equal basic pay and conditions apply from ${formatLongDateWithDay(qualifyingDate)}.`);
  } else {
    explanation.push(`Not yet qualified: if the worker works in every week from ${formatLongDate(input.asOf)}, equal treatment would apply from ${formatLongDateWithDay(qualifyingDate)} (${plural(weeksToQualify, "more week")} needed).`);
  }
  if (alertDue) explanation.push(`Week ${AWR_ALERT_WEEK} alert: the worker is ${plural(weeksToQualify, "week")} from qualifying; prepare equal pay and conditions.`);
  const pausedNow = !resetInBreak && breakOther + breakSick > 0;
  if (pausedNow) explanation.push(`The clock is paused: the current break has lasted ${plural(breakOther + breakSick, "week")}.`);
  const lr = marks.lastReset;
  if (lr) explanation.push(`Last reset in the week beginning ${formatLongDate(lr.week)}: ${lr.reason}.`);
  if (sorted.length === 0) explanation.push("No worked weeks recorded with this hirer in this role yet.");
  if (ignoredAfterAsOf > 0) explanation.push(`${plural(ignoredAfterAsOf, "worked week")} after ${formatLongDate(input.asOf)} ignored.`);

  return { weeksCounted: count, qualified, qualifyingDate, qualifyingDateProjected: !qualified, weeksToQualify, alertDue, events, explanation };
}

/**
 * Monday of the first week counted in the clock's current run (after its last reset), or null when nothing
 * is counted. Stable while the clock pauses, so it identifies "this run of the clock": a week-10 alert keyed
 * on it is sent once per run, and again only if the clock resets and reaches week 10 afresh.
 */
export function awrClockStart(clock: Pick<AwrClockResult, "events" | "weeksCounted">): IsoDate | null {
  if (clock.weeksCounted === 0) return null;
  let lastReset = -1;
  clock.events.forEach((e, i) => {
    if (e.kind === "reset") lastReset = i;
  });
  const first = clock.events.slice(lastReset + 1).find((e) => e.kind === "counted");
  return first ? first.week : null;
}
