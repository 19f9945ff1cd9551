/**
 * The seed's working state: the PRNG, the anchor date, every row to insert (built in memory first, so later
 * steps can refer to and adjust earlier rows without round trips) and lookups the steps share.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { DbsLevel, PriorityGroup, RequisitionStatus, Role } from "../../lib/generated/prisma/enums";
import type { LocalAreaDefinition } from "../../lib/candidates/local-resident";
import type { JobTemplate, RateCardDef, Track } from "./jobs";
import { Rng, type Iso } from "./prng";
import type { Timeline } from "./timeline";

/** Every seeded row carries its own deterministic id. */
export type WithId<T> = T & { id: string };

export interface Rows {
  council: WithId<Prisma.CouncilCreateManyInput>[];
  localArea: WithId<Prisma.LocalAreaCreateManyInput>[];
  service: WithId<Prisma.ServiceCreateManyInput>[];
  costCentre: WithId<Prisma.CostCentreCreateManyInput>[];
  costCentreBudget: WithId<Prisma.CostCentreBudgetCreateManyInput>[];
  rateCard: WithId<Prisma.RateCardCreateManyInput>[];
  socialWorkRateCap: WithId<Prisma.SocialWorkRateCapCreateManyInput>[];
  user: WithId<Prisma.UserCreateManyInput>[];
  serviceMembership: WithId<Prisma.ServiceMembershipCreateManyInput>[];
  campaign: WithId<Prisma.CampaignCreateManyInput>[];
  candidateProfile: WithId<Prisma.CandidateProfileCreateManyInput>[];
  complianceCheck: WithId<Prisma.ComplianceCheckCreateManyInput>[];
  requisition: WithId<Prisma.RequisitionCreateManyInput>[];
  requisitionApproval: WithId<Prisma.RequisitionApprovalCreateManyInput>[];
  requisitionStatusChange: WithId<Prisma.RequisitionStatusChangeCreateManyInput>[];
  application: WithId<Prisma.ApplicationCreateManyInput>[];
  applicationStageChange: WithId<Prisma.ApplicationStageChangeCreateManyInput>[];
  statusDetermination: WithId<Prisma.StatusDeterminationCreateManyInput>[];
  placement: WithId<Prisma.PlacementCreateManyInput>[];
  placementChangeRequest: WithId<Prisma.PlacementChangeRequestCreateManyInput>[];
  absence: WithId<Prisma.AbsenceCreateManyInput>[];
  timesheet: WithId<Prisma.TimesheetCreateManyInput>[];
  timesheetLine: WithId<Prisma.TimesheetLineCreateManyInput>[];
  conversion: WithId<Prisma.ConversionCreateManyInput>[];
  offContractSpend: WithId<Prisma.OffContractSpendCreateManyInput>[];
  candidateNote: WithId<Prisma.CandidateNoteCreateManyInput>[];
  auditEvent: WithId<Prisma.AuditEventCreateManyInput>[];
  notification: WithId<Prisma.NotificationCreateManyInput>[];
}

/** Insert order (parents before children). */
export const TABLE_ORDER: ReadonlyArray<keyof Rows> = [
  "council", "localArea", "service", "costCentre", "costCentreBudget", "rateCard", "socialWorkRateCap", "user",
  "serviceMembership", "campaign", "candidateProfile", "complianceCheck", "requisition", "requisitionApproval",
  "requisitionStatusChange", "application", "applicationStageChange", "statusDetermination", "placement",
  "placementChangeRequest", "absence", "timesheet", "timesheetLine", "conversion", "offContractSpend", "candidateNote",
  "auditEvent", "notification",
];

export type CouncilKey = "luton" | "dudley";

export interface Member {
  userId: string;
  budgetHolder: boolean;
  secondApprover: boolean;
}

export interface ServiceInfo {
  id: string;
  code: string;
  name: string;
  costCentreIds: string[];
  members: Member[];
}

export interface CouncilInfo {
  key: CouncilKey;
  id: string;
  prefix: string; // "LUT"
  region: string;
  area: LocalAreaDefinition;
  laCodes: string[];
  services: ServiceInfo[];
  agencyUserIds: string[];
  rateCards: RateCardDef[];
  campaignIds: { neighbourhood?: string; winter?: string };
}

export interface CandidateInfo {
  id: string;
  councilKey: CouncilKey;
  userId: string | null;
  firstName: string;
  lastName: string;
  track: Track;
  isLocal: boolean;
  dbsLevel: DbsLevel;
  priorityGroups: PriorityGroup[];
  rightToWork: "ok" | "expiring" | "expired";
  /** [start, end] of placements already given, to avoid overlaps */
  busy: Array<[Iso, Iso]>;
  /** earliest application date: the profile must be created before it */
  firstActivity: Iso | null;
  lastActivity: Iso | null;
  row: WithId<Prisma.CandidateProfileCreateManyInput>;
}

export interface RequisitionInfo {
  id: string;
  councilKey: CouncilKey;
  status: RequisitionStatus;
  template: JobTemplate;
  service: ServiceInfo;
  raisedById: string;
  headcount: number;
  hoursPerWeek: number;
  startDate: Iso;
  endDate: Iso;
  payMin: number;
  payMax: number;
  charge: number;
  tl: Timeline;
  /** how many placements this requisition should get */
  placements: number;
  /** forced application stages for demo journeys (beyond the placed ones) */
  extraStages: string[];
  live: boolean;
  /** the demo candidate Jordan Smith takes the first seat */
  forJordan: boolean;
  row: WithId<Prisma.RequisitionCreateManyInput>;
}

export interface Ctx {
  rng: Rng;
  today: Iso;
  passwordHash: string;
  rows: Rows;
  councils: Record<CouncilKey, CouncilInfo>;
  /** demo-account users by email */
  usersByEmail: Map<string, string>;
  /** role of every user id (for audit events) */
  userRole: Map<string, Role>;
  candidates: CandidateInfo[];
  requisitions: RequisitionInfo[];
  /** per-prefix counters for generated ids */
  seq: Map<string, number>;
}

export function emptyRows(): Rows {
  const rows = {} as Rows;
  for (const k of TABLE_ORDER) (rows as unknown as Record<string, unknown[]>)[k] = [];
  return rows;
}

export function newContext(seed: number, today: Iso, passwordHash: string): Ctx {
  return {
    rng: new Rng(seed),
    today,
    passwordHash,
    rows: emptyRows(),
    councils: {} as Record<CouncilKey, CouncilInfo>,
    usersByEmail: new Map(),
    userRole: new Map(),
    candidates: [],
    requisitions: [],
    seq: new Map(),
  };
}

/** A manager of the service with the right, preferring ones not in `exclude`. */
export function memberWith(ctx: Ctx, service: ServiceInfo, right: "budgetHolder" | "secondApprover" | "any", exclude: string[] = []): string {
  const ok = service.members.filter((m) => (right === "any" || m[right]) && !exclude.includes(m.userId));
  if (ok.length === 0) throw new Error(`no ${right} in ${service.name} outside ${exclude.join(", ")}`);
  return ctx.rng.pick(ok).userId;
}

/** The next deterministic id with a prefix: "aud_000001", … */
export function nextId(ctx: Ctx, prefix: string, width = 6): string {
  const n = (ctx.seq.get(prefix) ?? 0) + 1;
  ctx.seq.set(prefix, n);
  return `${prefix}_${String(n).padStart(width, "0")}`;
}

/** Records an audit event for a state change. */
export function audit(
  ctx: Ctx, councilId: string, actorId: string | null, action: string, entityType: string, entityId: string,
  when: Date, changes?: Prisma.InputJsonValue,
) {
  ctx.rows.auditEvent.push({
    id: nextId(ctx, "aud"), councilId, actorId, actorRole: actorId ? (ctx.userRole.get(actorId) ?? (actorId.startsWith("usr_cand_") ? "CANDIDATE" : null)) : null,
    action, entityType, entityId, changes, createdAt: when,
  });
}
