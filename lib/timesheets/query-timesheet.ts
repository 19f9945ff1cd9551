import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { formatDate } from "@/lib/format";

export const queryTimesheetSchema = z.object({
  timesheetId: z.string().min(1),
  comment: z.string().trim().min(1, "Say what is wrong with the timesheet, so the worker can correct it").max(2000, "Comment must be 2,000 characters or fewer"),
});

export type QueryTimesheetInput = z.infer<typeof queryTimesheetSchema>;

/**
 * Query a submitted timesheet: it goes back to the worker (QUERIED) with the manager's comment, which the
 * worker sees. An approved timesheet cannot be queried or changed. One transaction with audit and
 * notifications to the worker, the Connect2 team and the requisition's raiser.
 */
export async function queryTimesheet(viewer: Viewer | null, input: QueryTimesheetInput) {
  const v = authorize(viewer, "timesheet.approve");
  return db().$transaction(async (tx) => {
    const ts = await tx.timesheet.findFirst({
      where: { id: input.timesheetId, councilId: v.councilId, placement: { councilId: v.councilId, serviceId: { in: v.serviceIds } } },
      select: {
        id: true, status: true, weekStart: true,
        placement: { select: { reference: true, candidate: { select: { userId: true, firstName: true, lastName: true } }, requisition: { select: { raisedById: true } } } },
      },
    });
    if (!ts) throw new NotFoundError("We could not find that timesheet for a placement in your services.");
    if (ts.status === "APPROVED") throw new DomainError("This timesheet is already approved. An approved timesheet cannot be changed.");
    if (ts.status !== "SUBMITTED") throw new DomainError("This timesheet has already been queried and is waiting for the worker.");
    const moved = await tx.timesheet.updateMany({
      where: { id: ts.id, status: "SUBMITTED" },
      data: { status: "QUERIED", queriedAt: new Date(), queriedById: v.userId, queryComment: input.comment, queryResponse: null },
    });
    if (moved.count !== 1) throw new DomainError("Someone else changed this timesheet just now. Reload the page.");
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "timesheet.query", entityType: "Timesheet", entityId: ts.id,
      changes: { status: ["SUBMITTED", "QUERIED"], comment: input.comment },
    });
    const week = formatDate(ts.weekStart);
    const worker = `${ts.placement.candidate.firstName} ${ts.placement.candidate.lastName}`;
    await notify(tx, {
      councilId: v.councilId,
      userIds: ts.placement.candidate.userId ? [ts.placement.candidate.userId] : [],
      kind: "timesheet.queried",
      title: `Your timesheet for the week beginning ${week} was queried`,
      body: `${v.name} queried your timesheet: "${input.comment}". Correct it and submit it again.`,
      link: `/candidate/timesheets/${ts.id}`,
    });
    await notify(tx, {
      councilId: v.councilId,
      userIds: [...(await agencyTeam(tx, v.councilId)), ts.placement.requisition.raisedById],
      kind: "timesheet.queried",
      title: `${ts.placement.reference}: timesheet queried`,
      body: `${v.name} queried ${worker}'s timesheet for the week beginning ${week}: "${input.comment}".`,
      link: `/manager/timesheets/${ts.id}`,
    });
    return { id: ts.id, status: "QUERIED" as const };
  });
}
