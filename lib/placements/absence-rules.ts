// Recorded absences on a placement (rule 2): what each type does to the Agency Workers Regulations clock, and
// the checks a new absence must pass. Pure: dates are ISO `YYYY-MM-DD`, end dates inclusive.
import { compareIsoDates, formatLongDate } from "@/lib/compliance/dates";
import { AWR_MAX_BREAK_WEEKS, AWR_MAX_SICKNESS_BREAK_WEEKS } from "@/lib/compliance/awr";
import type { AbsenceType, IsoDate } from "@/lib/compliance/types";

export const ABSENCE_LABEL: Record<AbsenceType, string> = {
  SICKNESS: "Sickness",
  JURY_SERVICE: "Jury service",
  PREGNANCY_MATERNITY: "Pregnancy or maternity",
  ANNUAL_LEAVE: "Annual leave",
  OTHER: "Other",
};

/** What an absence of each type does to the AWR clock (computeAwrClock in lib/compliance/awr.ts). */
export const ABSENCE_AWR_EFFECT: Record<AbsenceType, string> = {
  SICKNESS: `Pauses the AWR clock for up to ${AWR_MAX_SICKNESS_BREAK_WEEKS} weeks`,
  JURY_SERVICE: `Pauses the AWR clock for up to ${AWR_MAX_SICKNESS_BREAK_WEEKS} weeks`,
  PREGNANCY_MATERNITY: "Keeps the AWR clock running: the weeks count",
  ANNUAL_LEAVE: `Pauses the AWR clock, within the ${AWR_MAX_BREAK_WEEKS}-week break limit`,
  OTHER: `Pauses the AWR clock, within the ${AWR_MAX_BREAK_WEEKS}-week break limit`,
};

export type AbsencePeriod = { start: IsoDate; end: IsoDate };

/**
 * Field errors for a new absence on a placement, or null when it may be recorded: the end is on or after the
 * start, both lie within the placement (its start to its actual end, or planned end while it runs), and it
 * overlaps no absence already recorded on the placement (a shared day is an overlap).
 */
export function absenceProblems(
  absence: AbsencePeriod,
  placement: { start: IsoDate; end: IsoDate },
  existing: ReadonlyArray<AbsencePeriod & { type: AbsenceType }>,
): { startDate?: string; endDate?: string } | null {
  const errors: { startDate?: string; endDate?: string } = {};
  if (compareIsoDates(absence.end, absence.start) < 0) {
    errors.endDate = "End date must be the same as or after the start date";
  }
  if (compareIsoDates(absence.start, placement.start) < 0) {
    errors.startDate = `Start date must be on or after the placement's start date, ${formatLongDate(placement.start)}`;
  } else if (compareIsoDates(absence.start, placement.end) > 0) {
    errors.startDate = `Start date must be on or before the placement's end date, ${formatLongDate(placement.end)}`;
  }
  if (!errors.endDate && compareIsoDates(absence.end, placement.end) > 0) {
    errors.endDate = `End date must be on or before the placement's end date, ${formatLongDate(placement.end)}`;
  }
  if (!errors.startDate && !errors.endDate) {
    const clash = existing.find((e) => compareIsoDates(absence.start, e.end) <= 0 && compareIsoDates(e.start, absence.end) <= 0);
    if (clash) {
      errors.startDate = `The absence overlaps the ${ABSENCE_LABEL[clash.type].toLowerCase()} absence already recorded from ${formatLongDate(clash.start)} to ${formatLongDate(clash.end)}`;
    }
  }
  return errors.startDate || errors.endDate ? errors : null;
}
