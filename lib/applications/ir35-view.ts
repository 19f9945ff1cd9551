// The IR35 status determination as the team's pages show it (rule 3): the statement and, when the worker
// disagreed, where the 45-day answer stands on a given day (`disagreementStatus` in lib/compliance/ir35.ts).
// Pure: no database, so the application and placement pages show the same thing.
import { disagreementStatus, type DisagreementState } from "@/lib/compliance/ir35";
import type { IsoDate, Ir35Status } from "@/lib/compliance/types";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type DeterminationRow = {
  status: Ir35Status;
  reasons: string;
  determinedOn: Date;
  disagreementReceivedOn: Date | null;
  disagreementRespondedOn: Date | null;
  disagreementResponse: string | null;
};

export type Ir35DisagreementView = {
  receivedOn: IsoDate;
  /** the last day to answer: received + 44 (45 days counting the day received) */
  respondBy: IsoDate;
  respondedOn: IsoDate | null;
  response: string | null;
  state: DisagreementState;
  daysRemaining: number | null;
  answeredLate: boolean;
  /** e.g. "Open: respond by 14 November 2026 (3 days left)." */
  summary: string;
};

export type Ir35View = {
  status: Ir35Status;
  reasons: string;
  determinedOn: IsoDate;
  disagreement: Ir35DisagreementView | null;
};

export const DISAGREEMENT_STATE_LABEL: Record<DisagreementState, string> = { open: "Open", answered: "Answered", overdue: "Overdue" };

/** The determination with its disagreement's state on `today` (null when none is recorded). */
export function ir35View(row: DeterminationRow | null, today: IsoDate): Ir35View | null {
  if (!row) return null;
  let disagreement: Ir35DisagreementView | null = null;
  if (row.disagreementReceivedOn) {
    const receivedOn = iso(row.disagreementReceivedOn);
    const respondedOn = row.disagreementRespondedOn ? iso(row.disagreementRespondedOn) : null;
    const s = disagreementStatus({ receivedOn, answeredOn: respondedOn }, today);
    disagreement = {
      receivedOn, respondBy: s.deadline, respondedOn, response: row.disagreementResponse, state: s.state,
      daysRemaining: s.daysRemaining, answeredLate: s.answeredLate, summary: s.reason,
    };
  }
  return { status: row.status, reasons: row.reasons, determinedOn: iso(row.determinedOn), disagreement };
}
