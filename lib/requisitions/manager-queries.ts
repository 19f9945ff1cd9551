import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApprovalDecision, ApprovalStep, DbsLevel, RequisitionReason, RequisitionStatus, RoleCategory } from "@/lib/generated/prisma/enums";
import { toPage, PAGE_SIZE, type Page } from "@/lib/pagination";
import { daysSince } from "@/lib/dates";
import { pendingStep, refusalFor } from "./decide-requisition";
import { EXPORT_LIMIT } from "./queries";

export type ApprovalRecord = {
  submissionNo: number;
  step: ApprovalStep;
  decision: ApprovalDecision;
  reason: string | null;
  decidedByName: string;
  decidedAt: Date;
};

export type RequisitionDetail = {
  id: string;
  reference: string;
  jobTitle: string;
  serviceId: string;
  serviceName: string;
  costCentreId: string;
  costCentre: string;
  roleCategory: RoleCategory;
  grade: string;
  reason: RequisitionReason;
  headcount: number;
  hoursPerWeek: string;
  startDate: Date;
  expectedEndDate: Date;
  payRateMinPence: number;
  payRateMaxPence: number;
  chargeRatePence: number;
  estimatedCostPence: number;
  dbsLevel: DbsLevel;
  registrationRequired: string | null;
  limitedCompanyAllowed: boolean;
  duties: string;
  status: RequisitionStatus;
  requiresSecondApproval: boolean;
  submissionCount: number;
  raisedById: string;
  raisedByName: string;
  createdAt: Date;
  approvalThresholdPence: number;
  approvals: ApprovalRecord[];
  history: { fromStatus: RequisitionStatus | null; toStatus: RequisitionStatus; note: string | null; changedByName: string; changedAt: Date }[];
  /** the step waiting for a decision, if any */
  pendingStep: ApprovalStep | null;
  /** null when the viewer may decide the pending step; otherwise why not */
  decisionRefusal: string | null;
  shortlistCount: number;
  /** placements PENDING_START or ACTIVE (a requisition with any cannot be cancelled) */
  livePlacements: number;
};

/** One requisition of the manager's services, with its approval steps and history (who and when). */
export async function getManagerRequisition(viewer: Viewer | null, id: string): Promise<RequisitionDetail> {
  const v = authorize(viewer, "requisition.read.service");
  const r = await db().requisition.findFirst({
    where: { id, councilId: v.councilId, serviceId: { in: v.serviceIds } },
    include: {
      service: { select: { name: true } },
      costCentre: { select: { code: true, name: true } },
      raisedBy: { select: { name: true } },
      council: { select: { approvalThresholdPence: true } },
      approvals: { orderBy: [{ submissionNo: "asc" }, { step: "asc" }] },
      history: { orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
      _count: {
        select: {
          applications: { where: { stage: { in: ["SHORTLISTED", "INTERVIEW"] } } },
          placements: { where: { status: { in: ["PENDING_START", "ACTIVE"] } } },
        },
      },
    },
  });
  if (!r) throw new NotFoundError("We could not find that requisition in your services.");
  const userIds = [...new Set([...r.approvals.map((a) => a.decidedById), ...r.history.map((h) => h.changedById).filter((x): x is string => !!x)])];
  const users = userIds.length
    ? await db().user.findMany({ where: { id: { in: userIds }, councilId: v.councilId }, select: { id: true, name: true } })
    : [];
  const nameOf = (uid: string | null) => (uid ? (users.find((u) => u.id === uid)?.name ?? "Unknown") : "The system");
  const state = { status: r.status, requiresSecondApproval: r.requiresSecondApproval, submissionCount: r.submissionCount, approvals: r.approvals };
  return {
    id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceId: r.serviceId, serviceName: r.service.name,
    costCentreId: r.costCentreId, costCentre: `${r.costCentre.code} – ${r.costCentre.name}`,
    roleCategory: r.roleCategory, grade: r.grade, reason: r.reason, headcount: r.headcount, hoursPerWeek: r.hoursPerWeek.toString(),
    startDate: r.startDate, expectedEndDate: r.expectedEndDate, payRateMinPence: r.payRateMinPence, payRateMaxPence: r.payRateMaxPence,
    chargeRatePence: r.chargeRatePence, estimatedCostPence: r.estimatedCostPence, dbsLevel: r.dbsLevel,
    registrationRequired: r.registrationRequired, limitedCompanyAllowed: r.limitedCompanyAllowed, duties: r.duties, status: r.status,
    requiresSecondApproval: r.requiresSecondApproval, submissionCount: r.submissionCount, raisedById: r.raisedById,
    raisedByName: r.raisedBy.name, createdAt: r.createdAt, approvalThresholdPence: r.council.approvalThresholdPence,
    approvals: r.approvals.map((a) => ({
      submissionNo: a.submissionNo, step: a.step, decision: a.decision, reason: a.reason, decidedByName: nameOf(a.decidedById), decidedAt: a.decidedAt,
    })),
    history: r.history.map((h) => ({ fromStatus: h.fromStatus, toStatus: h.toStatus, note: h.note, changedByName: nameOf(h.changedById), changedAt: h.changedAt })),
    pendingStep: pendingStep(state),
    decisionRefusal: refusalFor(v, { ...state, serviceId: r.serviceId, raisedById: r.raisedById }),
    shortlistCount: r._count.applications,
    livePlacements: r._count.placements,
  };
}

export type ApprovalQueueRow = {
  id: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  raisedByName: string;
  estimatedCostPence: number;
  step: ApprovalStep;
  submittedAt: Date | null;
  daysWaiting: number;
};

async function approvalQueue(v: Viewer): Promise<ApprovalQueueRow[]> {
  const services = [...new Set([...v.budgetHolderServiceIds, ...v.secondApproverServiceIds])].filter((s) => v.serviceIds.includes(s));
  if (!services.length) return [];
  const rows = await db().requisition.findMany({
    where: { councilId: v.councilId, serviceId: { in: services }, status: "SUBMITTED", raisedById: { not: v.userId } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: {
      id: true, reference: true, jobTitle: true, serviceId: true, raisedById: true, estimatedCostPence: true, submittedAt: true,
      status: true, requiresSecondApproval: true, submissionCount: true,
      approvals: { select: { submissionNo: true, step: true, decision: true, decidedById: true } },
      service: { select: { name: true } }, raisedBy: { select: { name: true } },
    },
  });
  return rows
    .filter((r) => refusalFor(v, r) === null)
    .map((r) => ({
      id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, raisedByName: r.raisedBy.name,
      estimatedCostPence: r.estimatedCostPence, step: pendingStep(r)!, submittedAt: r.submittedAt,
      daysWaiting: daysSince(r.submittedAt ?? new Date()),
    }));
}

/**
 * Submitted requisitions waiting for a decision the viewer may make: first approvals in services where
 * they hold the budget, second approvals where they are second approver — never their own, never a
 * second approval of one they first-approved. Paginated on the server.
 */
export async function listApprovalQueue(viewer: Viewer | null, opts: { page?: number } = {}): Promise<Page<ApprovalQueueRow>> {
  const v = authorize(viewer, "requisition.read.service");
  const all = await approvalQueue(v);
  const page = opts.page ?? 1;
  return toPage(all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), all.length, page);
}

export async function exportApprovalQueue(viewer: Viewer | null): Promise<ApprovalQueueRow[]> {
  const v = authorize(viewer, "requisition.read.service");
  return approvalQueue(v);
}

/** How many requisitions wait for a decision the viewer may make (home page). */
export async function countApprovalQueue(viewer: Viewer | null): Promise<number> {
  const v = authorize(viewer, "requisition.read.service");
  return (await approvalQueue(v)).length;
}

export type RequisitionFormOptions = {
  services: { id: string; name: string }[];
  costCentres: { id: string; serviceId: string; code: string; name: string }[];
  rateCards: { roleCategory: string; grade: string; effectiveFrom: string; payMinPence: number; payMaxPence: number; chargeMinPence: number; chargeMaxPence: number }[];
  approvalThresholdPence: number;
};

/** What the requisition form offers: only the manager's own services and their active cost centres, and the council's rate cards. */
export async function getRequisitionFormOptions(viewer: Viewer | null): Promise<RequisitionFormOptions> {
  const v = authorize(viewer, "requisition.create");
  const [services, costCentres, cards, council] = await Promise.all([
    db().service.findMany({ where: { councilId: v.councilId, id: { in: v.serviceIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().costCentre.findMany({
      where: { councilId: v.councilId, serviceId: { in: v.serviceIds }, active: true },
      orderBy: { code: "asc" },
      select: { id: true, serviceId: true, code: true, name: true },
    }),
    db().rateCard.findMany({
      where: { councilId: v.councilId },
      orderBy: [{ roleCategory: "asc" }, { grade: "asc" }, { effectiveFrom: "desc" }],
      select: { roleCategory: true, grade: true, effectiveFrom: true, payMinPence: true, payMaxPence: true, chargeMinPence: true, chargeMaxPence: true },
    }),
    db().council.findUniqueOrThrow({ where: { id: v.councilId }, select: { approvalThresholdPence: true } }),
  ]);
  return {
    services,
    costCentres,
    rateCards: cards.map((c) => ({ ...c, effectiveFrom: c.effectiveFrom.toISOString().slice(0, 10) })),
    approvalThresholdPence: council.approvalThresholdPence,
  };
}
