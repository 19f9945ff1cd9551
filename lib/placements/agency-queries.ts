import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { AbsenceType, ChangeRequestStatus, ChangeRequestType, ConversionStatus, EngagementType, PlacementStatus, RoleCategory, TimesheetStatus } from "@/lib/generated/prisma/enums";
import { awrClockForPlacements } from "@/lib/compliance/awr-status";
import { placementCheckFor } from "@/lib/compliance/placement-check";
import type { AwrClockResult } from "@/lib/compliance/awr";
import type { FeeWindowResult } from "@/lib/compliance/fee-window";
import { addDays } from "@/lib/compliance/dates";
import { dateOf, isoOf, londonToday } from "@/lib/jobs/clock";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";
import { approvalDeadline, approvalOverdue, weeksNotSubmitted } from "./chase";
import { placementMargin, type Margin } from "./margin";
import { feeWindowFor } from "./propose-conversion";
import { ir35View, type Ir35View } from "@/lib/applications/ir35-view";

export const EXPORT_LIMIT = 10_000;

export type AgencyPlacementView = "current" | "active" | "upcoming" | "ended" | "all";
export const AGENCY_PLACEMENT_VIEWS: AgencyPlacementView[] = ["current", "active", "upcoming", "ended", "all"];

export type AgencyPlacementFilter = { view?: AgencyPlacementView; serviceId?: string; q?: string; page?: number };

export type AgencyPlacementRow = {
  id: string;
  reference: string;
  workerName: string;
  candidateId: string;
  jobTitle: string;
  serviceName: string;
  status: PlacementStatus;
  startDate: Date;
  plannedEndDate: Date;
  actualEndDate: Date | null;
  payRatePence: number;
  chargeRatePence: number;
  isLocalAtPlacement: boolean;
  pendingChange: ChangeRequestType | null;
  conversionStatus: ConversionStatus | null;
  /** Agency Workers Regulations weeks counted (null when not worked out, e.g. upcoming) */
  awrWeeks: number | null;
  awrQualified: boolean;
};

function where(v: Viewer, f: AgencyPlacementFilter) {
  const q = f.q?.trim();
  const status: Record<AgencyPlacementView, PlacementStatus[] | null> = {
    current: ["PENDING_START", "ACTIVE"], active: ["ACTIVE"], upcoming: ["PENDING_START"], ended: ["ENDED", "CONVERTED"], all: null,
  };
  const s = status[f.view ?? "current"];
  return {
    councilId: v.councilId,
    ...(s ? { status: { in: s } } : {}),
    ...(f.serviceId ? { serviceId: f.serviceId } : {}),
    ...(q
      ? {
          OR: [
            { reference: { contains: likeLiteral(q), mode: "insensitive" as const } },
            { requisition: { jobTitle: { contains: likeLiteral(q), mode: "insensitive" as const } } },
            { candidate: { lastName: { contains: likeLiteral(q), mode: "insensitive" as const } } },
            { candidate: { firstName: { contains: likeLiteral(q), mode: "insensitive" as const } } },
          ],
        }
      : {}),
  };
}

const rowSelect = {
  id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, payRatePence: true, chargeRatePence: true,
  isLocalAtPlacement: true, candidateId: true,
  candidate: { select: { firstName: true, lastName: true } },
  requisition: { select: { jobTitle: true, service: { select: { name: true } } } },
  changeRequests: { where: { status: "REQUESTED" as const }, select: { type: true }, take: 1 },
  conversion: { select: { status: true } },
} as const;

async function toRows(v: Viewer, rows: Awaited<ReturnType<typeof fetchRows>>): Promise<AgencyPlacementRow[]> {
  const clocks = await awrClockForPlacements(db(), v.councilId, rows.filter((r) => r.status !== "PENDING_START").map((r) => r.id));
  return rows.map((p) => {
    const clock = clocks.get(p.id);
    return {
      id: p.id, reference: p.reference, workerName: `${p.candidate.firstName} ${p.candidate.lastName}`, candidateId: p.candidateId,
      jobTitle: p.requisition.jobTitle, serviceName: p.requisition.service.name, status: p.status, startDate: p.startDate,
      plannedEndDate: p.plannedEndDate, actualEndDate: p.actualEndDate, payRatePence: p.payRatePence, chargeRatePence: p.chargeRatePence,
      isLocalAtPlacement: p.isLocalAtPlacement, pendingChange: p.changeRequests[0]?.type ?? null, conversionStatus: p.conversion?.status ?? null,
      awrWeeks: clock ? clock.weeksCounted : null, awrQualified: clock?.qualified ?? false,
    };
  });
}

function fetchRows(v: Viewer, f: AgencyPlacementFilter, page: { skip: number; take: number }) {
  return db().placement.findMany({
    where: where(v, f),
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    ...page,
    select: rowSelect,
  });
}

/** The council's placements (current by default), newest start first, with the AWR week count per placement. */
export async function listAgencyPlacements(viewer: Viewer | null, f: AgencyPlacementFilter = {}): Promise<Page<AgencyPlacementRow>> {
  const v = authorize(viewer, "placement.read.council");
  const page = f.page ?? 1;
  const [rows, total] = await Promise.all([
    fetchRows(v, f, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db().placement.count({ where: where(v, f) }),
  ]);
  return toPage(await toRows(v, rows), total, page);
}

export async function exportAgencyPlacements(viewer: Viewer | null, f: AgencyPlacementFilter = {}): Promise<AgencyPlacementRow[]> {
  const v = authorize(viewer, "placement.read.council");
  return toRows(v, await fetchRows(v, f, { skip: 0, take: EXPORT_LIMIT }));
}

export type AgencyPlacementDetail = {
  id: string;
  /** upcoming placement past its start date: why the placement gate still holds it (null otherwise) */
  startHeldBy: string[] | null;
  reference: string;
  status: PlacementStatus;
  candidateId: string;
  workerName: string;
  requisitionId: string;
  requisitionReference: string;
  jobTitle: string;
  serviceName: string;
  startDate: Date;
  plannedEndDate: Date;
  actualEndDate: Date | null;
  endReason: string | null;
  hoursPerWeek: string;
  payRatePence: number;
  chargeRatePence: number;
  engagementType: EngagementType;
  margin: Margin;
  isLocalAtPlacement: boolean;
  feeFreeDate: Date;
  feeWindow: FeeWindowResult;
  rateCapExceeded: boolean;
  rateCapSignOffBy: string | null;
  rateCapSignOffNote: string | null;
  confirmedByName: string | null;
  confirmedAt: Date;
  awr: AwrClockResult | null;
  changeRequests: {
    id: string; type: ChangeRequestType; status: ChangeRequestStatus; previousEndDate: Date; newEndDate: Date; reason: string | null;
    requestedByName: string; requestedAt: Date; actionedAt: Date | null; declineReason: string | null;
  }[];
  conversion: {
    status: ConversionStatus; postTitle: string; salaryBand: string; startDate: Date; feeFreeDate: Date; withinFeeWindow: boolean;
    feeChargedPence: number | null; proposedAt: Date; completedAt: Date | null;
  } | null;
  timesheets: { id: string; weekStart: Date; status: TimesheetStatus; totalHours: string }[];
  applicationId: string;
  /** the IR35 status determination (limited-company engagements) with its disagreement's state today */
  ir35: Ir35View | null;
  /** recorded absences, earliest first: they pause (or keep running) the AWR clock */
  absences: { id: string; type: AbsenceType; startDate: Date; endDate: Date; recordedByName: string | null; createdAt: Date }[];
};

/** One placement of the viewer's council with everything the team needs to run it. */
export async function getAgencyPlacement(viewer: Viewer | null, id: string): Promise<AgencyPlacementDetail> {
  const v = authorize(viewer, "placement.read.council");
  const p = await db().placement.findFirst({
    where: { id, councilId: v.councilId },
    select: {
      id: true, reference: true, status: true, candidateId: true, requisitionId: true, startDate: true, plannedEndDate: true, actualEndDate: true,
      endReason: true, hoursPerWeek: true, payRatePence: true, chargeRatePence: true, onCostRatePence: true, engagementType: true,
      isLocalAtPlacement: true, feeFreeDate: true, rateCapExceeded: true, rateCapSignOffById: true, rateCapSignOffNote: true,
      confirmedById: true, confirmedAt: true,
      candidate: { select: { firstName: true, lastName: true } },
      requisition: { select: { reference: true, jobTitle: true, service: { select: { name: true } } } },
      changeRequests: {
        orderBy: { requestedAt: "desc" },
        select: { id: true, type: true, status: true, previousEndDate: true, newEndDate: true, reason: true, requestedById: true, requestedAt: true, actionedAt: true, declineReason: true },
      },
      conversion: { select: { status: true, postTitle: true, salaryBand: true, startDate: true, feeFreeDate: true, withinFeeWindow: true, feeChargedPence: true, proposedAt: true, completedAt: true } },
      timesheets: { orderBy: { weekStart: "desc" }, take: 12, select: { id: true, weekStart: true, status: true, totalHours: true } },
      applicationId: true,
      application: {
        select: { determination: { select: { status: true, reasons: true, determinedOn: true, disagreementReceivedOn: true, disagreementRespondedOn: true, disagreementResponse: true } } },
      },
      absences: { orderBy: [{ startDate: "asc" }, { id: "asc" }], select: { id: true, type: true, startDate: true, endDate: true, recordedById: true, createdAt: true } },
    },
  });
  if (!p) throw new NotFoundError("We could not find that placement.");
  const userIds = [p.confirmedById, p.rateCapSignOffById, ...p.changeRequests.map((c) => c.requestedById), ...p.absences.map((a) => a.recordedById)].filter((x): x is string => !!x);
  const today = londonToday();
  // Due to start but still upcoming: the daily lifecycle job holds a start while the placement gate fails; say why.
  const startDue = p.status === "PENDING_START" && isoOf(p.startDate) <= today;
  const [users, clocks, feeWindow, council, startCheck] = await Promise.all([
    db().user.findMany({ where: { councilId: v.councilId, id: { in: userIds } }, select: { id: true, name: true, jobTitle: true } }),
    p.status === "PENDING_START" ? Promise.resolve(new Map<string, AwrClockResult>()) : awrClockForPlacements(db(), v.councilId, [p.id]),
    feeWindowFor(db(), v.councilId, p.candidateId, p.id),
    db().council.findUniqueOrThrow({ where: { id: v.councilId }, select: { onCostPercent: true } }),
    startDue
      ? placementCheckFor(db(), v.councilId, p.applicationId, { startDate: isoOf(p.startDate), payRatePence: p.payRatePence, rateCapSignOffById: p.rateCapSignOffById })
      : Promise.resolve(null),
  ]);
  const name = new Map(users.map((u) => [u.id, u.jobTitle ? `${u.name} (${u.jobTitle})` : u.name]));
  const margin = placementMargin(p.payRatePence, p.chargeRatePence, p.hoursPerWeek.toString(), council.onCostPercent.toString());
  return {
    id: p.id, reference: p.reference, status: p.status, candidateId: p.candidateId, workerName: `${p.candidate.firstName} ${p.candidate.lastName}`,
    requisitionId: p.requisitionId, requisitionReference: p.requisition.reference, jobTitle: p.requisition.jobTitle, serviceName: p.requisition.service.name,
    startDate: p.startDate, plannedEndDate: p.plannedEndDate, actualEndDate: p.actualEndDate, endReason: p.endReason, hoursPerWeek: p.hoursPerWeek.toString(),
    payRatePence: p.payRatePence, chargeRatePence: p.chargeRatePence, engagementType: p.engagementType,
    // the on-costs frozen on the placement win over today's council percentage
    margin: { ...margin, onCostRatePence: p.onCostRatePence, marginPerHourPence: p.chargeRatePence - p.payRatePence - p.onCostRatePence, marginPerWeekPence: Math.round((p.chargeRatePence - p.payRatePence - p.onCostRatePence) * Number(p.hoursPerWeek)) },
    isLocalAtPlacement: p.isLocalAtPlacement, feeFreeDate: p.feeFreeDate, feeWindow, rateCapExceeded: p.rateCapExceeded,
    rateCapSignOffBy: p.rateCapSignOffById ? (name.get(p.rateCapSignOffById) ?? null) : null, rateCapSignOffNote: p.rateCapSignOffNote,
    confirmedByName: name.get(p.confirmedById) ?? null, confirmedAt: p.confirmedAt, awr: clocks.get(p.id) ?? null,
    changeRequests: p.changeRequests.map((c) => ({ ...c, requestedByName: name.get(c.requestedById) ?? "A hiring manager" })),
    conversion: p.conversion,
    timesheets: p.timesheets.map((t) => ({ ...t, totalHours: t.totalHours.toString() })),
    applicationId: p.applicationId,
    ir35: ir35View(p.application.determination, today),
    startHeldBy: startCheck && !startCheck.gate.allowed ? startCheck.gate.blocks.map((b) => b.message) : null,
    absences: p.absences.map((a) => ({ id: a.id, type: a.type, startDate: a.startDate, endDate: a.endDate, recordedByName: name.get(a.recordedById) ?? null, createdAt: a.createdAt })),
  };
}

export type ChangeRequestRow = {
  id: string;
  placementId: string;
  reference: string;
  workerName: string;
  serviceName: string;
  type: ChangeRequestType;
  status: ChangeRequestStatus;
  previousEndDate: Date;
  newEndDate: Date;
  reason: string | null;
  requestedAt: Date;
};

export type ChangeRequestFilter = { status?: ChangeRequestStatus; page?: number };

function changeWhere(v: Viewer, f: ChangeRequestFilter) {
  return { councilId: v.councilId, status: f.status ?? "REQUESTED" };
}

const changeSelect = {
  id: true, placementId: true, type: true, status: true, previousEndDate: true, newEndDate: true, reason: true, requestedAt: true,
  placement: { select: { reference: true, candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { service: { select: { name: true } } } } } },
} as const;

function toChangeRow(c: {
  id: string; placementId: string; type: ChangeRequestType; status: ChangeRequestStatus; previousEndDate: Date; newEndDate: Date; reason: string | null; requestedAt: Date;
  placement: { reference: string; candidate: { firstName: string; lastName: string }; requisition: { service: { name: string } } };
}): ChangeRequestRow {
  return {
    id: c.id, placementId: c.placementId, reference: c.placement.reference, workerName: `${c.placement.candidate.firstName} ${c.placement.candidate.lastName}`,
    serviceName: c.placement.requisition.service.name, type: c.type, status: c.status, previousEndDate: c.previousEndDate, newEndDate: c.newEndDate,
    reason: c.reason, requestedAt: c.requestedAt,
  };
}

/** Extensions and early ends from hiring managers (waiting to be actioned by default), oldest first. */
export async function listChangeRequests(viewer: Viewer | null, f: ChangeRequestFilter = {}): Promise<Page<ChangeRequestRow>> {
  const v = authorize(viewer, "placement.read.council");
  const page = f.page ?? 1;
  const [rows, total] = await Promise.all([
    db().placementChangeRequest.findMany({ where: changeWhere(v, f), orderBy: [{ requestedAt: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: changeSelect }),
    db().placementChangeRequest.count({ where: changeWhere(v, f) }),
  ]);
  return toPage(rows.map(toChangeRow), total, page);
}

export async function exportChangeRequests(viewer: Viewer | null, f: ChangeRequestFilter = {}): Promise<ChangeRequestRow[]> {
  const v = authorize(viewer, "placement.read.council");
  const rows = await db().placementChangeRequest.findMany({ where: changeWhere(v, f), orderBy: [{ requestedAt: "asc" }, { id: "asc" }], take: EXPORT_LIMIT, select: changeSelect });
  return rows.map(toChangeRow);
}

export type ChaseRow = {
  kind: "NOT_SUBMITTED" | "NOT_APPROVED";
  placementId: string;
  reference: string;
  workerName: string;
  serviceName: string;
  weekStart: string;
  /** NOT_APPROVED: the timesheet and its state */
  timesheetId: string | null;
  timesheetStatus: TimesheetStatus | null;
  /** when it became overdue: the Monday after the week (not submitted) or the Tuesday noon deadline (not approved) */
  dueOn: string;
};

const londonHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" });

/**
 * The timesheet chase list: placements with a finished week (of the last four) and no timesheet — overdue from
 * the Monday after the week — and timesheets not approved by 12:00 on the Tuesday after their week. Oldest first.
 */
export async function timesheetChaseList(viewer: Viewer | null, opts: { kind?: ChaseRow["kind"]; serviceId?: string } = {}, now = new Date()): Promise<ChaseRow[]> {
  const v = authorize(viewer, "placement.manage");
  const today = londonToday(now);
  const hour = Number(londonHour.format(now));
  const since = dateOf(addDays(today, -35));
  const service = opts.serviceId ? { serviceId: opts.serviceId } : {};
  const [placements, waiting] = await Promise.all([
    opts.kind === "NOT_APPROVED"
      ? Promise.resolve([])
      : db().placement.findMany({
          where: {
            councilId: v.councilId, ...service, status: { in: ["ACTIVE", "ENDED", "CONVERTED"] }, startDate: { lte: dateOf(today) },
            OR: [{ status: "ACTIVE" }, { actualEndDate: { gte: since } }, { actualEndDate: null, plannedEndDate: { gte: since } }],
          },
          select: {
            id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true,
            candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { service: { select: { name: true } } } },
            timesheets: { where: { weekStart: { gte: since } }, select: { weekStart: true } },
          },
        }),
    opts.kind === "NOT_SUBMITTED"
      ? Promise.resolve([])
      : db().timesheet.findMany({
          where: { councilId: v.councilId, status: { in: ["SUBMITTED", "QUERIED"] }, weekStart: { lt: dateOf(today) }, ...(opts.serviceId ? { placement: { serviceId: opts.serviceId } } : {}) },
          select: {
            id: true, weekStart: true, status: true,
            placement: { select: { id: true, reference: true, candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { service: { select: { name: true } } } } } },
          },
        }),
  ]);
  const rows: ChaseRow[] = [];
  for (const p of placements) {
    const lastDay = isoOf(p.actualEndDate) ?? (p.status === "ACTIVE" ? null : isoOf(p.plannedEndDate));
    for (const week of weeksNotSubmitted({ placementId: p.id, startDate: isoOf(p.startDate), lastDay, status: p.status, timesheetWeeks: p.timesheets.map((t) => isoOf(t.weekStart)) }, today)) {
      rows.push({
        kind: "NOT_SUBMITTED", placementId: p.id, reference: p.reference, workerName: `${p.candidate.firstName} ${p.candidate.lastName}`,
        serviceName: p.requisition.service.name, weekStart: week, timesheetId: null, timesheetStatus: null,
        dueOn: addDays(week, 7),
      });
    }
  }
  for (const t of waiting) {
    const week = isoOf(t.weekStart);
    if (!approvalOverdue(week, today, hour)) continue;
    rows.push({
      kind: "NOT_APPROVED", placementId: t.placement.id, reference: t.placement.reference,
      workerName: `${t.placement.candidate.firstName} ${t.placement.candidate.lastName}`, serviceName: t.placement.requisition.service.name,
      weekStart: week, timesheetId: t.id, timesheetStatus: t.status, dueOn: approvalDeadline(week).date,
    });
  }
  return rows.sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.kind.localeCompare(b.kind) || a.reference.localeCompare(b.reference)).slice(0, EXPORT_LIMIT);
}

export type StartingEnding = { serviceId: string; serviceName: string; starting: number; ending: number };

/**
 * Placements starting (start date) and ending (actual end, else planned end) within [start, end] per service,
 * narrowed by service, role category and campaign — the team's view of the period's comings and goings.
 */
export async function placementsStartingEnding(
  viewer: Viewer | null,
  range: { start: string; end: string },
  filters: { serviceId?: string; roleCategory?: RoleCategory; campaignId?: string } = {},
): Promise<StartingEnding[]> {
  const v = authorize(viewer, "placement.read.council");
  const from = dateOf(range.start);
  const to = dateOf(range.end);
  const req = {
    ...(filters.roleCategory ? { roleCategory: filters.roleCategory } : {}),
    ...(filters.campaignId ? { campaignId: filters.campaignId } : {}),
  };
  const rows = await db().placement.findMany({
    where: {
      councilId: v.councilId,
      ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
      ...(Object.keys(req).length ? { requisition: req } : {}),
      OR: [
        { startDate: { gte: from, lte: to } },
        { actualEndDate: { gte: from, lte: to } },
        { actualEndDate: null, plannedEndDate: { gte: from, lte: to } },
      ],
    },
    select: { startDate: true, plannedEndDate: true, actualEndDate: true, requisition: { select: { service: { select: { id: true, name: true } } } } },
  });
  const out = new Map<string, StartingEnding>();
  for (const p of rows) {
    const s = out.get(p.requisition.service.id) ?? { serviceId: p.requisition.service.id, serviceName: p.requisition.service.name, starting: 0, ending: 0 };
    if (p.startDate >= from && p.startDate <= to) s.starting++;
    const last = p.actualEndDate ?? p.plannedEndDate;
    if (last >= from && last <= to) s.ending++;
    out.set(s.serviceId, s);
  }
  return [...out.values()].sort((a, b) => a.serviceName.localeCompare(b.serviceName));
}
