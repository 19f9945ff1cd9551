// Off-payroll working rules (ITEPA 2003 Part 2 Chapter 10): a public-sector client must give a status
// determination statement (SDS) with its reasons before a limited-company (PSC) engagement starts (s61NA/s61T),
// and must answer a worker's disagreement within 45 days (s61T(3)).
//
// Deadline interpretation: s61T(3) says the client must respond "before the end of the period of 45 days
// beginning with the day on which the client receives the representations". The received day is day 1, so
// the LAST day to answer is received + 44 days. (This is one day earlier than a naive "received + 45 days" and
// errs on the safe side.) An answer on the deadline day is on time.
import { addDays, assertIsoDate, compareIsoDates, daysBetween, formatLongDate, plural } from "./dates";
import type { EngagementType, IsoDate, Ir35Status } from "./types";

/** Calendar days the client has to answer a disagreement, counting the day received as day 1 (s61T(3)). */
export const IR35_DISAGREEMENT_DAYS = 45;

export interface Ir35Determination {
  status: Ir35Status;
  /** The reasons for the conclusion, as given in the SDS. Must be non-empty. */
  reasons: string | ReadonlyArray<string> | null;
  issuedOn?: IsoDate | null;
}

export interface Ir35Check {
  ok: boolean;
  required: boolean;
  reasons: string[];
}

/** A status determination statement is needed only for a limited-company (PSC) engagement (ITEPA s61NA). */
export function ir35DeterminationRequired(engagementType: EngagementType): boolean {
  return engagementType === "LIMITED_COMPANY";
}

/** The SDS reasons as trimmed non-empty strings. */
function reasonList(reasons: Ir35Determination["reasons"]): string[] {
  if (reasons === null) return [];
  const list = typeof reasons === "string" ? [reasons] : [...reasons];
  return list.map((r) => r.trim()).filter((r) => r.length > 0);
}

/** Checks that an engagement has the status determination statement the rules need (ITEPA s61NA). */
export function checkIr35Determination(engagementType: EngagementType, determination: Ir35Determination | null): Ir35Check {
  if (!ir35DeterminationRequired(engagementType)) {
    const label = engagementType === "PAYE" ? "a PAYE" : "an umbrella";
    return { ok: true, required: false, reasons: [`No status determination is needed for ${label} engagement.`] };
  }
  if (determination === null) {
    return { ok: false, required: true, reasons: ["A limited-company engagement needs an IR35 status determination statement; none is recorded."] };
  }
  if (reasonList(determination.reasons).length === 0) {
    return { ok: false, required: true, reasons: ["The IR35 status determination statement has no reasons; the statement must give the reasons for its conclusion."] };
  }
  if (determination.issuedOn) assertIsoDate(determination.issuedOn, "issuedOn");
  const where = determination.status === "INSIDE" ? "inside IR35 (deductions are made at source)" : "outside IR35";
  const when = determination.issuedOn ? ` on ${formatLongDate(determination.issuedOn)}` : "";
  return { ok: true, required: true, reasons: [`Status determination statement recorded${when}: ${where}, with reasons.`] };
}

/** Last day to answer a disagreement received on `receivedOn`: received + 44 days (s61T(3), 45 days incl. day 1). */
export function disagreementDeadline(receivedOn: IsoDate): IsoDate {
  assertIsoDate(receivedOn, "receivedOn");
  return addDays(receivedOn, IR35_DISAGREEMENT_DAYS - 1);
}

export interface Ir35Disagreement {
  receivedOn: IsoDate;
  answeredOn?: IsoDate | null;
}

export type DisagreementState = "open" | "overdue" | "answered";

export interface DisagreementStatus {
  state: DisagreementState;
  deadline: IsoDate;
  /** Days from asOf to the deadline (0 on the deadline day, negative when overdue); null once answered. */
  daysRemaining: number | null;
  /** True when it was answered after the deadline. */
  answeredLate: boolean;
  reason: string;
}

/** Where a disagreement stands on `asOf`: open, overdue or answered, with days remaining (s61T). */
export function disagreementStatus(disagreement: Ir35Disagreement, asOf: IsoDate): DisagreementStatus {
  assertIsoDate(asOf, "asOf");
  const deadline = disagreementDeadline(disagreement.receivedOn);
  const answeredOn = disagreement.answeredOn ?? null;
  if (answeredOn !== null && compareIsoDates(answeredOn, asOf) <= 0) {
    const late = compareIsoDates(answeredOn, deadline) > 0;
    return {
      state: "answered", deadline, daysRemaining: null, answeredLate: late,
      reason: late
        ? `Answered on ${formatLongDate(answeredOn)}, ${plural(daysBetween(deadline, answeredOn), "day")} after the deadline of ${formatLongDate(deadline)}.`
        : `Answered on ${formatLongDate(answeredOn)}, within the deadline of ${formatLongDate(deadline)}.`,
    };
  }
  const daysRemaining = daysBetween(asOf, deadline);
  if (daysRemaining < 0) {
    return {
      state: "overdue", deadline, daysRemaining, answeredLate: false,
      reason: `Overdue: the response was due by ${formatLongDate(deadline)}, ${plural(-daysRemaining, "day")} ago.`,
    };
  }
  return {
    state: "open", deadline, daysRemaining, answeredLate: false,
    reason: daysRemaining === 0
      ? `Open: the response is due today, ${formatLongDate(deadline)}.`
      : `Open: respond by ${formatLongDate(deadline)} (${plural(daysRemaining, "day")} left).`,
  };
}
