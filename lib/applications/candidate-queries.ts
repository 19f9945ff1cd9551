import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApplicationStage, DbsLevel, RoleCategory } from "@/lib/generated/prisma/enums";
import { STAGE_MOVES } from "./stages";

/** A candidate's own applications: always filtered by the viewer's own candidate profile and council. */

function own(viewer: Viewer | null) {
  const v = authorize(viewer, "candidate.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  return { v, scope: { councilId: v.councilId, candidateId: v.candidateId, candidate: { userId: v.userId } } };
}

export type MyApplicationRow = {
  id: string;
  requisitionId: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  stage: ApplicationStage;
  appliedAt: Date;
  lastChangeAt: Date;
};

export async function listMyApplications(viewer: Viewer | null): Promise<MyApplicationRow[]> {
  const { scope } = own(viewer);
  const rows = await db().application.findMany({
    where: scope,
    orderBy: [{ appliedAt: "desc" }, { id: "asc" }],
    select: {
      id: true, requisitionId: true, stage: true, appliedAt: true,
      requisition: { select: { reference: true, jobTitle: true, service: { select: { name: true } } } },
      history: { orderBy: { changedAt: "desc" }, take: 1, select: { changedAt: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id, requisitionId: a.requisitionId, stage: a.stage, appliedAt: a.appliedAt,
    reference: a.requisition.reference, jobTitle: a.requisition.jobTitle, serviceName: a.requisition.service.name,
    lastChangeAt: a.history[0]?.changedAt ?? a.appliedAt,
  }));
}

export type TimelineEntry = { stage: ApplicationStage; from: ApplicationStage | null; at: Date; reason: string | null };

export type MyApplicationDetail = MyApplicationRow & {
  coverNote: string | null;
  availabilityConfirmed: boolean;
  closedReason: string | null;
  canWithdraw: boolean;
  vacancy: {
    roleCategory: RoleCategory;
    dbsLevel: DbsLevel;
    registrationRequired: string | null;
    startDate: Date;
    expectedEndDate: Date;
    hoursPerWeek: number;
    location: string | null;
  };
  /** oldest first */
  timeline: TimelineEntry[];
  placementId: string | null;
};

/**
 * One of the candidate's own applications with its dated timeline. Reasons are shown only for the
 * candidate's own withdrawal: the team's internal rejection notes stay with the team.
 */
export async function getMyApplication(viewer: Viewer | null, id: string): Promise<MyApplicationDetail> {
  const { scope } = own(viewer);
  const a = await db().application.findFirst({
    where: { id, ...scope },
    select: {
      id: true, requisitionId: true, stage: true, appliedAt: true, coverNote: true, availabilityConfirmed: true, closedReason: true,
      requisition: {
        select: {
          reference: true, jobTitle: true, roleCategory: true, dbsLevel: true, registrationRequired: true, startDate: true,
          expectedEndDate: true, hoursPerWeek: true, location: true, service: { select: { name: true } },
        },
      },
      history: { orderBy: [{ changedAt: "asc" }, { id: "asc" }], select: { fromStage: true, toStage: true, changedAt: true, reason: true } },
      placement: { select: { id: true } },
    },
  });
  if (!a) throw new NotFoundError("We could not find that application.");
  const timeline: TimelineEntry[] = a.history.length
    ? a.history.map((h) => ({ stage: h.toStage, from: h.fromStage, at: h.changedAt, reason: h.toStage === "WITHDRAWN" ? h.reason : null }))
    : [{ stage: "APPLIED", from: null, at: a.appliedAt, reason: null }];
  const r = a.requisition;
  return {
    id: a.id, requisitionId: a.requisitionId, stage: a.stage, appliedAt: a.appliedAt, reference: r.reference, jobTitle: r.jobTitle,
    serviceName: r.service.name, lastChangeAt: timeline[timeline.length - 1].at, coverNote: a.coverNote,
    availabilityConfirmed: a.availabilityConfirmed, closedReason: a.stage === "WITHDRAWN" ? a.closedReason : null,
    canWithdraw: STAGE_MOVES[a.stage].includes("WITHDRAWN"),
    vacancy: {
      roleCategory: r.roleCategory, dbsLevel: r.dbsLevel, registrationRequired: r.registrationRequired, startDate: r.startDate,
      expectedEndDate: r.expectedEndDate, hoursPerWeek: r.hoursPerWeek.toNumber(), location: r.location,
    },
    timeline,
    placementId: a.placement?.id ?? null,
  };
}

/** The viewer's application for a vacancy, if any (for the vacancy page and the apply journey). */
export async function myApplicationFor(viewer: Viewer | null, requisitionId: string): Promise<{ id: string; appliedAt: Date; stage: ApplicationStage } | null> {
  const { scope } = own(viewer);
  return db().application.findFirst({ where: { requisitionId, ...scope }, select: { id: true, appliedAt: true, stage: true } });
}
