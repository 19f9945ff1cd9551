import "server-only";
import { db, type Db } from "@/lib/db";
import { addDays, compareIsoDates, formatLongDate, mondayOf } from "@/lib/compliance/dates";
import type { IsoDate } from "@/lib/compliance/types";
import { LINKS } from "@/lib/notifications/rules";
import { dateOf, isoOf } from "./clock";
import { noticesPerCouncil } from "./per-council";
import type { JobOptions, JobResult } from "./types";

/**
 * Weekly timesheet reminders.
 * - Monday 09:00 (workers): each worker whose placement ran during last week (Monday–Sunday) and who has
 *   submitted no timesheet for it is reminded once: key `timesheet-reminder:<placementId>:<weekStart>`.
 * - Tuesday 12:00 (managers): each service with timesheets waiting for approval (SUBMITTED, for a week
 *   before this one) tells its hiring managers how many: key `timesheet-approvals:<serviceId>:<this Monday>`.
 */

/** Monday of the last complete week before `asOf`'s week. */
export function previousWeekStart(asOf: IsoDate): IsoDate {
  return addDays(mondayOf(asOf), -7);
}

export type PlacementWeekRow = {
  placementId: string;
  candidateId: string;
  reference: string;
  jobTitle: string;
  status: "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED";
  startDate: IsoDate;
  /** last day worked: the actual end, or the planned end of a placement no longer active; null while active */
  lastDay: IsoDate | null;
  /** Mondays with a timesheet in any state */
  timesheetWeeks: IsoDate[];
};

export type MissingTimesheet = {
  placementId: string;
  candidateId: string;
  weekStart: IsoDate;
  dedupeKey: string;
  title: string;
  body: string;
};

/** Placements that ran during the week of `weekStart` but have no timesheet for it. Pure. */
export function missingTimesheets(placements: ReadonlyArray<PlacementWeekRow>, weekStart: IsoDate): MissingTimesheet[] {
  const weekEnd = addDays(weekStart, 6);
  return placements
    .filter((p) => p.status !== "PENDING_START")
    .filter((p) => compareIsoDates(p.startDate, weekEnd) <= 0 && (p.lastDay === null || compareIsoDates(p.lastDay, weekStart) >= 0))
    .filter((p) => !p.timesheetWeeks.includes(weekStart))
    .map((p) => ({
      placementId: p.placementId,
      candidateId: p.candidateId,
      weekStart,
      dedupeKey: `timesheet-reminder:${p.placementId}:${weekStart}`,
      title: `Submit your timesheet for the week beginning ${formatLongDate(weekStart)}`,
      body: `We have no timesheet from you for ${p.jobTitle} (${p.reference}) for the week beginning ${formatLongDate(weekStart)}. Please submit it today so your manager can approve it and you are paid on time. If you did not work that week, submit it with no hours.`,
    }));
}

export type WaitingTimesheet = { serviceId: string; serviceName: string; weekStart: IsoDate };

export type ApprovalReminder = { serviceId: string; count: number; oldestWeek: IsoDate; dedupeKey: string; title: string; body: string };

/** Per service, timesheets submitted for weeks before `asOf`'s week and still waiting for approval. Pure. */
export function approvalsWaiting(rows: ReadonlyArray<WaitingTimesheet>, asOf: IsoDate): ApprovalReminder[] {
  const thisWeek = mondayOf(asOf);
  const byService = new Map<string, { name: string; weeks: IsoDate[] }>();
  for (const r of rows) {
    if (compareIsoDates(r.weekStart, thisWeek) >= 0) continue;
    const s = byService.get(r.serviceId) ?? { name: r.serviceName, weeks: [] };
    s.weeks.push(r.weekStart);
    byService.set(r.serviceId, s);
  }
  return [...byService.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([serviceId, s]) => {
      const oldestWeek = [...s.weeks].sort(compareIsoDates)[0];
      const count = s.weeks.length;
      return {
        serviceId,
        count,
        oldestWeek,
        dedupeKey: `timesheet-approvals:${serviceId}:${thisWeek}`,
        title: `${count === 1 ? "1 timesheet is" : `${count} timesheets are`} waiting for approval in ${s.name}`,
        body: `${count === 1 ? "1 timesheet" : `${count} timesheets`} in ${s.name} ${count === 1 ? "is" : "are"} waiting for approval, the oldest for the week beginning ${formatLongDate(oldestWeek)}. Please approve or query ${count === 1 ? "it" : "them"} so workers are paid on time.`,
      };
    });
}

export async function runWorkerTimesheetReminders(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  return noticesPerCouncil("timesheet-reminders-workers", opts, client, async (councilId, asOf) => {
    const weekStart = previousWeekStart(asOf);
    const weekEnd = addDays(weekStart, 6);
    const placements = await client.placement.findMany({
      where: {
        councilId,
        status: { in: ["ACTIVE", "ENDED", "CONVERTED"] },
        startDate: { lte: dateOf(weekEnd) },
        OR: [{ status: "ACTIVE" }, { actualEndDate: { gte: dateOf(weekStart) } }, { actualEndDate: null, plannedEndDate: { gte: dateOf(weekStart) } }],
      },
      select: {
        id: true, candidateId: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true,
        requisition: { select: { jobTitle: true } },
        timesheets: { where: { weekStart: dateOf(weekStart) }, select: { weekStart: true } },
      },
    });
    const missing = missingTimesheets(
      placements.map((p) => ({
        placementId: p.id,
        candidateId: p.candidateId,
        reference: p.reference,
        jobTitle: p.requisition.jobTitle,
        status: p.status,
        startDate: isoOf(p.startDate),
        lastDay: isoOf(p.actualEndDate) ?? (p.status === "ACTIVE" ? null : isoOf(p.plannedEndDate)),
        timesheetWeeks: p.timesheets.map((t) => isoOf(t.weekStart)),
      })),
      weekStart,
    );
    return {
      considered: placements.length,
      notices: missing.map((m) => ({
        kind: "timesheet.missing",
        about: { candidateId: m.candidateId },
        message: { title: m.title, body: m.body, dedupeKey: m.dedupeKey, links: { worker: LINKS.candidateTimesheets() } },
      })),
    };
  });
}

export async function runManagerTimesheetReminders(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  return noticesPerCouncil("timesheet-reminders-managers", opts, client, async (councilId, asOf) => {
    const waiting = await client.timesheet.findMany({
      where: { councilId, status: "SUBMITTED", weekStart: { lt: dateOf(mondayOf(asOf)) } },
      select: { weekStart: true, placement: { select: { serviceId: true, requisition: { select: { service: { select: { name: true } } } } } } },
    });
    const reminders = approvalsWaiting(
      waiting.map((t) => ({ serviceId: t.placement.serviceId, serviceName: t.placement.requisition.service.name, weekStart: isoOf(t.weekStart) })),
      asOf,
    );
    return {
      considered: waiting.length,
      notices: reminders.map((r) => ({
        kind: "timesheet.awaiting-approval",
        about: { serviceIds: [r.serviceId] },
        message: { title: r.title, body: r.body, dedupeKey: r.dedupeKey, links: { serviceManagers: LINKS.managerTimesheets() } },
      })),
    };
  });
}
