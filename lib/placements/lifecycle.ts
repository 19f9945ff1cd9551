import type { IsoDate } from "@/lib/compliance/types";

/**
 * A placement's status moves with the calendar: PENDING_START becomes ACTIVE on its start date, and ACTIVE becomes
 * ENDED the day after its last day (the actual end if one is set — an actioned early end — else the planned end).
 * ENDED and CONVERTED never move again. A start also needs the placement gate to pass on the day (a check may have
 * lapsed since the placement was made): that part is the caller's, which holds the checks.
 */
export type LifecycleStatus = "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED";

export type LifecyclePlacement = {
  status: LifecycleStatus;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  actualEndDate: IsoDate | null;
};

/**
 * The last day the placement is booked to work: the actual end when set, otherwise the planned end. (Metrics ask a
 * different question — the last day a placement is or was working, today for one still running past its planned end
 * before this job has ended it: lib/placements/last-day.ts.)
 */
export function lastDayOf<D extends IsoDate | Date>(p: { plannedEndDate: D; actualEndDate: D | null }): D {
  return p.actualEndDate ?? p.plannedEndDate;
}

/**
 * Where the calendar takes a placement on `today`: "start" (PENDING_START → ACTIVE), "end" (ACTIVE → ENDED),
 * "start-and-end" (a PENDING_START placement whose whole term has passed) or null (nothing due).
 */
export function lifecycleStepDue(p: LifecyclePlacement, today: IsoDate): "start" | "end" | "start-and-end" | null {
  const over = lastDayOf(p) < today;
  if (p.status === "PENDING_START") {
    if (p.startDate > today) return null;
    return over ? "start-and-end" : "start";
  }
  if (p.status === "ACTIVE") return over ? "end" : null;
  return null;
}
