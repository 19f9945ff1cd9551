import { londonToday } from "@/lib/jobs/clock";

/** Whole days from `from` to `to` (calendar days, UTC), never negative. */
export function daysSince(from: Date, to: Date = new Date()): number {
  const ms = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) -
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return Math.max(0, Math.floor(ms / 86_400_000));
}

/**
 * Today's date as a UTC-midnight Date, the form @db.Date columns use. "Today" is the calendar date in London (the
 * councils' and the background jobs' day — lib/jobs/clock.ts londonToday): between midnight and 01:00 in British
 * Summer Time it is already tomorrow in London but still today in UTC, and every rule must agree on which day it is.
 */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(`${londonToday(now)}T00:00:00.000Z`);
}
