/**
 * Display formatting for the portal, following GOV.UK style:
 * dates as "24 November 2026", times as "14:05", money as "£1,234.56".
 *
 * Money is always held as integer pence (number or bigint). Parsing user input
 * (`poundsToPence`) uses string arithmetic so "18.10" never becomes 1809.
 *
 * Dates:
 * - Date-only values ("YYYY-MM-DD" strings, and Prisma `@db.Date` columns,
 *   which come back as UTC-midnight Date objects) are formatted in UTC so the
 *   calendar day never shifts.
 * - Anything else (timestamps) is formatted in Europe/London.
 */

export type DateInputValue = Date | string | null | undefined;

const LONDON = "Europe/London";
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateFormatters = {
  UTC: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  [LONDON]: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: LONDON }),
} as const;

const shortDateFormatters = {
  UTC: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  [LONDON]: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: LONDON }),
} as const;

const timeFormatter = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: LONDON,
});

const isoPartsFormatter = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: LONDON,
});

const integerFormatter = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const hoursFormatter = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

type Zone = keyof typeof dateFormatters;

interface Resolved {
  date: Date;
  zone: Zone;
}

function isUtcMidnight(d: Date): boolean {
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
}

/** Parse a date-only "YYYY-MM-DD" string to a UTC-midnight Date, or null if it is not a real date. */
export function parseIsoDate(value: string): Date | null {
  const m = DATE_ONLY.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

function resolve(value: DateInputValue): Resolved | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    const dateOnly = parseIsoDate(value);
    if (dateOnly) return { date: dateOnly, zone: "UTC" };
    if (DATE_ONLY.test(value.trim())) return null; // e.g. "2026-02-31"
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) return null;
    return { date: parsed, zone: LONDON };
  }
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return null;
  // UTC midnight is the same calendar day in London (UTC+0 or UTC+1), but be explicit.
  return { date: value, zone: isUtcMidnight(value) ? "UTC" : LONDON };
}

/** "24 November 2026". Returns `fallback` (default "") for null/invalid input. */
export function formatDate(value: DateInputValue, fallback = ""): string {
  const r = resolve(value);
  return r ? dateFormatters[r.zone].format(r.date) : fallback;
}

/** "24 Nov 2026" – for dense tables. */
export function formatShortDate(value: DateInputValue, fallback = ""): string {
  const r = resolve(value);
  return r ? shortDateFormatters[r.zone].format(r.date) : fallback;
}

/** "14:05" in Europe/London. */
export function formatTime(value: DateInputValue, fallback = ""): string {
  const r = resolve(value);
  return r ? timeFormatter.format(r.date) : fallback;
}

/** "24 November 2026, 14:05" in Europe/London. */
export function formatDateTime(value: DateInputValue, fallback = ""): string {
  const r = resolve(value);
  if (!r) return fallback;
  return `${dateFormatters[LONDON].format(r.date)}, ${timeFormatter.format(r.date)}`;
}

/**
 * Calendar date as "YYYY-MM-DD" (UTC for date-only values, Europe/London for
 * timestamps). Useful for `<input type="date">` values and date comparisons.
 */
export function toIsoDate(value: DateInputValue): string | null {
  const r = resolve(value);
  if (!r) return null;
  if (r.zone === "UTC") return r.date.toISOString().slice(0, 10);
  const parts = isoPartsFormatter.formatToParts(r.date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * Whole calendar days from `from` to `to` (positive when `to` is later).
 * `daysBetween("2026-11-24", "2026-11-25") === 1`. Returns null if either date is invalid.
 */
export function daysBetween(from: DateInputValue, to: DateInputValue): number | null {
  const a = toIsoDate(from);
  const b = toIsoDate(to);
  if (!a || !b) return null;
  const ms = parseIsoDate(b)!.getTime() - parseIsoDate(a)!.getTime();
  return Math.round(ms / 86_400_000);
}

function toBigIntPence(pence: number | bigint): bigint {
  if (typeof pence === "bigint") return pence;
  if (!Number.isFinite(pence)) throw new RangeError(`Invalid pence amount: ${pence}`);
  return BigInt(Math.round(pence));
}

function splitPence(pence: number | bigint): { negative: boolean; pounds: bigint; pennies: string } {
  const p = toBigIntPence(pence);
  const negative = p < 0n;
  const abs = negative ? -p : p;
  return { negative, pounds: abs / 100n, pennies: (abs % 100n).toString().padStart(2, "0") };
}

/** "£1,234.56". Negative amounts use a hyphen-minus: "-£5.00". Pence are always shown. */
export function formatMoney(pence: number | bigint): string {
  const { negative, pounds, pennies } = splitPence(pence);
  if (negative && pounds === 0n && pennies === "00") return "£0.00";
  return `${negative ? "-" : ""}£${integerFormatter.format(pounds)}.${pennies}`;
}

/** "£18.50 an hour". */
export function formatRate(pencePerHour: number | bigint): string {
  return `${formatMoney(pencePerHour)} an hour`;
}

/** "37.5 hours", "1 hour", "7.25 hours" (up to 2 decimal places). */
export function formatHours(hours: number | string): string {
  const n = typeof hours === "string" ? Number(hours) : hours;
  if (!Number.isFinite(n)) return "";
  return `${hoursFormatter.format(n)} ${Math.abs(n) === 1 ? "hour" : "hours"}`;
}

/**
 * Parse a user-typed pounds amount into integer pence using string arithmetic.
 * Accepts "£1,234.5", "18.50", "18", " 18.5 ", ".5", "-£5" / "£-5".
 * Rejects more than 2 decimal places, malformed thousands separators,
 * empty strings and anything else (returns null).
 */
export function poundsToPence(input: string | null | undefined): number | null {
  if (typeof input !== "string") return null;
  let s = input.trim().replace(/\s+/g, "");
  if (s === "") return null;

  let negative = false;
  if (s.startsWith("-") || s.startsWith("\u2212")) {
    negative = true;
    s = s.slice(1);
  }
  if (s.startsWith("£")) s = s.slice(1);
  if (!negative && (s.startsWith("-") || s.startsWith("\u2212"))) {
    negative = true;
    s = s.slice(1);
  }

  const m = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const whole = (m[1] ?? "").replace(/,/g, "");
  const frac = m[2] ?? "";
  if (whole === "" && frac === "") return null;

  const pence = BigInt(whole === "" ? "0" : whole) * 100n + BigInt(frac.padEnd(2, "0"));
  const result = Number(negative ? -pence : pence);
  if (!Number.isSafeInteger(result)) return null;
  return result === 0 ? 0 : result; // avoid -0
}

/** Pence to a plain pounds string for an input's value: 1850 → "18.50", -500 → "-5.00". null → "". */
export function penceToPoundsInput(pence: number | bigint | null | undefined): string {
  if (pence === null || pence === undefined) return "";
  const { negative, pounds, pennies } = splitPence(pence);
  if (pounds === 0n && pennies === "00") return "0.00";
  return `${negative ? "-" : ""}${pounds.toString()}.${pennies}`;
}

/**
 * "1 shift", "3 shifts", "1,200 people" (pass `plural` for irregular words).
 * Set `includeCount` to false to get the word alone.
 */
export function pluralise(
  count: number,
  singular: string,
  plural: string = `${singular}s`,
  { includeCount = true }: { includeCount?: boolean } = {},
): string {
  const word = Math.abs(count) === 1 ? singular : plural;
  return includeCount ? `${hoursFormatter.format(count)} ${word}` : word;
}
