/**
 * The dates in a requisition's life for each planned status, all relative to SEED_TODAY and always in order:
 * created ≤ submitted < first approval ≤ second approval < opened ≤ closing date, filled/closed/cancelled.
 */
import type { RequisitionStatus } from "../../lib/generated/prisma/enums";
import { addDays, daysBetween, mondayOf, nextMonday, Rng, type Iso } from "./prng";

export type Variant =
  | "plain" | "live" | "stale" | "pending" | "active" | "recent" | "jordan" | "ended" | "partial" | "unfilled" | "neighbourhood"
  | "after-approval" | "after-open" | "while-submitted" | "second-step" | "asc-first" | "asc-second";

export interface PlanItem {
  status: RequisitionStatus;
  variant: Variant;
  /** force a job template key */
  template?: string;
  /** force a headcount */
  headcount?: number;
  /** forced application stages beyond the placed ones */
  stages?: string[];
}

export interface Timeline {
  created: Iso;
  submitted: Iso | null;
  firstDecision: Iso | null;
  secondDecision: Iso | null;
  opened: Iso | null;
  closing: Iso | null;
  start: Iso;
  end: Iso;
  filled: Iso | null;
  closed: Iso | null;
  cancelled: Iso | null;
}

/** An end date `weeks` weeks after a Monday start, on a Friday. */
export function endAfter(start: Iso, weeks: number): Iso {
  return addDays(start, weeks * 7 - 3);
}

/**
 * Walks back from the release date: approved 1–3 days before, (first approval 1–2 days before that when two
 * steps are needed), submitted 1–4 days before the first decision, created up to 3 days before that.
 */
function backFrom(rng: Rng, opened: Iso, twoStep: boolean) {
  const second = twoStep ? addDays(opened, -rng.int(1, 3)) : null;
  const first = addDays(second ?? opened, -rng.int(1, 3));
  const submitted = addDays(first, -rng.int(1, 4));
  const created = addDays(submitted, -rng.int(0, 3));
  return { created, submitted, firstDecision: first, secondDecision: second };
}

function forwardFrom(rng: Rng, created: Iso, twoStep: boolean, today: Iso) {
  const cap = (d: Iso) => (d >= today ? addDays(today, -1) : d);
  const submitted = cap(addDays(created, rng.int(0, 2)));
  const first = cap(addDays(submitted, rng.int(1, 2)));
  const second = twoStep ? cap(addDays(first, rng.int(0, 2))) : null;
  return { created, submitted, firstDecision: first, secondDecision: second };
}

/** The campaigns' years: the latest winter drive launched by SEED_TODAY, and the summer before it. */
export function campaignYears(today: Iso): { winter: number; neighbourhood: number } {
  const year = Number(today.slice(0, 4));
  const winter = today.slice(5) >= "09-15" ? year : year - 1;
  return { winter, neighbourhood: winter - 1 };
}

const none = { opened: null, closing: null, filled: null, closed: null, cancelled: null };

/**
 * Dates for a plan item. The start and end are chosen first; `twoStep(start, end)` then prices the
 * requisition so the approval dates include a second approval when the cost is above the threshold.
 */
export function timelineFor(rng: Rng, item: PlanItem, today: Iso, twoStep: (start: Iso, end: Iso) => boolean): Timeline {
  const T = today;
  const { neighbourhood } = campaignYears(T);
  switch (item.status) {
    case "DRAFT": {
      const start = nextMonday(addDays(T, rng.int(21, 60)));
      return { created: addDays(T, -rng.int(1, 25)), submitted: null, firstDecision: null, secondDecision: null, start, end: endAfter(start, rng.int(12, 26)), ...none };
    }
    case "SUBMITTED": {
      const start = nextMonday(addDays(T, rng.int(21, 50)));
      const end = endAfter(start, item.variant === "asc-second" ? 30 : rng.int(8, 26));
      const created = addDays(T, -rng.int(3, 12));
      const f = forwardFrom(rng, created, false, T);
      const firstDecision = item.variant === "asc-second" ? f.firstDecision : null;
      return { ...f, firstDecision, secondDecision: null, start, end, ...none };
    }
    case "DECLINED": {
      const created = addDays(T, -rng.int(30, 300));
      const start = nextMonday(addDays(created, rng.int(28, 45)));
      const end = endAfter(start, rng.int(12, 40));
      const f = forwardFrom(rng, created, item.variant === "second-step", T);
      return { ...f, start, end, ...none };
    }
    case "APPROVED": {
      const start = nextMonday(addDays(T, rng.int(14, 45)));
      const end = endAfter(start, rng.int(8, 30));
      const f = forwardFrom(rng, addDays(T, -rng.int(6, 18)), twoStep(start, end), T);
      return { ...f, start, end, ...none };
    }
    case "OPEN": {
      if (item.variant === "live") {
        const opened = addDays(T, -rng.int(3, 21));
        const closing = addDays(T, rng.int(3, 28));
        const start = nextMonday(addDays(closing, rng.int(7, 14)));
        const end = endAfter(start, rng.int(12, 39));
        return { ...backFrom(rng, opened, twoStep(start, end)), opened, closing, start, end, filled: null, closed: null, cancelled: null };
      }
      const opened = addDays(T, -rng.int(50, 150));
      const closing = addDays(opened, rng.int(14, 28));
      const start = nextMonday(addDays(closing, rng.int(7, 14)));
      const end = endAfter(start, Math.ceil(daysBetween(start, T) / 7) + rng.int(12, 30));
      return { ...backFrom(rng, opened, twoStep(start, end)), opened, closing, start, end, filled: null, closed: null, cancelled: null };
    }
    case "FILLED": {
      let start: Iso;
      if (item.variant === "pending") start = nextMonday(addDays(T, rng.int(3, 14)));
      else if (item.variant === "jordan") start = addDays(mondayOf(T), -56);
      else if (item.variant === "recent") start = mondayOf(addDays(T, -rng.int(14, 70)));
      else start = mondayOf(addDays(T, -rng.int(14, 320)));
      const end = endAfter(start, Math.max(12, Math.ceil(daysBetween(start, T) / 7) + rng.int(3, 24)));
      const lead = item.variant === "pending" ? rng.int(20, 30) : rng.int(21, 42);
      const opened = addDays(start, -lead);
      const closing = addDays(opened, rng.int(10, 14));
      const filled = addDays(closing, rng.int(1, 5));
      return { ...backFrom(rng, opened, twoStep(start, end)), opened, closing, start, end, filled: filled >= T ? addDays(T, -1) : filled, closed: null, cancelled: null };
    }
    case "CLOSED": {
      let start: Iso;
      let weeks: number;
      if (item.variant === "neighbourhood") {
        start = nextMonday(addDays(`${neighbourhood}-06-01`, rng.int(7, 60)));
        weeks = rng.int(10, 16);
      } else if (item.variant === "unfilled") {
        start = nextMonday(addDays(T, -rng.int(60, 400)));
        weeks = rng.int(12, 26);
      } else {
        start = mondayOf(addDays(T, -rng.int(150, 470)));
        weeks = Math.min(rng.int(10, 30), Math.floor((daysBetween(start, T) - 14) / 7));
      }
      const end = endAfter(start, weeks);
      const opened = addDays(start, -rng.int(21, 35));
      const closing = addDays(opened, rng.int(10, 14));
      const base = backFrom(rng, opened, twoStep(start, end));
      if (item.variant === "unfilled") {
        return { ...base, opened, closing, start, end, filled: null, closed: addDays(closing, rng.int(3, 10)), cancelled: null };
      }
      const filled = item.variant === "partial" ? null : addDays(closing, rng.int(1, 5));
      return { ...base, opened, closing, start, end, filled, closed: addDays(end, rng.int(1, 7)), cancelled: null };
    }
    case "CANCELLED": {
      const created = addDays(T, -rng.int(40, 250));
      const start = nextMonday(addDays(created, rng.int(35, 60)));
      const end = endAfter(start, rng.int(12, 30));
      if (item.variant === "while-submitted") {
        const f = forwardFrom(rng, created, false, T);
        return { ...f, firstDecision: null, start, end, ...none, cancelled: addDays(f.submitted, rng.int(1, 3)) };
      }
      const f = forwardFrom(rng, created, twoStep(start, end), T);
      const approved = f.secondDecision ?? f.firstDecision;
      if (item.variant === "after-open") {
        const opened = addDays(approved, rng.int(1, 3));
        return { ...f, opened, closing: addDays(opened, 21), start, end, filled: null, closed: null, cancelled: addDays(opened, rng.int(6, 12)) };
      }
      return { ...f, start, end, ...none, cancelled: addDays(approved, rng.int(2, 10)) };
    }
  }
}
