import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { todayUtc } from "@/lib/dates";
import { formatDate, formatHours } from "@/lib/format";
import { checkWeekHours, type RespondToQueryInput } from "./schemas";
import { lastDayOf } from "@/lib/placements/lifecycle";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const date = (s: string) => new Date(`${s}T00:00:00.000Z`);

/**
 * The worker answers a query on their own timesheet and sends it again: in one transaction the status
 * moves QUERIED → SUBMITTED (a conditional update, so a double post cannot resubmit twice), the daily
 * lines are replaced, the answer is stored beside the manager's query comment (both kept), with audit
 * and a note to the manager who queried it and the service's managers.
 */
export async function respondToQuery(viewer: Viewer | null, input: RespondToQueryInput) {
  const v = authorize(viewer, "timesheet.submit.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  return db().$transaction(async (tx) => {
    const ts = await tx.timesheet.findFirst({
      where: { id: input.timesheetId, councilId: v.councilId, placement: { councilId: v.councilId, candidateId, candidate: { userId: v.userId } } },
      select: {
        id: true, status: true, weekStart: true, totalHours: true, queriedById: true,
        placement: {
          select: {
            id: true, reference: true, startDate: true, plannedEndDate: true, actualEndDate: true, serviceId: true,
            candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { jobTitle: true } },
          },
        },
      },
    });
    if (!ts) throw new NotFoundError("We could not find that timesheet.");
    if (ts.status === "APPROVED") throw new DomainError("This timesheet has been approved, so it cannot be changed.");
    if (ts.status === "SUBMITTED") throw new DomainError("This timesheet has already been sent and is waiting for approval.");
    const week = checkWeekHours({
      weekStart: iso(ts.weekStart),
      hours: input.hours,
      placementStart: iso(ts.placement.startDate),
      placementEnd: iso(lastDayOf(ts.placement)),
      today: iso(todayUtc()),
    });
    if (!week.ok) throw new DomainError(week.formError ?? "Check the hours you entered", week.fieldErrors);
    const now = new Date();
    const moved = await tx.timesheet.updateMany({
      where: { id: ts.id, status: "QUERIED" },
      data: { status: "SUBMITTED", queryResponse: input.response, totalHours: week.totalHours, submittedAt: now, submittedById: v.userId },
    });
    if (moved.count !== 1) throw new DomainError("This timesheet changed just now. Reload the page.");
    await tx.timesheetLine.deleteMany({ where: { timesheetId: ts.id } });
    await tx.timesheetLine.createMany({
      data: week.lines.map((l) => ({ councilId: v.councilId, timesheetId: ts.id, workDate: date(l.workDate), hours: l.hours })),
    });
    await tx.candidateProfile.update({ where: { id: candidateId }, data: { lastActivityAt: now } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "timesheet.resubmit", entityType: "Timesheet", entityId: ts.id,
      changes: { status: ["QUERIED", "SUBMITTED"], totalHours: [ts.totalHours.toString(), String(week.totalHours)], response: input.response },
    });
    const worker = `${ts.placement.candidate.firstName} ${ts.placement.candidate.lastName}`;
    await notify(tx, {
      councilId: v.councilId,
      userIds: [...(ts.queriedById ? [ts.queriedById] : []), ...(await serviceManagers(tx, v.councilId, ts.placement.serviceId))],
      kind: "timesheet.resubmitted",
      title: `${ts.placement.reference}: queried timesheet sent again`,
      body: `${worker} answered your query on the week beginning ${formatDate(ts.weekStart)} and sent it again (${formatHours(week.totalHours)}): "${input.response}".`,
      link: `/manager/timesheets/${ts.id}`,
    });
    return { id: ts.id, status: "SUBMITTED" as const };
  });
}
