/** Whole days from `from` to `to` (calendar days, UTC), never negative. */
export function daysSince(from: Date, to: Date = new Date()): number {
  const ms = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) -
    Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return Math.max(0, Math.floor(ms / 86_400_000));
}

/** Today's date as a UTC-midnight Date, the form @db.Date columns use. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
