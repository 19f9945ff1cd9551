import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { PlacementStatus, TimesheetStatus } from "@/lib/generated/prisma/enums";
import { todayUtc } from "@/lib/dates";
import { addDays, compareIsoDates, mondayOf } from "@/lib/compliance/dates";

/** A worker's own placements (never the charge rate or margin: those are between the agency and the council). */

function own(viewer: Viewer | null) {
  const v = authorize(viewer, "placement.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  return { v, scope: { councilId: v.councilId, candidateId: v.candidateId, candidate: { userId: v.userId } } };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type MyPlacementRow = {
  id: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  location: string | null;
  status: PlacementStatus;
  startDate: Date;
  endDate: Date;
  hoursPerWeek: number;
  payRatePence: number;
  /** timesheets the manager queried, waiting for the worker's answer */
  queried: number;
};

const rowSelect = {
  id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, hoursPerWeek: true, payRatePence: true,
  requisition: { select: { jobTitle: true, location: true, service: { select: { name: true } } } },
  _count: { select: { timesheets: { where: { status: "QUERIED" as const } } } },
} as const;

type RowIn = {
  id: string; reference: string; status: PlacementStatus; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null;
  hoursPerWeek: { toNumber(): number }; payRatePence: number;
  requisition: { jobTitle: string; location: string | null; service: { name: string } };
  _count: { timesheets: number };
};

function toRow(p: RowIn): MyPlacementRow {
  return {
    id: p.id, reference: p.reference, status: p.status, startDate: p.startDate, endDate: p.actualEndDate ?? p.plannedEndDate,
    hoursPerWeek: p.hoursPerWeek.toNumber(), payRatePence: p.payRatePence, jobTitle: p.requisition.jobTitle,
    location: p.requisition.location, serviceName: p.requisition.service.name, queried: p._count.timesheets,
  };
}

export async function listMyPlacements(viewer: Viewer | null): Promise<MyPlacementRow[]> {
  const { scope } = own(viewer);
  const rows = await db().placement.findMany({ where: scope, orderBy: [{ startDate: "desc" }, { id: "asc" }], select: rowSelect });
  return rows.map(toRow);
}

export type PlacementWeek = {
  weekStart: string;
  timesheet: { id: string; status: TimesheetStatus; totalHours: string } | null;
  /** hours can be sent for this week now */
  canSubmit: boolean;
};

export type MyPlacementDetail = MyPlacementRow & { weeks: PlacementWeek[] };

/** Most weeks listed on a placement page (newest first). */
export const MAX_WEEKS_SHOWN = 104;

/**
 * One of the worker's own placements with its weeks, newest first: from the week it started to this week
 * (or the week it ended), each with its timesheet or a link to send one.
 */
export async function getMyPlacement(viewer: Viewer | null, id: string): Promise<MyPlacementDetail> {
  const { scope } = own(viewer);
  const p = await db().placement.findFirst({
    where: { id, ...scope },
    select: { ...rowSelect, timesheets: { select: { id: true, weekStart: true, status: true, totalHours: true } } },
  });
  if (!p) throw new NotFoundError("We could not find that placement.");
  const row = toRow(p);
  const today = iso(todayUtc());
  const first = mondayOf(iso(p.startDate));
  const endMonday = mondayOf(iso(row.endDate));
  const thisMonday = mondayOf(today);
  const last = compareIsoDates(endMonday, thisMonday) < 0 ? endMonday : thisMonday;
  const byWeek = new Map(p.timesheets.map((t) => [iso(t.weekStart), t]));
  const weeks: PlacementWeek[] = [];
  const submittable = p.status !== "PENDING_START";
  for (let w = last; compareIsoDates(w, first) >= 0 && weeks.length < MAX_WEEKS_SHOWN; w = addDays(w, -7)) {
    const t = byWeek.get(w);
    weeks.push({
      weekStart: w,
      timesheet: t ? { id: t.id, status: t.status, totalHours: t.totalHours.toString() } : null,
      canSubmit: !t && submittable,
    });
  }
  return { ...row, weeks };
}
