import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { TimesheetStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { checkTimesheetRightToWork } from "@/lib/compliance/timesheet-check";
import type { TimesheetGateResult } from "@/lib/compliance/placement-gate";

const EXPORT_LIMIT = 10_000;

export type ManagerTimesheetRow = {
  id: string;
  placementId: string;
  placementReference: string;
  workerName: string;
  jobTitle: string;
  serviceName: string;
  weekStart: Date;
  status: TimesheetStatus;
  totalHours: string;
  chargeRatePence: number;
  /** approved hours × charge rate, the spend this timesheet makes */
  costPence: number;
  submittedAt: Date;
  queryComment: string | null;
};

function where(v: Viewer, status: TimesheetStatus | undefined) {
  return {
    councilId: v.councilId,
    placement: { councilId: v.councilId, serviceId: { in: v.serviceIds } },
    ...(status ? { status } : {}),
  };
}

const select = {
  id: true, weekStart: true, status: true, totalHours: true, chargeRatePence: true, submittedAt: true, queryComment: true,
  placement: {
    select: { id: true, reference: true, candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { jobTitle: true, service: { select: { name: true } } } } },
  },
} as const;

type In = {
  id: string; weekStart: Date; status: TimesheetStatus; totalHours: { toString(): string }; chargeRatePence: number; submittedAt: Date; queryComment: string | null;
  placement: { id: string; reference: string; candidate: { firstName: string; lastName: string }; requisition: { jobTitle: string; service: { name: string } } };
};

function toRow(t: In): ManagerTimesheetRow {
  const hours = t.totalHours.toString();
  return {
    id: t.id, placementId: t.placement.id, placementReference: t.placement.reference,
    workerName: `${t.placement.candidate.firstName} ${t.placement.candidate.lastName}`, jobTitle: t.placement.requisition.jobTitle,
    serviceName: t.placement.requisition.service.name, weekStart: t.weekStart, status: t.status, totalHours: hours,
    chargeRatePence: t.chargeRatePence, costPence: Math.round(Number(hours) * t.chargeRatePence), submittedAt: t.submittedAt, queryComment: t.queryComment,
  };
}

/** Timesheets of placements in the manager's services; submitted (waiting for them) by default, oldest week first. */
export async function listManagerTimesheets(
  viewer: Viewer | null,
  opts: { status?: TimesheetStatus | "ALL"; page?: number } = {},
): Promise<Page<ManagerTimesheetRow>> {
  const v = authorize(viewer, "timesheet.approve");
  const status = opts.status === "ALL" ? undefined : (opts.status ?? "SUBMITTED");
  const page = opts.page ?? 1;
  const w = where(v, status);
  const [rows, total] = await Promise.all([
    db().timesheet.findMany({ where: w, orderBy: [{ weekStart: status === "SUBMITTED" ? "asc" : "desc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select }),
    db().timesheet.count({ where: w }),
  ]);
  return toPage(rows.map(toRow), total, page);
}

export async function exportManagerTimesheets(viewer: Viewer | null, opts: { status?: TimesheetStatus | "ALL" } = {}): Promise<ManagerTimesheetRow[]> {
  const v = authorize(viewer, "timesheet.approve");
  const status = opts.status === "ALL" ? undefined : (opts.status ?? "SUBMITTED");
  const rows = await db().timesheet.findMany({ where: where(v, status), orderBy: [{ weekStart: status === "SUBMITTED" ? "asc" : "desc" }, { id: "asc" }], take: EXPORT_LIMIT, select });
  return rows.map(toRow);
}

export type ManagerTimesheetDetail = ManagerTimesheetRow & {
  lines: { workDate: Date; hours: string }[];
  approvedAt: Date | null;
  approvedByName: string | null;
  queriedAt: Date | null;
  queriedByName: string | null;
  queryResponse: string | null;
  rightToWork: TimesheetGateResult;
};

/** One timesheet of a placement in the manager's services, with its daily lines and the right-to-work check. */
export async function getManagerTimesheet(viewer: Viewer | null, id: string): Promise<ManagerTimesheetDetail> {
  const v = authorize(viewer, "timesheet.approve");
  const t = await db().timesheet.findFirst({
    where: { id, ...where(v, undefined) },
    select: { ...select, approvedAt: true, approvedById: true, queriedAt: true, queriedById: true, queryResponse: true, lines: { orderBy: { workDate: "asc" }, select: { workDate: true, hours: true } } },
  });
  if (!t) throw new NotFoundError("We could not find that timesheet for a placement in your services.");
  const ids = [t.approvedById, t.queriedById].filter((x): x is string => !!x);
  const users = ids.length ? await db().user.findMany({ where: { id: { in: ids }, councilId: v.councilId }, select: { id: true, name: true } }) : [];
  const nameOf = (uid: string | null) => (uid ? (users.find((u) => u.id === uid)?.name ?? "Unknown") : null);
  return {
    ...toRow(t),
    lines: t.lines.map((l) => ({ workDate: l.workDate, hours: l.hours.toString() })),
    approvedAt: t.approvedAt, approvedByName: nameOf(t.approvedById), queriedAt: t.queriedAt, queriedByName: nameOf(t.queriedById),
    queryResponse: t.queryResponse,
    rightToWork: t.status === "SUBMITTED" ? await checkTimesheetRightToWork(db(), v.councilId, t.id) : { allowed: true, uncoveredDates: [], reasons: [] },
  };
}

/** Submitted timesheets waiting for the manager (home page count). */
export async function countTimesheetsToApprove(viewer: Viewer | null): Promise<number> {
  const v = authorize(viewer, "timesheet.approve");
  return db().timesheet.count({ where: where(v, "SUBMITTED") });
}
