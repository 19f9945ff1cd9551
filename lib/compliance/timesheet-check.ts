import "server-only";
import type { Db, Tx } from "@/lib/db";
import { timesheetGate, type CandidateCheck, type TimesheetGateResult } from "./placement-gate";

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

type CheckRow = {
  type: CandidateCheck["type"];
  status: CandidateCheck["status"];
  expiresOn: Date | null;
  checkedOn: Date | null;
  dbsLevel: CandidateCheck["dbsLevel"];
  rightToWorkRoute: CandidateCheck["rightToWorkRoute"];
  registrationBody: string | null;
  supersededAt: Date | null;
};

/** A ComplianceCheck row in the shape the pure gates take (expiresOn → expiresAt / renewalDate). */
export function toCandidateCheck(c: CheckRow): CandidateCheck {
  return {
    type: c.type,
    status: c.status,
    expiresAt: iso(c.expiresOn),
    renewalDate: c.type === "PROFESSIONAL_REGISTRATION" ? iso(c.expiresOn) : null,
    checkedOn: iso(c.checkedOn),
    dbsLevel: c.dbsLevel,
    rightToWorkRoute: c.rightToWorkRoute,
    registrationBody: c.registrationBody,
    superseded: c.supersededAt !== null,
  };
}

export const CHECK_SELECT = {
  type: true, status: true, expiresOn: true, checkedOn: true, dbsLevel: true, rightToWorkRoute: true, registrationBody: true, supersededAt: true,
} as const;

/**
 * Rule 5 for one timesheet: load the worker's right-to-work checks and the days worked (lines with hours),
 * and ask the pure `timesheetGate` whether right to work covered every one of them. Call it inside the
 * approving transaction; approval must refuse with `reasons` when `allowed` is false.
 */
export async function checkTimesheetRightToWork(client: Db | Tx, councilId: string, timesheetId: string): Promise<TimesheetGateResult> {
  const ts = await client.timesheet.findFirst({
    where: { id: timesheetId, councilId },
    select: {
      weekStart: true,
      lines: { select: { workDate: true, hours: true } },
      placement: { select: { candidateId: true } },
    },
  });
  if (!ts) return { allowed: false, uncoveredDates: [], reasons: ["The timesheet could not be found."] };
  const checks = await client.complianceCheck.findMany({
    where: { councilId, candidateId: ts.placement.candidateId, type: "RIGHT_TO_WORK" },
    select: CHECK_SELECT,
  });
  const datesWorked = ts.lines.filter((l) => Number(l.hours) > 0).map((l) => iso(l.workDate)!);
  return timesheetGate(checks.map(toCandidateCheck), iso(ts.weekStart)!, datesWorked);
}
