/**
 * Reporting periods for the metrics (pure). A period is a UK financial quarter, a financial year (1 April –
 * 31 March) or a custom date range, always whole calendar days. Metrics count only what has happened up to
 * `asOf` (today), so the current quarter reads "to date": `upto` = the earlier of the period's last day and asOf.
 */
import { addDays, compareIsoDates, daysBetween, formatLongDate, isIsoDate, minDate } from "@/lib/compliance/dates";

export type IsoDate = string;
export type PeriodKind = "quarter" | "year" | "custom";

export interface Period {
  kind: PeriodKind;
  /** first day, inclusive */
  start: IsoDate;
  /** last day, inclusive */
  end: IsoDate;
  /** the day the figures are computed for (today) */
  asOf: IsoDate;
  /** last day counted: min(end, asOf); before `start` when the period has not begun */
  upto: IsoDate;
  /** financial year (the year it starts) for quarter and year periods */
  fy: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  /** "Q3 2026/27" / "2026/27" / "1 June 2026 to 30 September 2026" */
  name: string;
  /** name with dates, and "to date" while the period is running */
  label: string;
}

/** The longest custom period accepted (in days): five years. */
export const MAX_CUSTOM_DAYS = 5 * 366;

/** Financial year (April–March) containing a date, named by the year it starts: 2026-11-24 → 2026, 2027-03-31 → 2026. */
export function financialYearOf(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? y : y - 1;
}

/** "2026/27" */
export function fyName(fy: number): string {
  return `${fy}/${String((fy + 1) % 100).padStart(2, "0")}`;
}

/** Quarter of the financial year: Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March. */
export function quarterOf(date: IsoDate): { fy: number; quarter: 1 | 2 | 3 | 4 } {
  const m = Number(date.slice(5, 7));
  const quarter = (m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4) as 1 | 2 | 3 | 4;
  return { fy: financialYearOf(date), quarter };
}

function pad(n: number) {
  return String(n).padStart(2, "0");
}

function lastDayOfMonth(year: number, month1: number): IsoDate {
  return new Date(Date.UTC(year, month1, 0)).toISOString().slice(0, 10);
}

export function quarterBounds(fy: number, quarter: 1 | 2 | 3 | 4): { start: IsoDate; end: IsoDate } {
  const firstMonth = quarter === 4 ? 1 : 4 + (quarter - 1) * 3; // 1-based
  const year = quarter === 4 ? fy + 1 : fy;
  return { start: `${year}-${pad(firstMonth)}-01`, end: lastDayOfMonth(year, firstMonth + 2) };
}

function make(kind: PeriodKind, start: IsoDate, end: IsoDate, asOf: IsoDate, fy: number | null, quarter: Period["quarter"], name: string): Period {
  const upto = minDate(end, asOf);
  const running = compareIsoDates(asOf, end) < 0 && compareIsoDates(asOf, start) >= 0;
  const notStarted = compareIsoDates(asOf, start) < 0;
  const range = `${formatLongDate(start)} to ${formatLongDate(end)}`;
  const label =
    kind === "custom"
      ? `${range}${running ? ` (to ${formatLongDate(asOf)})` : ""}`
      : `${name}: ${range}${running ? ` (to ${formatLongDate(asOf)})` : notStarted ? " (not yet started)" : ""}`;
  return { kind, start, end, asOf, upto, fy, quarter, name, label };
}

export function quarterPeriod(fy: number, quarter: 1 | 2 | 3 | 4, asOf: IsoDate): Period {
  const { start, end } = quarterBounds(fy, quarter);
  return make("quarter", start, end, asOf, fy, quarter, `Q${quarter} ${fyName(fy)}`);
}

export function yearPeriod(fy: number, asOf: IsoDate): Period {
  return make("year", `${fy}-04-01`, `${fy + 1}-03-31`, asOf, fy, null, fyName(fy));
}

export function customPeriod(start: IsoDate, end: IsoDate, asOf: IsoDate): Period {
  return make("custom", start, end, asOf, null, null, `${formatLongDate(start)} to ${formatLongDate(end)}`);
}

/** The default: the financial quarter containing asOf. */
export function currentQuarter(asOf: IsoDate): Period {
  const { fy, quarter } = quarterOf(asOf);
  return quarterPeriod(fy, quarter, asOf);
}

/** Calendar days the period counts so far (start..upto inclusive); 0 before it starts. */
export function daysCounted(p: Period): number {
  return Math.max(0, daysBetween(p.start, p.upto) + 1);
}

export type PeriodParams = Record<string, string | string[] | undefined> | URLSearchParams;

function get(sp: PeriodParams, key: string): string | undefined {
  const v = sp instanceof URLSearchParams ? sp.get(key) : sp[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s.trim() !== "" ? s.trim() : undefined;
}

export interface PeriodChoice {
  period: Period;
  /** field → message when the requested period could not be used (the default is shown instead) */
  errors: Record<string, string>;
}

/**
 * Reads `period=quarter&fy=2026&quarter=3`, `period=year&fy=2026` or `period=custom&from=YYYY-MM-DD&to=YYYY-MM-DD`.
 * Anything missing falls back to the current quarter; anything invalid does too, with a message per field.
 */
export function parsePeriod(sp: PeriodParams, asOf: IsoDate): PeriodChoice {
  const kind = get(sp, "period");
  const current = quarterOf(asOf);
  const fyRaw = get(sp, "fy");
  const fy = fyRaw && /^\d{4}$/.test(fyRaw) && Number(fyRaw) >= 2000 && Number(fyRaw) <= 2100 ? Number(fyRaw) : null;
  const errors: Record<string, string> = {};
  if (kind === "year") {
    if (fyRaw && fy === null) errors.fy = "Choose a financial year";
    return { period: yearPeriod(fy ?? current.fy, asOf), errors };
  }
  if (kind === "custom") {
    const from = get(sp, "from");
    const to = get(sp, "to");
    if (!from) errors.from = "Enter the first day of the period";
    else if (!isIsoDate(from)) errors.from = "The first day must be a real date";
    if (!to) errors.to = "Enter the last day of the period";
    else if (!isIsoDate(to)) errors.to = "The last day must be a real date";
    if (!errors.from && !errors.to) {
      if (compareIsoDates(to!, from!) < 0) errors.to = "The last day must be the same as or after the first day";
      else if (daysBetween(from!, to!) + 1 > MAX_CUSTOM_DAYS) errors.to = "The period can be at most 5 years long";
      else if (Number(from!.slice(0, 4)) < 2000) errors.from = "The first day must be in 2000 or later";
    }
    if (Object.keys(errors).length) return { period: currentQuarter(asOf), errors };
    return { period: customPeriod(from!, to!, asOf), errors };
  }
  if (kind === "quarter" || fyRaw || get(sp, "quarter")) {
    const qRaw = get(sp, "quarter");
    const q = qRaw && /^[1-4]$/.test(qRaw) ? (Number(qRaw) as 1 | 2 | 3 | 4) : null;
    if (fyRaw && fy === null) errors.fy = "Choose a financial year";
    if (qRaw && q === null) errors.quarter = "Choose a quarter";
    return { period: quarterPeriod(fy ?? current.fy, q ?? (fy === null ? current.quarter : 1), asOf), errors };
  }
  if (kind !== undefined) errors.period = "Choose a quarter, a financial year or your own dates";
  return { period: currentQuarter(asOf), errors };
}

/** The search parameters that select this period again (for links, CSV downloads and the form's defaults). */
export function periodParams(p: Period): Record<string, string> {
  if (p.kind === "quarter") return { period: "quarter", fy: String(p.fy), quarter: String(p.quarter) };
  if (p.kind === "year") return { period: "year", fy: String(p.fy) };
  return { period: "custom", from: p.start, to: p.end };
}

export interface QuarterSlot {
  key: string; // "2026-Q3"
  name: string; // "Q3 2026/27"
  start: IsoDate;
  /** last day counted in the quarter: its end, or asOf while it is running */
  upto: IsoDate;
}

/**
 * Quarters for trend charts: the financial quarters overlapping the period (up to asOf), extended backwards
 * so that at least `min` quarters are shown (a single-quarter period is shown with the three before it).
 */
export function trendQuarters(p: Period, min = 4): QuarterSlot[] {
  if (compareIsoDates(p.upto, p.start) < 0) return [];
  const slots: QuarterSlot[] = [];
  let { fy, quarter } = quarterOf(p.start);
  const last = quarterOf(p.upto);
  for (;;) {
    const b = quarterBounds(fy, quarter);
    slots.push({ key: `${fy}-Q${quarter}`, name: `Q${quarter} ${fyName(fy)}`, start: b.start, upto: minDate(b.end, p.asOf) });
    if (fy === last.fy && quarter === last.quarter) break;
    if (quarter === 4) {
      fy += 1;
      quarter = 1;
    } else quarter = (quarter + 1) as 1 | 2 | 3 | 4;
  }
  while (slots.length < min) {
    const first = quarterOf(addDays(slots[0].start, -1));
    const b = quarterBounds(first.fy, first.quarter);
    slots.unshift({ key: `${first.fy}-Q${first.quarter}`, name: `Q${first.quarter} ${fyName(first.fy)}`, start: b.start, upto: b.end });
  }
  return slots;
}

/** Options for the period picker: financial years from `fromFy` to the current one, newest first. */
export function financialYearOptions(asOf: IsoDate, fromFy: number): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (let fy = financialYearOf(asOf); fy >= fromFy; fy--) out.push({ value: String(fy), label: fyName(fy) });
  return out;
}

export const QUARTER_OPTIONS = [
  { value: "1", label: "Q1 (April to June)" },
  { value: "2", label: "Q2 (July to September)" },
  { value: "3", label: "Q3 (October to December)" },
  { value: "4", label: "Q4 (January to March)" },
];
