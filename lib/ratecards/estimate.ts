/**
 * The estimated cost of a requisition, as the approvers judge it, and the rate-card check of the pay
 * offered. Pure functions (no database) shared by the form's live estimate, the server action and the
 * domain function that stores `Requisition.estimatedCostPence`, so all three always agree.
 *
 * Definitions (documented because the brief leaves room):
 * - Weeks = calendar days from the start date to the expected end date, both included, divided by 7 and
 *   rounded UP to whole weeks (a placement of 8 days is judged as 2 weeks). This errs towards the higher
 *   cost, the safe side for a budget decision.
 * - Hours a week may have up to 2 decimal places (37.5); the arithmetic is in hundredths of an hour and
 *   integer pence, rounded half up to the penny once at the end, so 0.1 + 0.2 never creeps in.
 * - Cost = charge rate (pence an hour) × hours a week × weeks × headcount.
 * - The charge rate follows the rate card: the card gives a pay band (min–max) and a charge band; the
 *   charge rate for a pay rate is the same position in the charge band (linear), rounded up to the penny.
 *   The requisition is judged at the HIGHEST pay rate offered.
 */

export type RateCardBand = {
  payMinPence: number;
  payMaxPence: number;
  chargeMinPence: number;
  chargeMaxPence: number;
};

export type EstimateInput = {
  chargeRatePence: number;
  /** hours a week, e.g. 37.5 or "37.50" */
  hoursPerWeek: number | string;
  /** "YYYY-MM-DD" */
  startDate: string;
  /** "YYYY-MM-DD", on or after the start date */
  endDate: string;
  headcount: number;
};

export type Estimate = { weeks: number; costPence: number };

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return ms / DAY_MS;
}

/** Whole weeks judged for a period: inclusive days ÷ 7, rounded up. null when a date is invalid or the end is before the start. */
export function weeksBetween(startDate: string, endDate: string): number | null {
  const a = dayNumber(startDate);
  const b = dayNumber(endDate);
  if (a === null || b === null || b < a) return null;
  return Math.ceil((b - a + 1) / 7);
}

/** Hours a week in hundredths of an hour (37.5 → 3750); null if not a number with at most 2 decimal places. */
export function hoursToHundredths(hours: number | string): number | null {
  const s = typeof hours === "number" ? String(hours) : hours.trim();
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Estimated cost in pence, or null when the input cannot be judged (bad dates, hours or counts). */
export function estimateCost(input: EstimateInput): Estimate | null {
  const weeks = weeksBetween(input.startDate, input.endDate);
  const hundredths = hoursToHundredths(input.hoursPerWeek);
  if (weeks === null || hundredths === null) return null;
  if (!Number.isInteger(input.headcount) || input.headcount < 1) return null;
  if (!Number.isInteger(input.chargeRatePence) || input.chargeRatePence < 0) return null;
  // BigInt keeps large requisitions exact; divide by 100 (hundredths of an hour) rounding half up.
  const raw = BigInt(input.chargeRatePence) * BigInt(hundredths) * BigInt(weeks) * BigInt(input.headcount);
  const costPence = Number((raw + 50n) / 100n);
  return { weeks, costPence };
}

/** The charge rate for a pay rate on a card: the same position in the charge band as in the pay band, rounded up. */
export function chargeRateFor(payRatePence: number, card: RateCardBand): number {
  const paySpan = card.payMaxPence - card.payMinPence;
  if (paySpan <= 0) return card.chargeMaxPence;
  const clamped = Math.min(Math.max(payRatePence, card.payMinPence), card.payMaxPence);
  const chargeSpan = card.chargeMaxPence - card.chargeMinPence;
  return card.chargeMinPence + Math.ceil(((clamped - card.payMinPence) * chargeSpan) / paySpan);
}

export type RateCheck =
  | { ok: true; chargeRatePence: number }
  | { ok: false; field: "payRate" | "payRateMax"; message: string };

const pounds = (p: number) => `£${(p / 100).toFixed(2)}`;

/**
 * Check the pay offered (one rate, or a range up to `payRateMaxPence`) against the card's pay band and
 * return the charge rate the requisition is judged at (the charge for the highest pay offered).
 */
export function checkPayAgainstCard(payRatePence: number, payRateMaxPence: number | null, card: RateCardBand): RateCheck {
  const band = `${pounds(card.payMinPence)} to ${pounds(card.payMaxPence)} an hour`;
  if (payRatePence < card.payMinPence || payRatePence > card.payMaxPence) {
    return { ok: false, field: "payRate", message: `Pay rate must be within the rate card for this role and grade: ${band}` };
  }
  const max = payRateMaxPence ?? payRatePence;
  if (max < payRatePence) return { ok: false, field: "payRateMax", message: "Highest pay rate must be the same as or more than the pay rate offered" };
  if (max > card.payMaxPence) {
    return { ok: false, field: "payRateMax", message: `Highest pay rate must be within the rate card for this role and grade: ${band}` };
  }
  return { ok: true, chargeRatePence: chargeRateFor(max, card) };
}

/** What the budget holder approved on a requisition: the pay range offered and the charge rate it was judged at. */
export type ApprovedRates = { payRateMinPence: number; payRateMaxPence: number; chargeRatePence: number };

export type PlacementRatesCheck =
  | { ok: true }
  | { ok: false; errors: Partial<Record<"payRatePence" | "chargeRatePence", string>> };

/**
 * The rates a placement is made at against what its requisition was approved at (the same rule, one step on
 * from `checkPayAgainstCard`: the card bounds what a manager may ask for, the approval bounds what Connect2 may
 * place at). Pay must lie within the approved range, both ends included; the charge may not exceed the approved
 * charge rate (the council's budget was judged at it). Anything else needs the requisition re-approved.
 * The DfE regional pay cap (rule 7) is a separate, narrower rule: a senior sign-off lets pay exceed the cap,
 * never the budget holder's approval.
 */
export function checkRatesAgainstApproval(payRatePence: number, chargeRatePence: number, approved: ApprovedRates): PlacementRatesCheck {
  const errors: Partial<Record<"payRatePence" | "chargeRatePence", string>> = {};
  const { payRateMinPence: min, payRateMaxPence: max } = approved;
  if (payRatePence < min || payRatePence > max) {
    errors.payRatePence = min === max
      ? `Pay rate must be ${pounds(min)} an hour, the rate the requisition was approved at`
      : `Pay rate must be between ${pounds(min)} and ${pounds(max)} an hour, the range the requisition was approved at`;
  }
  if (chargeRatePence > approved.chargeRatePence) {
    errors.chargeRatePence = `Charge rate must be ${pounds(approved.chargeRatePence)} an hour or less, the rate the requisition was approved at`;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

/** Whether a cost needs a second approval: strictly above the council's threshold. */
export function needsSecondApproval(estimatedCostPence: number, thresholdPence: number): boolean {
  return estimatedCostPence > thresholdPence;
}

/** Pick the card in force on a date from a list (latest effectiveFrom on or before it). Dates as Date or "YYYY-MM-DD". */
export function pickRateCard<T extends { roleCategory: string; grade: string; effectiveFrom: Date | string }>(
  cards: readonly T[],
  roleCategory: string,
  grade: string,
  onDate: Date | string,
): T | null {
  const day = (x: Date | string) => (typeof x === "string" ? x.slice(0, 10) : x.toISOString().slice(0, 10));
  const on = day(onDate);
  let best: T | null = null;
  for (const c of cards) {
    if (c.roleCategory !== roleCategory || c.grade !== grade || day(c.effectiveFrom) > on) continue;
    if (!best || day(c.effectiveFrom) > day(best.effectiveFrom)) best = c;
  }
  return best;
}
