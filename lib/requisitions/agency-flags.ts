// Flags on the agency's requisition inbox (pure, table-tested beside this file):
// - no shortlist after 5 working days: released (OPEN) at least 5 working days ago (Monday–Friday, counted after the
//   release day up to and including today) and nobody has been shortlisted yet;
// - starting soon and unfilled: still OPEN with seats to fill and the start date is within 7 days (or already passed).
import { addDays, compareIsoDates, daysBetween } from "@/lib/compliance/dates";
import type { IsoDate } from "@/lib/compliance/types";

export const NO_SHORTLIST_WORKING_DAYS = 5;
export const STARTING_SOON_DAYS = 7;

/** Working days (Monday–Friday) after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysAfter(from: IsoDate, to: IsoDate): number {
  const total = daysBetween(from, to);
  if (total <= 0) return 0;
  const whole = Math.floor(total / 7);
  let count = whole * 5;
  for (let i = whole * 7 + 1; i <= total; i++) {
    const dow = new Date(`${addDays(from, i)}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) count++;
  }
  return count;
}

export type RequisitionFlag = "NO_SHORTLIST" | "STARTING_UNFILLED";

export const FLAG_LABEL: Record<RequisitionFlag, string> = {
  NO_SHORTLIST: "No shortlist after 5 working days",
  STARTING_UNFILLED: "Starts within 7 days, unfilled",
};

export interface FlagInput {
  status: string;
  /** London date the requisition was released (OPEN); null if not released */
  openedOn: IsoDate | null;
  startDate: IsoDate;
  /** anyone shortlisted on it, ever */
  everShortlisted: boolean;
  headcount: number;
  /** placements made on it (not ended early) */
  placed: number;
}

export function requisitionFlags(r: FlagInput, today: IsoDate): RequisitionFlag[] {
  const flags: RequisitionFlag[] = [];
  if (r.status !== "OPEN") return flags;
  if (r.openedOn && !r.everShortlisted && workingDaysAfter(r.openedOn, today) >= NO_SHORTLIST_WORKING_DAYS) flags.push("NO_SHORTLIST");
  if (r.placed < r.headcount && compareIsoDates(r.startDate, addDays(today, STARTING_SOON_DAYS)) <= 0) flags.push("STARTING_UNFILLED");
  return flags;
}
