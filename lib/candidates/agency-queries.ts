import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type {
  ApplicationStage, Availability, ComplianceCheckStatus, ComplianceCheckType, DbsLevel, DocumentKind, EngagementType, PlacementStatus,
  PriorityGroup, RequisitionStatus, RightToWorkRoute,
} from "@/lib/generated/prisma/enums";
import { toGateChecks } from "@/lib/compliance/placement-check";
import { isUnlimitedRoute } from "@/lib/compliance/right-to-work";
import { dbsRank } from "@/lib/compliance/dbs";
import { DBS_LEVELS } from "@/lib/compliance/types";
import { RIGHT_TO_WORK_ROUTES } from "./labels";
import { complianceSummary, type ComplianceSummary } from "@/lib/checks/summary";
import { dateOf, londonToday } from "@/lib/jobs/clock";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";

export const EXPORT_LIMIT = 10_000;

export const COMPLIANCE_FILTERS = ["rtw", "enhanced", "references", "ready"] as const;
export type ComplianceFilter = (typeof COMPLIANCE_FILTERS)[number];
export const COMPLIANCE_FILTER_LABEL: Record<ComplianceFilter, string> = {
  rtw: "Right to work checked and in date",
  enhanced: "Enhanced DBS check held",
  references: "Two references passed",
  ready: "Right to work and two references",
};

export type TalentPoolFilter = {
  q?: string;
  skill?: string;
  availability?: Availability;
  local?: "yes" | "no";
  compliance?: ComplianceFilter;
  /** mark who is already in this requisition's pipeline */
  requisitionId?: string;
  page?: number;
};

export type TalentPoolRow = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  postcode: string;
  isLocal: boolean;
  skills: string[];
  availability: Availability;
  engagementType: EngagementType;
  compliance: ComplianceSummary;
  inPipeline: boolean;
  lastActivityAt: Date;
};

const UNLIMITED_ROUTES = RIGHT_TO_WORK_ROUTES.filter((r) => isUnlimitedRoute(r));
const LIMITED_ROUTES = RIGHT_TO_WORK_ROUTES.filter((r) => !isUnlimitedRoute(r));

async function poolWhere(councilId: string, f: TalentPoolFilter, today: string) {
  const q = f.q?.trim();
  const and: object[] = [];
  if (q) {
    const like = likeLiteral(q);
    and.push({
      OR: [
        { firstName: { contains: like, mode: "insensitive" } }, { lastName: { contains: like, mode: "insensitive" } },
        { email: { contains: like, mode: "insensitive" } }, { phone: { contains: like } }, { postcode: { contains: like, mode: "insensitive" } },
      ],
    });
  }
  const skill = f.skill?.trim();
  if (skill) {
    // skills are free text: match any skill containing the words, ignoring case
    const rows = await db().$queryRaw<{ id: string }[]>`
      select id from "CandidateProfile" c
      where c."councilId" = ${councilId} and exists (select 1 from unnest(c.skills) s where s ilike ${`%${likeLiteral(skill)}%`})
      limit 5000`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  // The filters ask, in SQL, exactly what complianceSummary (lib/checks/summary.ts) answers for a row, so a filtered
  // list and the row's own tags always agree (tests/integration/agency-candidates.test.ts compares the two):
  // right to work as rightToWorkValidOn — a current passed check, carried out by today, unlimited route or an
  // expiry today or later; DBS enhanced or above as the summary's DBS level — current, passed, not expired.
  const on = dateOf(today);
  const rtwValid = {
    checks: {
      some: {
        type: "RIGHT_TO_WORK" as const, status: "PASSED" as const, supersededAt: null,
        AND: [
          { OR: [{ checkedOn: null }, { checkedOn: { lte: on } }] },
          { OR: [{ rightToWorkRoute: { in: UNLIMITED_ROUTES } }, { rightToWorkRoute: { in: LIMITED_ROUTES }, expiresOn: { gte: on } }] },
        ],
      },
    },
  };
  if (f.compliance === "rtw" || f.compliance === "ready") and.push(rtwValid);
  if (f.compliance === "enhanced") {
    and.push({
      checks: {
        some: {
          type: "DBS", status: "PASSED", supersededAt: null, dbsLevel: { in: DBS_LEVELS.filter((l) => dbsRank(l) >= dbsRank("ENHANCED")) },
          OR: [{ expiresOn: null }, { expiresOn: { gte: on } }],
        },
      },
    });
  }
  if (f.compliance === "references" || f.compliance === "ready") {
    const rows = await db().$queryRaw<{ id: string }[]>`
      select "candidateId" as id from "ComplianceCheck"
      where "councilId" = ${councilId} and type = 'REFERENCE' and status = 'PASSED' and "supersededAt" is null
      group by "candidateId" having count(*) >= 2`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  return {
    councilId,
    mergedIntoId: null,
    anonymisedAt: null,
    ...(f.availability ? { availability: f.availability } : {}),
    ...(f.local ? { isLocal: f.local === "yes" } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

const poolSelect = {
  id: true, firstName: true, lastName: true, email: true, phone: true, postcode: true, isLocal: true, skills: true, availability: true,
  engagementType: true, lastActivityAt: true,
  checks: { select: { type: true, status: true, expiresOn: true, dbsLevel: true, rightToWorkRoute: true, checkedOn: true, registrationBody: true, supersededAt: true } },
} as const;

async function toPoolRows(
  councilId: string,
  rows: { id: string; firstName: string; lastName: string; email: string; phone: string | null; postcode: string; isLocal: boolean; skills: string[]; availability: Availability; engagementType: EngagementType; lastActivityAt: Date; checks: Parameters<typeof toGateChecks>[0] }[],
  requisitionId: string | undefined,
  today: string,
): Promise<TalentPoolRow[]> {
  const inPipeline = requisitionId && rows.length
    ? new Set((await db().application.findMany({ where: { councilId, requisitionId, candidateId: { in: rows.map((r) => r.id) } }, select: { candidateId: true } })).map((a) => a.candidateId))
    : new Set<string>();
  return rows.map((r) => ({
    id: r.id, name: `${r.firstName} ${r.lastName}`, email: r.email, phone: r.phone, postcode: r.postcode, isLocal: r.isLocal, skills: r.skills,
    availability: r.availability, engagementType: r.engagementType, lastActivityAt: r.lastActivityAt,
    compliance: complianceSummary(toGateChecks(r.checks), today), inPipeline: inPipeline.has(r.id),
  }));
}

/**
 * The talent pool: the council's live candidate records (not merged away, not anonymised), searched by name,
 * email, phone or postcode, by skill, availability, the local flag and compliance status; most recently active first.
 */
export async function searchTalentPool(viewer: Viewer | null, f: TalentPoolFilter = {}, today = londonToday()): Promise<Page<TalentPoolRow>> {
  const v = authorize(viewer, "candidate.read.council");
  const page = f.page ?? 1;
  const where = await poolWhere(v.councilId, f, today);
  const [rows, total] = await Promise.all([
    db().candidateProfile.findMany({ where, orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: poolSelect }),
    db().candidateProfile.count({ where }),
  ]);
  return toPage(await toPoolRows(v.councilId, rows, f.requisitionId, today), total, page);
}

export async function exportTalentPool(viewer: Viewer | null, f: TalentPoolFilter = {}, today = londonToday()): Promise<TalentPoolRow[]> {
  const v = authorize(viewer, "candidate.read.council");
  const where = await poolWhere(v.councilId, f, today);
  const rows = await db().candidateProfile.findMany({ where, orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }], take: EXPORT_LIMIT, select: poolSelect });
  return toPoolRows(v.councilId, rows, f.requisitionId, today);
}

export type CandidateCheckRow = {
  id: string;
  type: ComplianceCheckType;
  status: ComplianceCheckStatus;
  checkedOn: Date | null;
  checkedByName: string | null;
  expiresOn: Date | null;
  rightToWorkRoute: RightToWorkRoute | null;
  dbsLevel: DbsLevel | null;
  dbsCertificateDate: Date | null;
  dbsCertificateNo: string | null;
  dbsUpdateService: boolean | null;
  refereeName: string | null;
  refereeOrganisation: string | null;
  qualificationName: string | null;
  registrationBody: string | null;
  registrationNumber: string | null;
  notes: string | null;
  supersededAt: Date | null;
  createdAt: Date;
};

export type CandidateRecord = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  dateOfBirth: Date | null;
  addressLine1: string | null;
  town: string | null;
  postcode: string;
  isLocal: boolean;
  availability: Availability;
  skills: string[];
  experienceSummary: string | null;
  engagementType: EngagementType;
  limitedCompanyName: string | null;
  priorityGroups: PriorityGroup[];
  hasAccount: boolean;
  createdAt: Date;
  lastActivityAt: Date;
  anonymisedAt: Date | null;
  mergedInto: { id: string; name: string } | null;
  mergedFrom: { id: string; name: string; email: string }[];
  compliance: ComplianceSummary;
  checks: CandidateCheckRow[];
  applications: { id: string; requisitionId: string; reference: string; jobTitle: string; requisitionStatus: RequisitionStatus; stage: ApplicationStage; appliedAt: Date }[];
  placements: { id: string; reference: string; jobTitle: string; status: PlacementStatus; startDate: Date; plannedEndDate: Date }[];
  notes: { id: string; body: string; authorName: string; createdAt: Date }[];
  documents: { id: string; kind: DocumentKind; filename: string; uploadedAt: Date }[];
};

/** One candidate of the viewer's council with everything the team keeps on them. */
export async function getCandidateRecord(viewer: Viewer | null, id: string, today = londonToday()): Promise<CandidateRecord> {
  const v = authorize(viewer, "candidate.read.council");
  const c = await db().candidateProfile.findFirst({
    where: { id, councilId: v.councilId },
    include: {
      mergedInto: { select: { id: true, firstName: true, lastName: true } },
      mergedFrom: { select: { id: true, firstName: true, lastName: true, email: true } },
      checks: { orderBy: [{ supersededAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] },
      applications: { orderBy: { appliedAt: "desc" }, select: { id: true, requisitionId: true, stage: true, appliedAt: true, requisition: { select: { reference: true, jobTitle: true, status: true } } } },
      placements: { orderBy: { startDate: "desc" }, select: { id: true, reference: true, status: true, startDate: true, plannedEndDate: true, requisition: { select: { jobTitle: true } } } },
      notes: { orderBy: { createdAt: "desc" } },
      documents: { where: { deletedAt: null }, orderBy: { uploadedAt: "desc" }, select: { id: true, kind: true, filename: true, uploadedAt: true } },
    },
  });
  if (!c) throw new NotFoundError("We could not find that candidate.");
  const people = [...new Set([...c.notes.map((n) => n.authorId), ...c.checks.map((k) => k.checkedById).filter((x): x is string => !!x)])];
  const users = people.length ? await db().user.findMany({ where: { councilId: v.councilId, id: { in: people } }, select: { id: true, name: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.name]));
  return {
    id: c.id, firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone, dateOfBirth: c.dateOfBirth, addressLine1: c.addressLine1,
    town: c.town, postcode: c.postcode, isLocal: c.isLocal, availability: c.availability, skills: c.skills, experienceSummary: c.experienceSummary,
    engagementType: c.engagementType, limitedCompanyName: c.limitedCompanyName, priorityGroups: c.priorityGroups, hasAccount: c.userId !== null,
    createdAt: c.createdAt, lastActivityAt: c.lastActivityAt, anonymisedAt: c.anonymisedAt,
    mergedInto: c.mergedInto ? { id: c.mergedInto.id, name: `${c.mergedInto.firstName} ${c.mergedInto.lastName}` } : null,
    mergedFrom: c.mergedFrom.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`, email: m.email })),
    compliance: complianceSummary(toGateChecks(c.checks), today),
    checks: c.checks.map((k) => ({
      id: k.id, type: k.type, status: k.status, checkedOn: k.checkedOn, checkedByName: k.checkedById ? (name.get(k.checkedById) ?? null) : null,
      expiresOn: k.expiresOn, rightToWorkRoute: k.rightToWorkRoute, dbsLevel: k.dbsLevel, dbsCertificateDate: k.dbsCertificateDate,
      dbsCertificateNo: k.dbsCertificateNo, dbsUpdateService: k.dbsUpdateService, refereeName: k.refereeName, refereeOrganisation: k.refereeOrganisation,
      qualificationName: k.qualificationName, registrationBody: k.registrationBody, registrationNumber: k.registrationNumber, notes: k.notes,
      supersededAt: k.supersededAt, createdAt: k.createdAt,
    })),
    applications: c.applications.map((a) => ({
      id: a.id, requisitionId: a.requisitionId, reference: a.requisition.reference, jobTitle: a.requisition.jobTitle, requisitionStatus: a.requisition.status,
      stage: a.stage, appliedAt: a.appliedAt,
    })),
    placements: c.placements.map((p) => ({ id: p.id, reference: p.reference, jobTitle: p.requisition.jobTitle, status: p.status, startDate: p.startDate, plannedEndDate: p.plannedEndDate })),
    notes: c.notes.map((n) => ({ id: n.id, body: n.body, authorName: name.get(n.authorId) ?? "Connect2 team", createdAt: n.createdAt })),
    documents: c.documents,
  };
}
