import "server-only";
import { lastDayOf } from "@/lib/placements/lifecycle";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { PlacementStatus, TimesheetStatus } from "@/lib/generated/prisma/enums";
import { todayUtc } from "@/lib/dates";
import { addDays, compareIsoDates, isIsoDate, mondayOf } from "@/lib/compliance/dates";
import { DAY_KEYS, DAY_NAMES, type DayKey } from "./schemas";

/** A worker's own timesheets: the scope is always their own placements in their own council. */

function own(viewer: Viewer | null) {
  const v = authorize(viewer, "placement.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  return { v, placementScope: { councilId: v.councilId, candidateId: v.candidateId, candidate: { userId: v.userId } } };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type WeekDay = { key: DayKey; name: string; date: string; inPlacement: boolean; future: boolean; hours: string };

function weekDays(weekStart: string, start: string, end: string, today: string, hoursByDate: Map<string, string>): WeekDay[] {
  return DAY_KEYS.map((key, i) => {
    const date = addDays(weekStart, i);
    return {
      key, name: DAY_NAMES[key], date,
      inPlacement: compareIsoDates(date, start) >= 0 && compareIsoDates(date, end) <= 0,
      future: compareIsoDates(date, today) > 0,
      hours: hoursByDate.get(date) ?? "",
    };
  });
}

type PlacementSummary = { id: string; reference: string; jobTitle: string; status: PlacementStatus; startDate: Date; endDate: Date };

export type WeekForm = {
  placement: PlacementSummary;
  weekStart: string;
  days: WeekDay[];
  /** the timesheet already sent for this week, if any */
  existingId: string | null;
};

/**
 * What the "send your hours" page needs for one week of one of the worker's placements. The week is
 * normalised to its Monday; whether it may be sent is decided by submitTimesheet, not here.
 */
export async function getTimesheetWeekForm(viewer: Viewer | null, placementId: string, week: string): Promise<WeekForm> {
  const { v, placementScope } = own(viewer);
  const p = await db().placement.findFirst({
    where: { id: placementId, ...placementScope },
    select: { id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, requisition: { select: { jobTitle: true } } },
  });
  if (!p) throw new NotFoundError("We could not find that placement.");
  const today = iso(todayUtc());
  const weekStart = mondayOf(isIsoDate(week) ? week : today);
  const end = lastDayOf(p);
  const existing = await db().timesheet.findFirst({
    where: { councilId: v.councilId, placementId: p.id, weekStart: new Date(`${weekStart}T00:00:00.000Z`) },
    select: { id: true },
  });
  return {
    placement: { id: p.id, reference: p.reference, jobTitle: p.requisition.jobTitle, status: p.status, startDate: p.startDate, endDate: end },
    weekStart,
    days: weekDays(weekStart, iso(p.startDate), iso(end), today, new Map()),
    existingId: existing?.id ?? null,
  };
}

export type MyTimesheet = {
  id: string;
  placement: PlacementSummary;
  weekStart: string;
  status: TimesheetStatus;
  totalHours: string;
  days: WeekDay[];
  submittedAt: Date;
  approvedAt: Date | null;
  queriedAt: Date | null;
  queryComment: string | null;
  queryResponse: string | null;
};

export async function getMyTimesheet(viewer: Viewer | null, id: string): Promise<MyTimesheet> {
  const { v, placementScope } = own(viewer);
  const t = await db().timesheet.findFirst({
    where: { id, councilId: v.councilId, placement: placementScope },
    select: {
      id: true, weekStart: true, status: true, totalHours: true, submittedAt: true, approvedAt: true, queriedAt: true,
      queryComment: true, queryResponse: true,
      lines: { select: { workDate: true, hours: true } },
      placement: {
        select: { id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, requisition: { select: { jobTitle: true } } },
      },
    },
  });
  if (!t) throw new NotFoundError("We could not find that timesheet.");
  const p = t.placement;
  const end = lastDayOf(p);
  const hours = new Map(t.lines.map((l) => [iso(l.workDate), l.hours.toString()]));
  return {
    id: t.id,
    placement: { id: p.id, reference: p.reference, jobTitle: p.requisition.jobTitle, status: p.status, startDate: p.startDate, endDate: end },
    weekStart: iso(t.weekStart), status: t.status, totalHours: t.totalHours.toString(),
    days: weekDays(iso(t.weekStart), iso(p.startDate), iso(end), iso(todayUtc()), hours),
    submittedAt: t.submittedAt, approvedAt: t.approvedAt, queriedAt: t.queriedAt, queryComment: t.queryComment, queryResponse: t.queryResponse,
  };
}

export type MyTimesheetRow = { id: string; placementId: string; jobTitle: string; weekStart: string; status: TimesheetStatus; totalHours: string };

/** The worker's timesheets, newest week first; optionally only those in one status (e.g. QUERIED for the home page). */
export async function listMyTimesheets(viewer: Viewer | null, opts: { status?: TimesheetStatus; take?: number } = {}): Promise<MyTimesheetRow[]> {
  const { v, placementScope } = own(viewer);
  const rows = await db().timesheet.findMany({
    where: { councilId: v.councilId, placement: placementScope, ...(opts.status ? { status: opts.status } : {}) },
    orderBy: [{ weekStart: "desc" }, { id: "asc" }],
    take: Math.min(opts.take ?? 100, 500),
    select: { id: true, weekStart: true, status: true, totalHours: true, placement: { select: { id: true, requisition: { select: { jobTitle: true } } } } },
  });
  return rows.map((t) => ({
    id: t.id, placementId: t.placement.id, jobTitle: t.placement.requisition.jobTitle, weekStart: iso(t.weekStart), status: t.status,
    totalHours: t.totalHours.toString(),
  }));
}
