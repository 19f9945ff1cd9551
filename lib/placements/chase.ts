// The timesheet chase list (pure): which weeks the team must chase.
// - Not submitted by Monday: a placement that worked during a finished week (Monday–Sunday) has no timesheet for it.
//   From the Monday after the week, it is overdue. The last `lookbackWeeks` finished weeks are checked.
// - Not approved by Tuesday noon: a timesheet submitted (or queried) for a week is still not approved at 12:00 London
//   time on the Tuesday after that week.
import { addDays, compareIsoDates, mondayOf } from "@/lib/compliance/dates";
import type { IsoDate } from "@/lib/compliance/types";

export interface ChasePlacement {
  placementId: string;
  startDate: IsoDate;
  /** last day worked (actual end, or planned end once no longer active); null while active with no end set */
  lastDay: IsoDate | null;
  status: "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED";
  /** weeks (Mondays) with a timesheet in any state */
  timesheetWeeks: ReadonlyArray<IsoDate>;
}

/** Finished weeks (Mondays) of the placements with no timesheet, oldest first. */
export function weeksNotSubmitted(p: ChasePlacement, today: IsoDate, lookbackWeeks = 4): IsoDate[] {
  if (p.status === "PENDING_START") return [];
  const thisMonday = mondayOf(today);
  const out: IsoDate[] = [];
  for (let k = lookbackWeeks; k >= 1; k--) {
    const week = addDays(thisMonday, -7 * k);
    const weekEnd = addDays(week, 6);
    const worked = compareIsoDates(p.startDate, weekEnd) <= 0 && (p.lastDay === null || compareIsoDates(p.lastDay, week) >= 0);
    if (worked && !p.timesheetWeeks.includes(week)) out.push(week);
  }
  return out;
}

/** The approval deadline of a week's timesheet: the Tuesday after the week, at 12:00 London time. */
export function approvalDeadline(weekStart: IsoDate): { date: IsoDate; hour: 12 } {
  return { date: addDays(weekStart, 8), hour: 12 };
}

/** True when, at London date `today` and hour `hour`, a week's timesheet is past its approval deadline. */
export function approvalOverdue(weekStart: IsoDate, today: IsoDate, hour: number): boolean {
  const deadline = approvalDeadline(weekStart);
  const c = compareIsoDates(today, deadline.date);
  return c > 0 || (c === 0 && hour >= deadline.hour);
}
