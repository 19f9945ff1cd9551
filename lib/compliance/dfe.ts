// DfE child and family social worker agency rules (rule 7): the pure parts of the quarterly data return —
// which calendar quarter, which regional pay cap applies to a placement, and whether it was exceeded.
import { addDays, addMonths, assertIsoDate, compareIsoDates, formatLongDate } from "./dates";
import type { IsoDate, Pence } from "./types";

export type Quarter = { year: number; q: 1 | 2 | 3 | 4; key: string; start: IsoDate; end: IsoDate; label: string };

const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

/** A calendar quarter from its key, e.g. "2026-Q3" → 1 July to 30 September 2026; null when malformed. */
export function parseQuarter(key: string | null | undefined): Quarter | null {
  const m = QUARTER_KEY.exec((key ?? "").trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const q = Number(m[2]) as Quarter["q"];
  const start = `${year}-${String((q - 1) * 3 + 1).padStart(2, "0")}-01`;
  const end = addDays(addMonths(start, 3), -1);
  return { year, q, key: `${year}-Q${q}`, start, end, label: `Q${q} ${year}: ${formatLongDate(start)} to ${formatLongDate(end)}` };
}

/** The calendar quarter containing `date`. */
export function quarterOf(date: IsoDate): Quarter {
  assertIsoDate(date, "date");
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return parseQuarter(`${date.slice(0, 4)}-Q${q}`)!;
}

/** The quarter containing `date` and the `count - 1` before it, newest first. */
export function recentQuarters(date: IsoDate, count: number): Quarter[] {
  const out: Quarter[] = [];
  let cur = quarterOf(date);
  for (let i = 0; i < count; i++) {
    out.push(cur);
    cur = quarterOf(addDays(cur.start, -1));
  }
  return out;
}

/** Whether a placement running start..end (end null = open) overlaps the quarter. */
export function overlapsQuarter(start: IsoDate, end: IsoDate | null, quarter: Quarter): boolean {
  return compareIsoDates(start, quarter.end) <= 0 && (end === null || compareIsoDates(end, quarter.start) >= 0);
}

export type RateCapRow = { region: string; grade: string | null; maxPayPence: Pence; effectiveFrom: IsoDate };

/**
 * The regional cap in force for a placement: same region (case-insensitive), effective on or before the
 * start date; a cap for the placement's grade beats a cap for every grade; the latest effective date wins.
 */
export function applicableRateCap(caps: ReadonlyArray<RateCapRow>, placement: { region: string; grade: string | null; startDate: IsoDate }): RateCapRow | null {
  const region = placement.region.trim().toLowerCase();
  const grade = placement.grade?.trim().toLowerCase() ?? null;
  const eligible = caps.filter(
    (c) =>
      c.region.trim().toLowerCase() === region &&
      compareIsoDates(c.effectiveFrom, placement.startDate) <= 0 &&
      (c.grade === null || (grade !== null && c.grade.trim().toLowerCase() === grade)),
  );
  if (eligible.length === 0) return null;
  return [...eligible].sort((a, b) => {
    const specific = Number(b.grade !== null) - Number(a.grade !== null);
    return specific !== 0 ? specific : compareIsoDates(b.effectiveFrom, a.effectiveFrom);
  })[0];
}

/** Pay above the cap exceeds it; pay equal to the cap is within it. A recorded "exceeded" flag always counts. */
export function capExceeded(payRatePence: Pence, capPence: Pence | null, recordedExceeded = false): boolean {
  return recordedExceeded || (capPence !== null && payRatePence > capPence);
}
