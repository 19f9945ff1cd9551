// Small UTC helpers for ISO calendar dates (`YYYY-MM-DD`). Every date is treated as midnight UTC so that
// arithmetic never drifts across British Summer Time changes or the server's time zone.
import type { IsoDate } from "./types";

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** True when `value` is a real calendar date written as `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE_SHAPE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Throws a RangeError naming the field when `value` is not a valid ISO calendar date. */
export function assertIsoDate(value: unknown, field = "date"): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${field} must be a calendar date written YYYY-MM-DD; got ${String(value)}`);
}

// Date arithmetic is the hot path of the AWR clock (a week-by-week walk over years of history for every active
// placement on a manager's home page): each date is validated and converted once, then remembered. Only valid
// dates are remembered, so invalid input still throws exactly as before.
const MEMO_LIMIT = 50_000;
const msOf = new Map<string, number>();
const isoOf = new Map<number, IsoDate>();

/** Milliseconds since the epoch at midnight UTC of the date. */
function toMs(date: IsoDate): number {
  const known = msOf.get(date);
  if (known !== undefined) return known;
  assertIsoDate(date);
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  if (msOf.size >= MEMO_LIMIT) msOf.clear();
  msOf.set(date, ms);
  return ms;
}

/** The ISO date of a UTC timestamp. */
function fromMs(ms: number): IsoDate {
  const known = isoOf.get(ms);
  if (known !== undefined) return known;
  const iso = new Date(ms).toISOString().slice(0, 10);
  if (isoOf.size >= MEMO_LIMIT) isoOf.clear();
  isoOf.set(ms, iso);
  return iso;
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** The date `weeks` whole weeks after `date`. */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** The same day-of-month `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const ms = toMs(date);
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
}

/** The same day-of-month `years` later (29 February → 28 February in a non-leap year). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** -1, 0 or 1 comparing two ISO dates (validated). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  const d = toMs(a) - toMs(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) >= 0 ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toMs(date)).getUTCDay();
}

/** The Monday that starts the calendar week (Monday–Sunday) containing `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The Sunday that ends the calendar week (Monday–Sunday) containing `date`. */
export function sundayOf(date: IsoDate): IsoDate {
  return addDays(mondayOf(date), 6);
}

/** True when `date` lies in the inclusive range [start, end]; a null end means open-ended. */
export function isWithinRange(date: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return compareIsoDates(date, start) >= 0 && (end === null || compareIsoDates(date, end) <= 0);
}

/** UK long form without weekday: "3 November 2026". */
export function formatLongDate(date: IsoDate): string {
  const d = new Date(toMs(date));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** UK long form with weekday: "Monday 2 March 2026". */
export function formatLongDateWithDay(date: IsoDate): string {
  return `${WEEKDAYS[dayOfWeek(date)]} ${formatLongDate(date)}`;
}

/** "1 day" / "3 days" — small pluraliser for reasons. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${Math.abs(n) === 1 ? singular : pluralForm}`;
}
