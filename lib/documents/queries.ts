import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApplicationStage, ComplianceCheckStatus, ComplianceCheckType, DbsLevel, DocumentKind } from "@/lib/generated/prisma/enums";
import { placementGate, type GateRule, type PlacementGateInput } from "@/lib/compliance/placement-gate";
import { RTW_RECHECK_ALERT_DAYS } from "@/lib/compliance/right-to-work";
import { CHECK_SELECT, toCandidateCheck } from "@/lib/compliance/timesheet-check";
import { ACTIVE_STAGES } from "@/lib/applications/stages";
import { todayUtc } from "@/lib/dates";

function own(viewer: Viewer | null) {
  const v = authorize(viewer, "candidate.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  return { v, candidateId: v.candidateId };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type MyDocument = {
  id: string;
  kind: DocumentKind;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
  /** used by the team as evidence for a check (then it cannot be removed by the candidate) */
  usedForCheck: boolean;
};

export async function listMyDocuments(viewer: Viewer | null): Promise<MyDocument[]> {
  const { v, candidateId } = own(viewer);
  const rows = await db().document.findMany({
    where: { councilId: v.councilId, candidateId, candidate: { userId: v.userId }, deletedAt: null },
    orderBy: [{ uploadedAt: "desc" }, { id: "asc" }],
    select: { id: true, kind: true, filename: true, mimeType: true, sizeBytes: true, uploadedAt: true, _count: { select: { checks: true } } },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, usedForCheck: _count.checks > 0 }));
}

export type CheckState = "done" | "pending" | "failed" | "expired" | "expiring";

export type MyCheck = {
  id: string;
  type: ComplianceCheckType;
  status: ComplianceCheckStatus;
  state: CheckState;
  checkedOn: Date | null;
  expiresOn: Date | null;
  dbsLevel: DbsLevel | null;
  detail: string | null;
};

export type RuleView = { rule: GateRule; done: boolean; messages: string[]; whatToDo: string | null };

export type ApplicationChecks = {
  applicationId: string;
  jobTitle: string;
  reference: string;
  stage: ApplicationStage;
  startDate: Date;
  ready: boolean;
  rules: RuleView[];
};

export type MyChecks = { checks: MyCheck[]; applications: ApplicationChecks[] };

const WHAT_TO_DO: Record<GateRule, string> = {
  "Right to work": "Upload your passport, share code evidence or visa as a right to work document. The Connect2 team will check it with you.",
  DBS: "Upload your DBS certificate if you have one. If you do not, the Connect2 team will help you apply for one.",
  References: "Give the Connect2 team the names of two referees. The team contacts them for you.",
  "Professional registration": "Upload proof of your professional registration, for example your Social Work England registration.",
  IR35: "The Connect2 team arranges this with the council service. You do not need to do anything yet.",
  "DfE child and family social work": "The Connect2 team will talk to you about your experience and your last permanent job.",
};

const RULE_ORDER: GateRule[] = ["Right to work", "DBS", "References", "Professional registration", "IR35", "DfE child and family social work"];

function checkState(status: ComplianceCheckStatus, expiresOn: Date | null, today: Date): CheckState {
  if (status === "PENDING") return "pending";
  if (status === "FAILED") return "failed";
  if (expiresOn && expiresOn < today) return "expired";
  if (expiresOn && expiresOn.getTime() - today.getTime() <= RTW_RECHECK_ALERT_DAYS * 86_400_000) return "expiring";
  return "done";
}

/**
 * The candidate's own checks, and for each live application (or placement not yet ended) what the
 * placement gate (lib/compliance/placement-gate.ts) would say today: the same rules the Connect2 team is
 * held to, shown as done or still needed with what the candidate can do about it.
 */
export async function getMyChecks(viewer: Viewer | null): Promise<MyChecks> {
  const { v, candidateId } = own(viewer);
  const today = todayUtc();
  const profile = await db().candidateProfile.findFirst({
    where: { id: candidateId, councilId: v.councilId, userId: v.userId },
    select: {
      engagementType: true, socialWorkQualifiedOn: true, lastPermanentPostEndedOn: true, lastPermanentPostRegion: true,
      council: { select: { region: true } },
      checks: { where: { councilId: v.councilId }, orderBy: [{ type: "asc" }, { createdAt: "desc" }], select: { id: true, ...CHECK_SELECT, qualificationName: true } },
      applications: {
        where: {
          councilId: v.councilId,
          OR: [{ stage: { in: [...ACTIVE_STAGES] } }, { stage: "PLACED", placement: { status: { in: ["PENDING_START", "ACTIVE"] } } }],
        },
        orderBy: [{ appliedAt: "desc" }, { id: "asc" }],
        select: {
          id: true, stage: true, proposedPayRatePence: true,
          determination: { select: { status: true, reasons: true, determinedOn: true } },
          placement: { select: { startDate: true, payRatePence: true, engagementType: true } },
          requisition: {
            select: {
              reference: true, jobTitle: true, roleCategory: true, dbsLevel: true, registrationRequired: true,
              limitedCompanyAllowed: true, startDate: true, payRateMinPence: true,
            },
          },
        },
      },
    },
  });
  if (!profile) throw new NotFoundError("We could not find your candidate profile.");

  const current = profile.checks.filter((c) => c.supersededAt === null);
  const checks: MyCheck[] = current.map((c) => ({
    id: c.id, type: c.type, status: c.status, state: checkState(c.status, c.expiresOn, today), checkedOn: c.checkedOn,
    expiresOn: c.expiresOn, dbsLevel: c.dbsLevel, detail: c.registrationBody ?? c.qualificationName ?? null,
  }));
  const gateChecks = profile.checks.map(toCandidateCheck);

  const applications = profile.applications.map((a): ApplicationChecks => {
    const r = a.requisition;
    const start = a.placement?.startDate ?? r.startDate;
    const input: PlacementGateInput = {
      requisition: { roleCategory: r.roleCategory, dbsLevel: r.dbsLevel, registrationRequired: r.registrationRequired, limitedCompanyAllowed: r.limitedCompanyAllowed },
      checks: gateChecks,
      engagementType: a.placement?.engagementType ?? profile.engagementType,
      ir35Determination: a.determination
        ? { status: a.determination.status, reasons: a.determination.reasons, issuedOn: iso(a.determination.determinedOn) }
        : null,
      startDate: iso(start < today ? today : start),
      payRatePence: a.placement?.payRatePence ?? a.proposedPayRatePence ?? r.payRateMinPence,
      // The pay cap and its sign-off are the team's business, not something the candidate can act on.
      rateCapPence: null,
      rateCapSignOff: null,
      postQualifyingExperienceStart: profile.socialWorkQualifiedOn ? iso(profile.socialWorkQualifiedOn) : null,
      lastPermanentPostEndedOn: profile.lastPermanentPostEndedOn ? iso(profile.lastPermanentPostEndedOn) : null,
      lastPermanentPostRegion: profile.lastPermanentPostRegion,
      placementRegion: profile.council.region,
    };
    const gate = placementGate(input);
    const rules = RULE_ORDER.flatMap((rule): RuleView[] => {
      const blocks = gate.blocks.filter((b) => b.rule === rule);
      const passes = gate.passed.filter((p) => p.rule === rule);
      if (!blocks.length && !passes.length) return [];
      if (blocks.length) return [{ rule, done: false, messages: blocks.map((b) => `${b.message}.`), whatToDo: WHAT_TO_DO[rule] }];
      const messages = rule === "DfE child and family social work" ? [] : passes.map((p) => p.message);
      return [{ rule, done: true, messages, whatToDo: null }];
    });
    return {
      applicationId: a.id, jobTitle: r.jobTitle, reference: r.reference, stage: a.stage, startDate: start,
      ready: gate.allowed, rules,
    };
  });
  return { checks, applications };
}
