import "server-only";
import { lastDayOf } from "@/lib/placements/lifecycle";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { todayUtc } from "@/lib/dates";
import { formatDate, formatHours } from "@/lib/format";
import { checkWeekHours, type SubmitTimesheetInput } from "./schemas";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const date = (s: string) => new Date(`${s}T00:00:00.000Z`);

export class TimesheetExistsError extends DomainError {
  constructor(
    readonly timesheetId: string,
    weekStart: Date,
  ) {
    super(`You have already sent a timesheet for the week beginning ${formatDate(weekStart)}. You can see it in your placement's timesheets.`);
  }
}

/** The placement end the worker's hours are checked against: the actual end once it has ended, else the planned end. */

/**
 * A placed worker sends their hours for one Monday–Sunday week of their own placement. Refused for a week
 * outside the placement or not yet started, for more than 24 hours in a day, and for a week already sent
 * (the unique index placement × week decides when two arrive at once). Rates are frozen from the
 * placement. One transaction with audit and a note to the service's managers.
 */
export async function submitTimesheet(viewer: Viewer | null, input: SubmitTimesheetInput) {
  const v = authorize(viewer, "timesheet.submit.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  const placement = await db().placement.findFirst({
    where: { id: input.placementId, councilId: v.councilId, candidateId, candidate: { userId: v.userId } },
    select: {
      id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, payRatePence: true,
      chargeRatePence: true, serviceId: true,
      candidate: { select: { firstName: true, lastName: true } },
      requisition: { select: { jobTitle: true, raisedById: true } },
    },
  });
  if (!placement) throw new NotFoundError("We could not find that placement.");
  if (placement.status === "PENDING_START") throw new DomainError("Your placement has not started yet, so there are no hours to send.");
  const existing = await db().timesheet.findFirst({
    where: { councilId: v.councilId, placementId: placement.id, weekStart: date(input.weekStart) },
    select: { id: true, weekStart: true },
  });
  if (existing) throw new TimesheetExistsError(existing.id, existing.weekStart);
  const week = checkWeekHours({
    weekStart: input.weekStart,
    hours: input.hours,
    placementStart: iso(placement.startDate),
    placementEnd: iso(lastDayOf(placement)),
    today: iso(todayUtc()),
  });
  if (!week.ok) throw new DomainError(week.formError ?? "Check the hours you entered", week.fieldErrors);

  try {
    return await db().$transaction(async (tx) => {
      const ts = await tx.timesheet.create({
        data: {
          councilId: v.councilId,
          placementId: placement.id,
          weekStart: date(input.weekStart),
          status: "SUBMITTED",
          totalHours: week.totalHours,
          payRatePence: placement.payRatePence,
          chargeRatePence: placement.chargeRatePence,
          submittedById: v.userId,
          lines: { create: week.lines.map((l) => ({ councilId: v.councilId, workDate: date(l.workDate), hours: l.hours })) },
        },
      });
      await tx.candidateProfile.update({ where: { id: candidateId }, data: { lastActivityAt: new Date() } });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "timesheet.submit", entityType: "Timesheet", entityId: ts.id,
        changes: { placementId: placement.id, weekStart: input.weekStart, totalHours: week.totalHours },
      });
      const worker = `${placement.candidate.firstName} ${placement.candidate.lastName}`;
      await notify(tx, {
        councilId: v.councilId,
        userIds: [...(await serviceManagers(tx, v.councilId, placement.serviceId)), placement.requisition.raisedById],
        kind: "timesheet.submitted",
        title: `${placement.reference}: timesheet to approve`,
        body: `${worker} sent their timesheet for the week beginning ${formatDate(ts.weekStart)} (${placement.requisition.jobTitle}): ${formatHours(week.totalHours)}.`,
        link: `/manager/timesheets/${ts.id}`,
      });
      return ts;
    });
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      const again = await db().timesheet.findFirst({
        where: { councilId: v.councilId, placementId: placement.id, weekStart: date(input.weekStart) },
        select: { id: true, weekStart: true },
      });
      if (again) throw new TimesheetExistsError(again.id, again.weekStart);
    }
    throw e;
  }
}
