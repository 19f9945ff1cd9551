import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApplicationStage, Availability, EngagementType, ManagerDecision, RequisitionStatus } from "@/lib/generated/prisma/enums";
import { placementGate } from "@/lib/compliance/placement-gate";
import { CHECK_SELECT, toCandidateCheck } from "@/lib/compliance/timesheet-check";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { daysSince } from "@/lib/dates";

/** Stages a manager sees on a shortlist: waiting for them, and what they already decided. */
export const SHORTLIST_STAGES: ApplicationStage[] = ["SHORTLISTED", "INTERVIEW", "OFFERED", "PLACED", "REJECTED"];
/** Stages that wait for the manager's decision. */
export const AWAITING_MANAGER: ApplicationStage[] = ["SHORTLISTED", "INTERVIEW"];

export type ShortlistSummaryRow = {
  requisitionId: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  status: RequisitionStatus;
  awaiting: number;
  oldestShortlistedAt: Date | null;
  daysWaiting: number;
};

async function shortlistSummaries(v: Viewer): Promise<ShortlistSummaryRow[]> {
  const groups = await db().application.groupBy({
    by: ["requisitionId"],
    where: { councilId: v.councilId, stage: { in: AWAITING_MANAGER }, requisition: { councilId: v.councilId, serviceId: { in: v.serviceIds } } },
    _count: { _all: true },
    _min: { shortlistedAt: true },
  });
  if (!groups.length) return [];
  const reqs = await db().requisition.findMany({
    where: { id: { in: groups.map((g) => g.requisitionId) }, councilId: v.councilId, serviceId: { in: v.serviceIds } },
    select: { id: true, reference: true, jobTitle: true, status: true, service: { select: { name: true } } },
  });
  return reqs
    .map((r) => {
      const g = groups.find((x) => x.requisitionId === r.id)!;
      return {
        requisitionId: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, status: r.status,
        awaiting: g._count._all, oldestShortlistedAt: g._min.shortlistedAt, daysWaiting: g._min.shortlistedAt ? daysSince(g._min.shortlistedAt) : 0,
      };
    })
    .sort((a, b) => b.daysWaiting - a.daysWaiting || a.reference.localeCompare(b.reference));
}

/** Requisitions in the manager's services with shortlisted candidates waiting for a decision, longest waiting first. */
export async function listShortlistsToReview(viewer: Viewer | null, opts: { page?: number } = {}): Promise<Page<ShortlistSummaryRow>> {
  const v = authorize(viewer, "shortlist.review");
  const all = await shortlistSummaries(v);
  const page = opts.page ?? 1;
  return toPage(all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), all.length, page);
}

export async function exportShortlistsToReview(viewer: Viewer | null): Promise<ShortlistSummaryRow[]> {
  return shortlistSummaries(authorize(viewer, "shortlist.review"));
}

export type ShortlistCandidate = {
  applicationId: string;
  name: string;
  stage: ApplicationStage;
  experienceSummary: string | null;
  skills: string[];
  availability: Availability;
  availableFrom: Date | null;
  /** hourly pay the candidate is put forward at (else the requisition's top rate) */
  ratePence: number;
  engagementType: EngagementType;
  compliance: { ready: boolean; issues: string[]; passed: string[] };
  managerDecision: ManagerDecision | null;
  managerDecisionReason: string | null;
  shortlistedAt: Date | null;
};

export type Shortlist = {
  requisition: { id: string; reference: string; jobTitle: string; serviceName: string; status: RequisitionStatus; headcount: number; startDate: Date };
  candidates: ShortlistCandidate[];
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The candidates Connect2 shortlisted for one requisition of the manager's services, with what a manager
 * needs to decide — name, experience, availability, rate and compliance status. Never the home address,
 * contact details or declared priority groups (they are not even selected).
 */
export async function getShortlist(viewer: Viewer | null, requisitionId: string): Promise<Shortlist> {
  const v = authorize(viewer, "shortlist.review");
  const r = await db().requisition.findFirst({
    where: { id: requisitionId, councilId: v.councilId, serviceId: { in: v.serviceIds } },
    select: {
      id: true, reference: true, jobTitle: true, status: true, headcount: true, startDate: true, payRateMaxPence: true,
      roleCategory: true, dbsLevel: true, registrationRequired: true, limitedCompanyAllowed: true,
      service: { select: { name: true } }, council: { select: { region: true } },
      applications: {
        where: {
          OR: [
            { stage: { in: SHORTLIST_STAGES.filter((st) => st !== "REJECTED") } },
            { stage: "REJECTED", OR: [{ managerDecision: { not: null } }, { shortlistedAt: { not: null } }] },
          ],
        },
        orderBy: [{ shortlistedAt: "asc" }, { id: "asc" }],
        select: {
          id: true, stage: true, proposedPayRatePence: true, managerDecision: true, managerDecisionReason: true, shortlistedAt: true,
          determination: { select: { status: true, reasons: true, determinedOn: true } },
          candidate: {
            select: {
              firstName: true, lastName: true, experienceSummary: true, skills: true, availability: true, availableFrom: true,
              engagementType: true, socialWorkQualifiedOn: true, lastPermanentPostEndedOn: true, lastPermanentPostRegion: true,
              checks: { select: CHECK_SELECT },
            },
          },
        },
      },
    },
  });
  if (!r) throw new NotFoundError("We could not find that requisition in your services.");
  const start = iso(r.startDate)!;
  return {
    requisition: {
      id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, status: r.status, headcount: r.headcount, startDate: r.startDate,
    },
    candidates: r.applications.map((a) => {
      const c = a.candidate;
      const rate = a.proposedPayRatePence ?? r.payRateMaxPence;
      const gate = placementGate({
        requisition: { roleCategory: r.roleCategory, dbsLevel: r.dbsLevel, registrationRequired: r.registrationRequired, limitedCompanyAllowed: r.limitedCompanyAllowed },
        checks: c.checks.map(toCandidateCheck),
        engagementType: c.engagementType,
        ir35Determination: a.determination ? { status: a.determination.status, reasons: a.determination.reasons, issuedOn: iso(a.determination.determinedOn) } : null,
        startDate: start,
        payRatePence: rate,
        rateCapPence: null, // the DfE cap sign-off is Connect2's step at placement, not the manager's
        rateCapSignOff: null,
        postQualifyingExperienceStart: iso(c.socialWorkQualifiedOn),
        lastPermanentPostEndedOn: iso(c.lastPermanentPostEndedOn),
        lastPermanentPostRegion: c.lastPermanentPostRegion,
        placementRegion: r.council.region,
      });
      return {
        applicationId: a.id,
        name: `${c.firstName} ${c.lastName}`,
        stage: a.stage,
        experienceSummary: c.experienceSummary,
        skills: c.skills,
        availability: c.availability,
        availableFrom: c.availableFrom,
        ratePence: rate,
        engagementType: c.engagementType,
        compliance: { ready: gate.allowed, issues: gate.blocks.map((b) => `${b.rule}: ${b.message}`), passed: gate.passed.map((p) => p.rule) },
        managerDecision: a.managerDecision,
        managerDecisionReason: a.managerDecisionReason,
        shortlistedAt: a.shortlistedAt,
      };
    }),
  };
}

/** Shortlisted candidates waiting for the manager's decision, across their services (home page count). */
export async function countCandidatesAwaitingDecision(viewer: Viewer | null): Promise<number> {
  const v = authorize(viewer, "shortlist.review");
  return db().application.count({
    where: { councilId: v.councilId, stage: { in: AWAITING_MANAGER }, requisition: { councilId: v.councilId, serviceId: { in: v.serviceIds } } },
  });
}
