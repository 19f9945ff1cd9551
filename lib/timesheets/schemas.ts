import { z } from "zod";
import { addDays, compareIsoDates, formatLongDate, isIsoDate, mondayOf } from "@/lib/compliance/dates";

/** A timesheet week runs Monday to Sunday; the form has one hours box per day. */
export const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type DayKey = (typeof DAY_KEYS)[number];
export const DAY_NAMES: Record<DayKey, string> = {
  mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday",
};
export const MAX_HOURS_PER_DAY = 24;

const HOURS = /^\d{1,2}(\.\d{1,2})?$|^\.\d{1,2}$/;

/** One day's hours as typed: empty is 0; a number with up to 2 decimal places, 0 to 24. */
const dayHours = (day: DayKey) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const s = (raw ?? "").trim();
      if (s === "") return 0;
      const name = DAY_NAMES[day];
      if (s.startsWith("-")) {
        ctx.addIssue({ code: "custom", message: `Hours for ${name} must be 0 or more` });
        return z.NEVER;
      }
      if (!HOURS.test(s)) {
        ctx.addIssue({ code: "custom", message: `Hours for ${name} must be a number, like 7.5` });
        return z.NEVER;
      }
      const n = Number(s);
      if (n > MAX_HOURS_PER_DAY) {
        ctx.addIssue({ code: "custom", message: `Hours for ${name} must be ${MAX_HOURS_PER_DAY} or fewer` });
        return z.NEVER;
      }
      return n;
    });

const dayFields = Object.fromEntries(DAY_KEYS.map((k) => [k, dayHours(k)])) as Record<DayKey, ReturnType<typeof dayHours>>;

const toHours = (v: Record<DayKey, number>) => DAY_KEYS.map((k) => v[k]);

export const submitTimesheetSchema = z
  .object({
    placementId: z.string().trim().min(1).max(40),
    weekStart: z.string().refine(isIsoDate, "Choose a week"),
    ...dayFields,
  })
  .transform((v) => ({ placementId: v.placementId, weekStart: v.weekStart, hours: toHours(v) }));

export type SubmitTimesheetInput = z.infer<typeof submitTimesheetSchema>;

export const respondToQuerySchema = z
  .object({
    timesheetId: z.string().trim().min(1).max(40),
    response: z.string().trim().min(1, "Answer the query: say what you changed or why the hours are right").max(2000, "Your answer must be 2,000 characters or fewer"),
    ...dayFields,
  })
  .transform((v) => ({ timesheetId: v.timesheetId, response: v.response, hours: toHours(v) }));

export type RespondToQueryInput = z.infer<typeof respondToQuerySchema>;

export type WeekCheck =
  | { ok: true; totalHours: number; lines: { workDate: string; hours: number }[] }
  | { ok: false; formError?: string; fieldErrors?: Partial<Record<DayKey, string>> };

/**
 * The rules for a week of hours on a placement (pure): the week starts on a Monday, has begun, overlaps the
 * placement; no hours on a day outside the placement or still to come; at most 24 hours a day; some hours
 * in all. `placementEnd` is the actual end if there is one, else the planned end.
 */
export function checkWeekHours(input: {
  weekStart: string;
  hours: readonly number[];
  placementStart: string;
  placementEnd: string;
  today: string;
}): WeekCheck {
  const { weekStart, hours, placementStart, placementEnd, today } = input;
  if (!isIsoDate(weekStart) || mondayOf(weekStart) !== weekStart) return { ok: false, formError: "A timesheet week must start on a Monday." };
  const weekEnd = addDays(weekStart, 6);
  const range = `from ${formatLongDate(placementStart)} to ${formatLongDate(placementEnd)}`;
  if (compareIsoDates(weekEnd, placementStart) < 0 || compareIsoDates(weekStart, placementEnd) > 0) {
    return { ok: false, formError: `The week beginning ${formatLongDate(weekStart)} is outside your placement, which runs ${range}.` };
  }
  if (compareIsoDates(weekStart, today) > 0) {
    return { ok: false, formError: `The week beginning ${formatLongDate(weekStart)} has not started yet. Send your hours once you have worked them.` };
  }
  if (hours.length !== 7) return { ok: false, formError: "Enter hours for each day of the week." };
  const fieldErrors: Partial<Record<DayKey, string>> = {};
  DAY_KEYS.forEach((k, i) => {
    const h = hours[i];
    const date = addDays(weekStart, i);
    if (!Number.isFinite(h) || h < 0) fieldErrors[k] = `Hours for ${DAY_NAMES[k]} must be 0 or more`;
    else if (h > MAX_HOURS_PER_DAY) fieldErrors[k] = `Hours for ${DAY_NAMES[k]} must be ${MAX_HOURS_PER_DAY} or fewer`;
    else if (h > 0 && (compareIsoDates(date, placementStart) < 0 || compareIsoDates(date, placementEnd) > 0)) {
      fieldErrors[k] = `You cannot enter hours for ${DAY_NAMES[k]} ${formatLongDate(date)}: your placement runs ${range}`;
    } else if (h > 0 && compareIsoDates(date, today) > 0) {
      fieldErrors[k] = `You cannot enter hours for ${DAY_NAMES[k]} ${formatLongDate(date)} yet: that day has not happened`;
    }
  });
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const total = Math.round(hours.reduce((s, h) => s + h, 0) * 100) / 100;
  if (total <= 0) return { ok: false, fieldErrors: { mon: "Enter the hours you worked on at least one day" } };
  return {
    ok: true,
    totalHours: total,
    lines: DAY_KEYS.flatMap((_, i) => (hours[i] > 0 ? [{ workDate: addDays(weekStart, i), hours: hours[i] }] : [])),
  };
}
