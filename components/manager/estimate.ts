import { checkPayAgainstCard, estimateCost, needsSecondApproval, pickRateCard, type RateCardBand } from "@/lib/ratecards/estimate";
import { poundsToPence } from "@/lib/format";

export type CardOption = RateCardBand & { roleCategory: string; grade: string; effectiveFrom: string };

export type LiveEstimate =
  | { kind: "incomplete"; message: string }
  | { kind: "problem"; message: string }
  | { kind: "ok"; costPence: number; weeks: number; chargeRatePence: number; hours: string; headcount: number; secondApproval: boolean; band: RateCardBand };

function isoFrom(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  return `${year.trim()}-${month.trim().padStart(2, "0")}-${day.trim().padStart(2, "0")}`;
}

/**
 * The estimated cost as the approvers will judge it, from what is typed so far — the same pure functions
 * the server uses (lib/ratecards/estimate.ts), so the figure shown is the figure stored.
 */
export function liveEstimate(v: Record<string, string>, cards: CardOption[], thresholdPence: number): LiveEstimate {
  const start = isoFrom(v["startDate-day"] ?? "", v["startDate-month"] ?? "", v["startDate-year"] ?? "");
  const end = isoFrom(v["expectedEndDate-day"] ?? "", v["expectedEndDate-month"] ?? "", v["expectedEndDate-year"] ?? "");
  const pay = poundsToPence(v.payRate ?? "");
  const max = v.payRateMax?.trim() ? poundsToPence(v.payRateMax) : null;
  const headcount = Number(v.headcount);
  if (!v.roleCategory || !v.grade || !start || !end || pay === null || !v.hoursPerWeek || !v.headcount) {
    return { kind: "incomplete", message: "Fill in the role category, grade, headcount, hours, dates and pay rate to see the estimated cost." };
  }
  const card = pickRateCard(cards, v.roleCategory, v.grade, start);
  if (!card) return { kind: "problem", message: "There is no rate card for this role category and grade." };
  const check = checkPayAgainstCard(pay, max, card);
  if (!check.ok) return { kind: "problem", message: check.message };
  const est = estimateCost({ chargeRatePence: check.chargeRatePence, hoursPerWeek: v.hoursPerWeek, startDate: start, endDate: end, headcount });
  if (!est) return { kind: "problem", message: "Check the headcount, hours and dates: the cost cannot be worked out yet." };
  return {
    kind: "ok", costPence: est.costPence, weeks: est.weeks, chargeRatePence: check.chargeRatePence, hours: v.hoursPerWeek.trim(), headcount,
    secondApproval: needsSecondApproval(est.costPence, thresholdPence), band: card,
  };
}
