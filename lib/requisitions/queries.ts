import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import type { ApplicationStage, RequisitionStatus } from "@/lib/generated/prisma/enums";
import { daysSince } from "@/lib/dates";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";

/** Most rows a CSV export returns. */
export const EXPORT_LIMIT = 10_000;

export type RequisitionRow = {
  id: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  status: RequisitionStatus;
  headcount: number;
  startDate: Date;
  /** days since released (OPEN), or since raised when not yet released */
  daysOpen: number;
};

export type ManagerRequisitionFilter = { page?: number; status?: RequisitionStatus; serviceId?: string; q?: string };

function managerRequisitionWhere(v: Viewer, opts: ManagerRequisitionFilter) {
  const q = opts.q?.trim();
  return {
    councilId: v.councilId,
    serviceId: opts.serviceId && v.serviceIds.includes(opts.serviceId) ? opts.serviceId : { in: v.serviceIds },
    ...(opts.status ? { status: opts.status } : {}),
    ...(q
      ? { OR: [{ reference: { contains: likeLiteral(q), mode: "insensitive" as const } }, { jobTitle: { contains: likeLiteral(q), mode: "insensitive" as const } }] }
      : {}),
  };
}

const managerRowSelect = {
  id: true, reference: true, jobTitle: true, status: true, headcount: true, startDate: true, expectedEndDate: true,
  createdAt: true, openedAt: true, estimatedCostPence: true, service: { select: { name: true } }, raisedBy: { select: { name: true } },
} as const;

export type ManagerRequisitionRow = RequisitionRow & { expectedEndDate: Date; estimatedCostPence: number; raisedByName: string };

function toManagerRow(r: {
  id: string; reference: string; jobTitle: string; status: RequisitionStatus; headcount: number; startDate: Date; expectedEndDate: Date;
  createdAt: Date; openedAt: Date | null; estimatedCostPence: number; service: { name: string }; raisedBy: { name: string };
}): ManagerRequisitionRow {
  return {
    id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, status: r.status,
    headcount: r.headcount, startDate: r.startDate, expectedEndDate: r.expectedEndDate, daysOpen: daysSince(r.openedAt ?? r.createdAt),
    estimatedCostPence: r.estimatedCostPence, raisedByName: r.raisedBy.name,
  };
}

/** The requisitions of the manager's own services, newest first, filtered by state, service and a search. */
export async function listManagerRequisitions(
  viewer: Viewer | null,
  opts: ManagerRequisitionFilter = {},
): Promise<Page<ManagerRequisitionRow>> {
  const v = authorize(viewer, "requisition.read.service");
  const page = opts.page ?? 1;
  const where = managerRequisitionWhere(v, opts);
  const [rows, total] = await Promise.all([
    db().requisition.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: managerRowSelect,
    }),
    db().requisition.count({ where }),
  ]);
  return toPage(rows.map(toManagerRow), total, page);
}

/** Every row the same filter shows, for the CSV export (capped). */
export async function exportManagerRequisitions(viewer: Viewer | null, opts: ManagerRequisitionFilter = {}): Promise<ManagerRequisitionRow[]> {
  const v = authorize(viewer, "requisition.read.service");
  const rows = await db().requisition.findMany({
    where: managerRequisitionWhere(v, opts),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: managerRowSelect,
  });
  return rows.map(toManagerRow);
}

/** Counts by state for the manager's services. */
export async function countManagerRequisitionsByStatus(viewer: Viewer | null) {
  const v = authorize(viewer, "requisition.read.service");
  const groups = await db().requisition.groupBy({
    by: ["status"],
    where: { councilId: v.councilId, serviceId: { in: v.serviceIds } },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<RequisitionStatus, number>>;
}

export type AgencyRequisitionRow = RequisitionRow & { pipeline: Partial<Record<ApplicationStage, number>> };

/** The agency's working list: approved (to release) and open requisitions, with pipeline counts. */
export async function listAgencyRequisitions(
  viewer: Viewer | null,
  opts: { page?: number; status?: "APPROVED" | "OPEN" } = {},
): Promise<Page<AgencyRequisitionRow>> {
  const v = authorize(viewer, "requisition.read.council");
  const page = opts.page ?? 1;
  const where = { councilId: v.councilId, status: opts.status ? opts.status : { in: ["APPROVED", "OPEN"] as RequisitionStatus[] } };
  const [rows, total] = await Promise.all([
    db().requisition.findMany({
      where,
      orderBy: [{ status: "asc" }, { startDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, reference: true, jobTitle: true, status: true, headcount: true, startDate: true,
        createdAt: true, openedAt: true, approvedAt: true, service: { select: { name: true } },
      },
    }),
    db().requisition.count({ where }),
  ]);
  const counts = rows.length
    ? await db().application.groupBy({
        by: ["requisitionId", "stage"],
        where: { councilId: v.councilId, requisitionId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      })
    : [];
  const pipeline = new Map<string, Partial<Record<ApplicationStage, number>>>();
  for (const c of counts) {
    const p = pipeline.get(c.requisitionId) ?? {};
    p[c.stage] = c._count._all;
    pipeline.set(c.requisitionId, p);
  }
  return toPage(
    rows.map((r) => ({
      id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, status: r.status,
      headcount: r.headcount, startDate: r.startDate,
      daysOpen: daysSince(r.openedAt ?? r.approvedAt ?? r.createdAt),
      pipeline: pipeline.get(r.id) ?? {},
    })),
    total,
    page,
  );
}
