import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApplicationStage, EngagementType, Ir35Status, ManagerDecision, RequisitionStatus, RoleCategory } from "@/lib/generated/prisma/enums";
import { toGateChecks } from "@/lib/compliance/placement-check";
import { complianceSummary, type ComplianceSummary } from "@/lib/checks/summary";
import { londonToday } from "@/lib/jobs/clock";
import { needsManagerAcceptance, STAGE_MOVES } from "./stages";
import { TEAM_MOVES } from "./move-application";
import { ir35View, type Ir35View } from "./ir35-view";

/** The moves the team may make from a stage: its own moves only, and OFFERED only once the manager has accepted. */
const teamMoves = (stage: ApplicationStage, decision: ManagerDecision | null): ApplicationStage[] =>
  STAGE_MOVES[stage].filter((s) => (TEAM_MOVES as readonly string[]).includes(s) && needsManagerAcceptance(s, decision).ok);

export const PIPELINE_STAGES: ApplicationStage[] = ["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW", "OFFERED", "PLACED", "REJECTED", "WITHDRAWN"];

export type PipelineRow = {
  id: string;
  candidateId: string;
  name: string;
  email: string;
  isLocal: boolean;
  stage: ApplicationStage;
  appliedAt: Date;
  shortlistedAt: Date | null;
  managerDecision: ManagerDecision | null;
  managerDecisionReason: string | null;
  closedReason: string | null;
  compliance: ComplianceSummary;
  placementId: string | null;
  /** the moves the team may make from here */
  moves: ApplicationStage[];
};

const checkSelect = { select: { type: true, status: true, expiresOn: true, dbsLevel: true, rightToWorkRoute: true, checkedOn: true, registrationBody: true, supersededAt: true } } as const;

/** A requisition's applications in the viewer's council, by stage then date, each with the moves allowed next. */
export async function listPipeline(viewer: Viewer | null, requisitionId: string, opts: { stage?: ApplicationStage } = {}, today = londonToday()): Promise<PipelineRow[]> {
  const v = authorize(viewer, "candidate.read.council");
  const req = await db().requisition.findFirst({ where: { id: requisitionId, councilId: v.councilId }, select: { id: true } });
  if (!req) throw new NotFoundError("We could not find that requisition.");
  const apps = await db().application.findMany({
    where: { councilId: v.councilId, requisitionId: req.id, ...(opts.stage ? { stage: opts.stage } : {}) },
    orderBy: [{ appliedAt: "asc" }, { id: "asc" }],
    select: {
      id: true, candidateId: true, stage: true, appliedAt: true, shortlistedAt: true, managerDecision: true, managerDecisionReason: true, closedReason: true,
      candidate: { select: { firstName: true, lastName: true, email: true, isLocal: true, checks: checkSelect } },
      placement: { select: { id: true } },
    },
  });
  const order = new Map(PIPELINE_STAGES.map((s, i) => [s, i]));
  return apps
    .map((a) => ({
      id: a.id, candidateId: a.candidateId, name: `${a.candidate.firstName} ${a.candidate.lastName}`, email: a.candidate.email, isLocal: a.candidate.isLocal,
      stage: a.stage, appliedAt: a.appliedAt, shortlistedAt: a.shortlistedAt, managerDecision: a.managerDecision, managerDecisionReason: a.managerDecisionReason,
      closedReason: a.closedReason, compliance: complianceSummary(toGateChecks(a.candidate.checks), today), placementId: a.placement?.id ?? null,
      moves: teamMoves(a.stage, a.managerDecision),
    }))
    .sort((x, y) => (order.get(x.stage) ?? 0) - (order.get(y.stage) ?? 0));
}

export type AgencyApplication = {
  id: string;
  stage: ApplicationStage;
  appliedAt: Date;
  shortlistedAt: Date | null;
  coverNote: string | null;
  proposedPayRatePence: number | null;
  managerDecision: ManagerDecision | null;
  managerDecisionReason: string | null;
  managerDecidedAt: Date | null;
  closedReason: string | null;
  moves: ApplicationStage[];
  candidate: { id: string; name: string; email: string; phone: string | null; isLocal: boolean; engagementType: EngagementType; limitedCompanyName: string | null; compliance: ComplianceSummary };
  requisition: {
    id: string; reference: string; jobTitle: string; status: RequisitionStatus; serviceName: string; roleCategory: RoleCategory; headcount: number;
    hoursPerWeek: string; startDate: Date; expectedEndDate: Date; payRateMinPence: number; payRateMaxPence: number; chargeRatePence: number;
    limitedCompanyAllowed: boolean; placed: number;
  };
  determination: { status: Ir35Status; reasons: string; determinedOn: Date; disagreementReceivedOn: Date | null; disagreementRespondBy: Date | null; disagreementRespondedOn: Date | null; disagreementResponse: string | null } | null;
  /** the determination with its disagreement's state today (open / answered / overdue) */
  ir35: Ir35View | null;
  placementId: string | null;
  history: { fromStage: ApplicationStage | null; toStage: ApplicationStage; reason: string | null; changedAt: Date; changedByName: string | null }[];
  onCostPercent: string;
};

/** One application in the viewer's council, for moving it on, the IR35 statement, and making the placement. */
export async function getAgencyApplication(viewer: Viewer | null, id: string, today = londonToday()): Promise<AgencyApplication> {
  const v = authorize(viewer, "candidate.read.council");
  const a = await db().application.findFirst({
    where: { id, councilId: v.councilId },
    select: {
      id: true, stage: true, appliedAt: true, shortlistedAt: true, coverNote: true, proposedPayRatePence: true, managerDecision: true,
      managerDecisionReason: true, managerDecidedAt: true, closedReason: true,
      candidate: { select: { id: true, firstName: true, lastName: true, email: true, phone: true, isLocal: true, engagementType: true, limitedCompanyName: true, checks: checkSelect } },
      requisition: {
        select: {
          id: true, reference: true, jobTitle: true, status: true, roleCategory: true, headcount: true, hoursPerWeek: true, startDate: true, expectedEndDate: true,
          payRateMinPence: true, payRateMaxPence: true, chargeRatePence: true, limitedCompanyAllowed: true, service: { select: { name: true } },
          council: { select: { onCostPercent: true } },
          _count: { select: { placements: { where: { status: { in: ["PENDING_START", "ACTIVE"] } } } } },
        },
      },
      determination: { select: { status: true, reasons: true, determinedOn: true, disagreementReceivedOn: true, disagreementRespondBy: true, disagreementRespondedOn: true, disagreementResponse: true } },
      placement: { select: { id: true } },
      history: { orderBy: { changedAt: "asc" }, select: { fromStage: true, toStage: true, reason: true, changedAt: true, changedById: true } },
    },
  });
  if (!a) throw new NotFoundError("We could not find that application.");
  const people = [...new Set(a.history.map((h) => h.changedById).filter((x): x is string => !!x))];
  const users = people.length ? await db().user.findMany({ where: { councilId: v.councilId, id: { in: people } }, select: { id: true, name: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.name]));
  const r = a.requisition;
  return {
    id: a.id, stage: a.stage, appliedAt: a.appliedAt, shortlistedAt: a.shortlistedAt, coverNote: a.coverNote, proposedPayRatePence: a.proposedPayRatePence,
    managerDecision: a.managerDecision, managerDecisionReason: a.managerDecisionReason, managerDecidedAt: a.managerDecidedAt, closedReason: a.closedReason,
    moves: teamMoves(a.stage, a.managerDecision),
    candidate: {
      id: a.candidate.id, name: `${a.candidate.firstName} ${a.candidate.lastName}`, email: a.candidate.email, phone: a.candidate.phone, isLocal: a.candidate.isLocal,
      engagementType: a.candidate.engagementType, limitedCompanyName: a.candidate.limitedCompanyName, compliance: complianceSummary(toGateChecks(a.candidate.checks), today),
    },
    requisition: {
      id: r.id, reference: r.reference, jobTitle: r.jobTitle, status: r.status, serviceName: r.service.name, roleCategory: r.roleCategory, headcount: r.headcount,
      hoursPerWeek: r.hoursPerWeek.toString(), startDate: r.startDate, expectedEndDate: r.expectedEndDate, payRateMinPence: r.payRateMinPence,
      payRateMaxPence: r.payRateMaxPence, chargeRatePence: r.chargeRatePence, limitedCompanyAllowed: r.limitedCompanyAllowed, placed: r._count.placements,
    },
    determination: a.determination,
    ir35: ir35View(a.determination, today),
    placementId: a.placement?.id ?? null,
    history: a.history.map((h) => ({ fromStage: h.fromStage, toStage: h.toStage, reason: h.reason, changedAt: h.changedAt, changedByName: h.changedById ? (name.get(h.changedById) ?? null) : null })),
    onCostPercent: r.council.onCostPercent.toString(),
  };
}

/** Hiring managers and administrators of the council who can sign off pay above the DfE cap. */
export async function signOffCandidates(viewer: Viewer | null): Promise<{ id: string; name: string }[]> {
  const v = authorize(viewer, "placement.confirm");
  const users = await db().user.findMany({
    where: { councilId: v.councilId, active: true, role: { in: ["HIRING_MANAGER", "ADMIN"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, jobTitle: true },
  });
  return users.map((u) => ({ id: u.id, name: u.jobTitle ? `${u.name} (${u.jobTitle})` : u.name }));
}
