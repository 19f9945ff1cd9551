// Retention (UK GDPR Art 5(1)(e) storage limitation): unsuccessful candidates' personal data is kept for a
// configurable period after their last activity (default 12 months) and then anonymised; right-to-work copies
// are kept until 2 years after the work ends (Home Office employer's guide, Immigration, Asylum and Nationality
// Act 2006) and then deleted. "Due on date X" means X is on or after the due date.
import { addMonths, assertIsoDate, compareIsoDates, formatLongDate, plural } from "./dates";
import type { IsoDate } from "./types";

export const DEFAULT_UNSUCCESSFUL_RETENTION_MONTHS = 12;
export const DEFAULT_RIGHT_TO_WORK_RETENTION_MONTHS = 24;

export interface RetentionDecision {
  due: boolean;
  /** The first day the action is due; null when it cannot yet be dated. */
  dueOn: IsoDate | null;
  reason: string;
}

/** Rejects negative or fractional month settings. */
function assertMonths(months: number): void {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`retention months must be a whole number of 0 or more; got ${months}`);
}

/** Day an unsuccessful candidate becomes due for anonymisation: last activity + months (Art 5(1)(e)). */
export function anonymiseDueDate(lastActivityOn: IsoDate, months = DEFAULT_UNSUCCESSFUL_RETENTION_MONTHS): IsoDate {
  assertIsoDate(lastActivityOn, "lastActivityOn");
  assertMonths(months);
  return addMonths(lastActivityOn, months);
}

export interface AnonymisationInput {
  lastActivityOn: IsoDate;
  /** True when the person was never placed (only unsuccessful candidates fall under this rule). */
  unsuccessful: boolean;
  retentionMonths?: number;
  /** Already anonymised on this date, if so. */
  anonymisedOn?: IsoDate | null;
}

/** Whether an unsuccessful candidate's personal data is due for anonymisation on `onDate` (Art 5(1)(e)). */
export function isAnonymisationDue(input: AnonymisationInput, onDate: IsoDate): RetentionDecision {
  assertIsoDate(onDate, "onDate");
  const months = input.retentionMonths ?? DEFAULT_UNSUCCESSFUL_RETENTION_MONTHS;
  const dueOn = anonymiseDueDate(input.lastActivityOn, months);
  if (input.anonymisedOn) {
    return { due: false, dueOn, reason: `Already anonymised on ${formatLongDate(input.anonymisedOn)}.` };
  }
  if (!input.unsuccessful) {
    return { due: false, dueOn: null, reason: "The person has been placed, so worker records follow the employment retention schedule, not the unsuccessful-candidate rule." };
  }
  const period = plural(months, "month");
  if (compareIsoDates(onDate, dueOn) >= 0) {
    return { due: true, dueOn, reason: `Last activity was on ${formatLongDate(input.lastActivityOn)}; the ${months}-month retention period has ended, so anonymisation was due on ${formatLongDate(dueOn)}.` };
  }
  return { due: false, dueOn, reason: `Last activity was on ${formatLongDate(input.lastActivityOn)}; keep for ${period}, until anonymisation on ${formatLongDate(dueOn)}.` };
}

/** Day right-to-work copies become due for deletion: end of work + months (Home Office guide: 2 years). */
export function rightToWorkCopyDeleteDate(workEndedOn: IsoDate, months = DEFAULT_RIGHT_TO_WORK_RETENTION_MONTHS): IsoDate {
  assertIsoDate(workEndedOn, "workEndedOn");
  assertMonths(months);
  return addMonths(workEndedOn, months);
}

export interface RightToWorkCopyInput {
  /** Last day of work for the council; null while still working (or never placed). */
  workEndedOn: IsoDate | null;
  retentionMonths?: number;
}

/** Whether right-to-work document copies are due for deletion on `onDate` (Home Office employer's guide). */
export function isRightToWorkCopyDeletionDue(input: RightToWorkCopyInput, onDate: IsoDate): RetentionDecision {
  assertIsoDate(onDate, "onDate");
  const months = input.retentionMonths ?? DEFAULT_RIGHT_TO_WORK_RETENTION_MONTHS;
  if (input.workEndedOn === null) {
    assertMonths(months);
    return { due: false, dueOn: null, reason: "Work has not ended, so right to work copies must be kept." };
  }
  const dueOn = rightToWorkCopyDeleteDate(input.workEndedOn, months);
  const period = plural(months, "month");
  if (compareIsoDates(onDate, dueOn) >= 0) {
    return { due: true, dueOn, reason: `Work ended on ${formatLongDate(input.workEndedOn)}; right to work copies were due for deletion on ${formatLongDate(dueOn)}, ${period} later.` };
  }
  return { due: false, dueOn, reason: `Work ended on ${formatLongDate(input.workEndedOn)}; keep right to work copies until ${formatLongDate(dueOn)} (${period}).` };
}
