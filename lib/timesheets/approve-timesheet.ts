import "server-only";
import { db, type Tx } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { checkTimesheetRightToWork } from "@/lib/compliance/timesheet-check";
import { formatDate, formatHours, formatMoney } from "@/lib/format";

/** Timesheets of the manager's placements, loaded with the scope in the same `where`. */
function inScope(v: Viewer, id: string) {
  return { id, councilId: v.councilId, placement: { councilId: v.councilId, serviceId: { in: v.serviceIds } } };
}

async function approveInTx(tx: Tx, v: Viewer, id: string) {
  const ts = await tx.timesheet.findFirst({
    where: inScope(v, id),
    select: {
      id: true, status: true, weekStart: true, totalHours: true, chargeRatePence: true, submittedById: true,
      placement: { select: { id: true, reference: true, candidate: { select: { userId: true, firstName: true, lastName: true } }, requisition: { select: { raisedById: true } } } },
    },
  });
  if (!ts) throw new NotFoundError("We could not find that timesheet for a placement in your services.");
  if (ts.status === "APPROVED") throw new DomainError("This timesheet is already approved. An approved timesheet cannot be changed.");
  if (ts.status !== "SUBMITTED") throw new DomainError("This timesheet has been queried; it can be approved once the worker resubmits it.");
  // Rule 5: no approval for a week without valid right to work.
  const gate = await checkTimesheetRightToWork(tx, v.councilId, ts.id);
  if (!gate.allowed) {
    throw new DomainError(`This timesheet cannot be approved: right to work is not valid for every day worked. ${gate.reasons.join(" ")}`);
  }
  const now = new Date();
  const moved = await tx.timesheet.updateMany({
    where: { id: ts.id, status: "SUBMITTED" },
    data: { status: "APPROVED", approvedAt: now, approvedById: v.userId },
  });
  if (moved.count !== 1) throw new DomainError("Someone else changed this timesheet just now. Reload the page.");
  const spend = Math.round(Number(ts.totalHours) * ts.chargeRatePence);
  await writeAudit(tx, {
    councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "timesheet.approve", entityType: "Timesheet", entityId: ts.id,
    changes: { status: ["SUBMITTED", "APPROVED"], totalHours: ts.totalHours.toString(), spendPence: spend },
  });
  const worker = `${ts.placement.candidate.firstName} ${ts.placement.candidate.lastName}`;
  const week = formatDate(ts.weekStart);
  await notify(tx, {
    councilId: v.councilId,
    userIds: ts.placement.candidate.userId ? [ts.placement.candidate.userId] : [],
    kind: "timesheet.approved",
    title: `Timesheet approved: week beginning ${week}`,
    body: `${v.name} approved your timesheet for the week beginning ${week} (${formatHours(ts.totalHours.toString())}).`,
    link: `/candidate/timesheets/${ts.id}`,
  });
  await notify(tx, {
    councilId: v.councilId,
    userIds: [...(await agencyTeam(tx, v.councilId)), ts.placement.requisition.raisedById],
    kind: "timesheet.approved",
    title: `${ts.placement.reference}: timesheet approved`,
    body: `${v.name} approved ${worker}'s timesheet for the week beginning ${week}: ${formatHours(ts.totalHours.toString())}, ${formatMoney(spend)} at the charge rate.`,
    link: `/manager/timesheets/${ts.id}`,
  });
  return { id: ts.id, status: "APPROVED" as const };
}

/**
 * Approve a submitted timesheet of a placement in the manager's services. Refused when the worker's
 * right to work did not cover every day worked (lib/compliance/timesheet-check.ts). Once approved a
 * timesheet cannot be changed (every write here and in query-timesheet.ts requires SUBMITTED).
 */
export async function approveTimesheet(viewer: Viewer | null, timesheetId: string) {
  const v = authorize(viewer, "timesheet.approve");
  return db().$transaction((tx) => approveInTx(tx, v, timesheetId));
}

export type BulkApproval = { approved: string[]; refused: { id: string; message: string }[] };

/**
 * Approve several at once. Each timesheet is its own transaction, so one refusal (say, a right-to-work
 * gap) does not hold back the others; the result says which were approved and why the rest were not.
 */
export async function approveTimesheets(viewer: Viewer | null, timesheetIds: string[]): Promise<BulkApproval> {
  const v = authorize(viewer, "timesheet.approve");
  const out: BulkApproval = { approved: [], refused: [] };
  for (const id of [...new Set(timesheetIds)].slice(0, 200)) {
    try {
      await db().$transaction((tx) => approveInTx(tx, v, id));
      out.approved.push(id);
    } catch (e) {
      if (e instanceof DomainError || e instanceof NotFoundError) out.refused.push({ id, message: e.message });
      else throw e;
    }
  }
  return out;
}
