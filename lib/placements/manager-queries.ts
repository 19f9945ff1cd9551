import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ChangeRequestStatus, ChangeRequestType, ConversionStatus, PlacementStatus, TimesheetStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { todayUtc } from "@/lib/dates";
import { feeWindowFor } from "./propose-conversion";
import type { FeeWindowResult } from "@/lib/compliance/fee-window";
import { awrAlertCutoff, awrClockForPlacements, firstInRoleStartedBySql } from "@/lib/compliance/awr-status";
import { AWR_ALERT_WEEK } from "@/lib/compliance/awr";
import { whileUnchanged } from "@/lib/cache/while-unchanged";

export type PlacementView = "current" | "active" | "upcoming" | "ending" | "all";
export const PLACEMENT_VIEWS: PlacementView[] = ["current", "active", "upcoming", "ending", "all"];
const EXPORT_LIMIT = 10_000;
/** "Ending soon" on the home page and the placements list: within this many days. */
export const ENDING_SOON_DAYS = 14;

export type ManagerPlacementRow = {
  id: string;
  reference: string;
  workerName: string;
  jobTitle: string;
  serviceName: string;
  status: PlacementStatus;
  startDate: Date;
  plannedEndDate: Date;
  hoursPerWeek: string;
  chargeRatePence: number;
  pendingChange: ChangeRequestType | null;
  conversionStatus: ConversionStatus | null;
  daysToEnd: number;
};

function placementWhere(v: Viewer, view: PlacementView) {
  const today = todayUtc();
  const soon = new Date(today.getTime() + ENDING_SOON_DAYS * 86_400_000);
  const base = { councilId: v.councilId, serviceId: { in: v.serviceIds } };
  switch (view) {
    case "active":
      return { ...base, status: "ACTIVE" as const };
    case "upcoming":
      return { ...base, status: "PENDING_START" as const };
    case "ending":
      return { ...base, status: "ACTIVE" as const, plannedEndDate: { gte: today, lte: soon } };
    case "all":
      return base;
    default:
      return { ...base, status: { in: ["ACTIVE", "PENDING_START"] as PlacementStatus[] } };
  }
}

const rowSelect = {
  id: true, reference: true, status: true, startDate: true, plannedEndDate: true, hoursPerWeek: true, chargeRatePence: true,
  candidate: { select: { firstName: true, lastName: true } },
  requisition: { select: { jobTitle: true, service: { select: { name: true } } } },
  changeRequests: { where: { status: "REQUESTED" as const }, select: { type: true }, take: 1 },
  conversion: { select: { status: true } },
} as const;

type RowIn = {
  id: string; reference: string; status: PlacementStatus; startDate: Date; plannedEndDate: Date; hoursPerWeek: { toString(): string }; chargeRatePence: number;
  candidate: { firstName: string; lastName: string }; requisition: { jobTitle: string; service: { name: string } };
  changeRequests: { type: ChangeRequestType }[]; conversion: { status: ConversionStatus } | null;
};

function toRow(p: RowIn): ManagerPlacementRow {
  return {
    id: p.id, reference: p.reference, workerName: `${p.candidate.firstName} ${p.candidate.lastName}`, jobTitle: p.requisition.jobTitle,
    serviceName: p.requisition.service.name, status: p.status, startDate: p.startDate, plannedEndDate: p.plannedEndDate,
    hoursPerWeek: p.hoursPerWeek.toString(), chargeRatePence: p.chargeRatePence,
    pendingChange: p.changeRequests[0]?.type ?? null, conversionStatus: p.conversion?.status ?? null,
    daysToEnd: Math.round((p.plannedEndDate.getTime() - todayUtc().getTime()) / 86_400_000),
  };
}

/** Placements in the manager's services: current (active and upcoming) by default, soonest ending first. */
export async function listManagerPlacements(
  viewer: Viewer | null,
  opts: { view?: PlacementView; page?: number } = {},
): Promise<Page<ManagerPlacementRow>> {
  const v = authorize(viewer, "placement.read.service");
  const page = opts.page ?? 1;
  const where = placementWhere(v, opts.view ?? "current");
  const [rows, total] = await Promise.all([
    db().placement.findMany({ where, orderBy: [{ plannedEndDate: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: rowSelect }),
    db().placement.count({ where }),
  ]);
  return toPage(rows.map(toRow), total, page);
}

export async function exportManagerPlacements(viewer: Viewer | null, opts: { view?: PlacementView } = {}): Promise<ManagerPlacementRow[]> {
  const v = authorize(viewer, "placement.read.service");
  const rows = await db().placement.findMany({
    where: placementWhere(v, opts.view ?? "current"), orderBy: [{ plannedEndDate: "asc" }, { id: "asc" }], take: EXPORT_LIMIT, select: rowSelect,
  });
  return rows.map(toRow);
}

export type PlacementDetail = ManagerPlacementRow & {
  requisitionId: string;
  requisitionReference: string;
  actualEndDate: Date | null;
  payRatePence: number;
  feeFreeDate: Date;
  endReason: string | null;
  changeRequests: {
    id: string; type: ChangeRequestType; status: ChangeRequestStatus; previousEndDate: Date; newEndDate: Date; reason: string | null;
    requestedByName: string; requestedAt: Date; actionedAt: Date | null; declineReason: string | null;
  }[];
  conversion: {
    status: ConversionStatus; postTitle: string; salaryBand: string; startDate: Date; feeFreeDate: Date; withinFeeWindow: boolean;
    feeChargedPence: number | null; proposedByName: string; proposedAt: Date;
  } | null;
  /** the Conduct Regulations fee window as of today (from the worker's assignments with the council) */
  feeWindow: FeeWindowResult;
  timesheets: { id: string; weekStart: Date; status: TimesheetStatus; totalHours: string }[];
};

/** One placement of the manager's services, with its change requests (history), conversion and fee window. */
export async function getManagerPlacement(viewer: Viewer | null, id: string): Promise<PlacementDetail> {
  const v = authorize(viewer, "placement.read.service");
  const p = await db().placement.findFirst({
    where: { id, councilId: v.councilId, serviceId: { in: v.serviceIds } },
    select: {
      ...rowSelect, candidateId: true, requisitionId: true, actualEndDate: true, payRatePence: true, feeFreeDate: true, endReason: true,
      requisition: { select: { jobTitle: true, reference: true, service: { select: { name: true } } } },
      changeRequests: { orderBy: [{ requestedAt: "desc" }, { id: "asc" }] },
      conversion: true,
      timesheets: { orderBy: { weekStart: "desc" }, take: 12, select: { id: true, weekStart: true, status: true, totalHours: true } },
    },
  });
  if (!p) throw new NotFoundError("We could not find that placement in your services.");
  const userIds = [...new Set([...p.changeRequests.map((c) => c.requestedById), ...(p.conversion ? [p.conversion.proposedById] : [])])];
  const users = userIds.length ? await db().user.findMany({ where: { id: { in: userIds }, councilId: v.councilId }, select: { id: true, name: true } }) : [];
  const nameOf = (uid: string) => users.find((u) => u.id === uid)?.name ?? "Unknown";
  const feeWindow = await feeWindowFor(db(), v.councilId, p.candidateId, p.id);
  return {
    ...toRow({ ...p, changeRequests: p.changeRequests.filter((c) => c.status === "REQUESTED"), conversion: p.conversion }),
    requisitionId: p.requisitionId, requisitionReference: p.requisition.reference, actualEndDate: p.actualEndDate, payRatePence: p.payRatePence,
    feeFreeDate: p.feeFreeDate, endReason: p.endReason,
    changeRequests: p.changeRequests.map((c) => ({
      id: c.id, type: c.type, status: c.status, previousEndDate: c.previousEndDate, newEndDate: c.newEndDate, reason: c.reason,
      requestedByName: nameOf(c.requestedById), requestedAt: c.requestedAt, actionedAt: c.actionedAt, declineReason: c.declineReason,
    })),
    conversion: p.conversion
      ? {
          status: p.conversion.status, postTitle: p.conversion.postTitle, salaryBand: p.conversion.salaryBand, startDate: p.conversion.startDate,
          feeFreeDate: p.conversion.feeFreeDate, withinFeeWindow: p.conversion.withinFeeWindow, feeChargedPence: p.conversion.feeChargedPence,
          proposedByName: nameOf(p.conversion.proposedById), proposedAt: p.conversion.proposedAt,
        }
      : null,
    feeWindow,
    timesheets: p.timesheets.map((t) => ({ id: t.id, weekStart: t.weekStart, status: t.status, totalHours: t.totalHours.toString() })),
  };
}

/** Active placements in the manager's services whose planned end is within 14 days (home page). */
export async function listPlacementsEndingSoon(viewer: Viewer | null, take = 10): Promise<{ rows: ManagerPlacementRow[]; total: number }> {
  const v = authorize(viewer, "placement.read.service");
  const where = placementWhere(v, "ending");
  const [rows, total] = await Promise.all([
    db().placement.findMany({ where, orderBy: [{ plannedEndDate: "asc" }, { id: "asc" }], take, select: rowSelect }),
    db().placement.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

export type AwrAlertRow = ManagerPlacementRow & { weeksCounted: number; qualifyingDate: string; qualified: boolean };

/**
 * Workers in the manager's services at week 10 or more of their Agency Workers Regulations clock and not
 * yet qualified (equal pay and conditions are coming): active placements only.
 */
export async function listAwrAlerts(viewer: Viewer | null): Promise<AwrAlertRow[]> {
  const v = authorize(viewer, "placement.read.service");
  // Every active placement's clock is worked out, so reuse the answer while the database is unchanged (npm run bench).
  const key = JSON.stringify(["manager-awr-alerts", v.councilId, [...v.serviceIds].sort(), todayUtc().toISOString()]);
  return whileUnchanged(key, () => awrAlerts(v));
}

async function awrAlerts(v: Viewer): Promise<AwrAlertRow[]> {
  const where = { councilId: v.councilId, serviceId: { in: v.serviceIds }, status: "ACTIVE" as const };
  const orderBy = [{ startDate: "asc" as const }, { id: "asc" as const }];
  // Clocks only for active placements that can be at week 10 or more (the worker's first placement in the role
  // started long enough ago: awrAlertCutoff), the row details only for those that are (npm run bench).
  const today = todayUtc().toISOString().slice(0, 10);
  const active = await db().$queryRaw<{ id: string }[]>`
    select p.id from "Placement" p
    where p."councilId" = ${v.councilId} and p."serviceId" = any(${v.serviceIds}::text[]) and p.status = 'ACTIVE'
      and ${firstInRoleStartedBySql(v.councilId, awrAlertCutoff(today))}
    order by p."startDate", p.id
    limit 2000`;
  const clocks = await awrClockForPlacements(db(), v.councilId, active.map((p) => p.id), today);
  const due = active.map((p) => p.id).filter((id) => {
    const c = clocks.get(id);
    return c && c.weeksCounted >= AWR_ALERT_WEEK && !c.qualified;
  });
  const rows = await db().placement.findMany({ where: { ...where, id: { in: due } }, orderBy, select: rowSelect });
  return rows
    .map((p) => ({ p, c: clocks.get(p.id)! }))
    .map(({ p, c }) => ({ ...toRow(p), weeksCounted: c.weeksCounted, qualifyingDate: c.qualifyingDate, qualified: c.qualified }))
    .sort((a, b) => b.weeksCounted - a.weeksCounted);
}
