// Dates for background jobs. Jobs run on a Europe/London schedule, so "today" is the London calendar
// date (at 00:30 in summer time it is already tomorrow in London but still today in UTC). Dates are
// handled as ISO `YYYY-MM-DD` strings, like the pure compliance rules; @db.Date columns are UTC midnight.
import type { IsoDate } from "@/lib/compliance/types";

const londonParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's calendar date in London as `YYYY-MM-DD`. */
export function londonToday(now: Date = new Date()): IsoDate {
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** ISO date of a @db.Date value (UTC midnight). */
export function isoOf(d: Date): IsoDate;
export function isoOf(d: Date | null | undefined): IsoDate | null;
export function isoOf(d: Date | null | undefined): IsoDate | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

/** A @db.Date value (UTC midnight) from an ISO date. */
export function dateOf(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
