import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApplicationStage, RequisitionStatus, RoleCategory } from "@/lib/generated/prisma/enums";
import { daysSince } from "@/lib/dates";
import { londonToday } from "@/lib/jobs/clock";
import { toPage, PAGE_SIZE, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";
import { requisitionFlags, type RequisitionFlag } from "./agency-flags";

export const EXPORT_LIMIT = 10_000;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const londonDay = (d: Date) => londonToday(d);

export type AgencyInboxSort = "start" | "days" | "reference";
export type AgencyInboxFilter = {
  page?: number;
  status?: "APPROVED" | "OPEN";
  serviceId?: string;
  campaignId?: string;
  flag?: RequisitionFlag;
  q?: string;
  sort?: AgencyInboxSort;
  dir?: "asc" | "desc";
};

export type AgencyInboxRow = {
  id: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  status: RequisitionStatus;
  headcount: number;
  startDate: Date;
  closingDate: Date | null;
  /** days since released (OPEN), or since approved while waiting to be released */
  daysOpen: number;
  pipeline: Partial<Record<ApplicationStage, number>>;
  placed: number;
  flags: RequisitionFlag[];
};

/**
 * The agency's requisition inbox: approved requisitions waiting to be released and open ones being filled,
 * with pipeline counts per stage, days open and the two flags (no shortlist after 5 working days; starts
 * within 7 days and unfilled). The whole council's, never another council's. Open requisitions are few at
 * any time, so the flags are worked out for every matching row and the page cut afterwards.
 */
async function inbox(v: Viewer, opts: AgencyInboxFilter, today: string): Promise<AgencyInboxRow[]> {
  const q = opts.q?.trim();
  const rows = await db().requisition.findMany({
    where: {
      councilId: v.councilId,
      status: opts.status ?? { in: ["APPROVED", "OPEN"] as RequisitionStatus[] },
      ...(opts.serviceId ? { serviceId: opts.serviceId } : {}),
      ...(opts.campaignId ? { campaignId: opts.campaignId } : {}),
      ...(q
        ? { OR: [{ reference: { contains: likeLiteral(q), mode: "insensitive" as const } }, { jobTitle: { contains: likeLiteral(q), mode: "insensitive" as const } }] }
        : {}),
    },
    select: {
      id: true, reference: true, jobTitle: true, status: true, headcount: true, startDate: true, closingDate: true,
      createdAt: true, openedAt: true, approvedAt: true, service: { select: { name: true } },
    },
  });
  const ids = rows.map((r) => r.id);
  const [counts, shortlisted] = ids.length
    ? await Promise.all([
        db().application.groupBy({ by: ["requisitionId", "stage"], where: { councilId: v.councilId, requisitionId: { in: ids } }, _count: { _all: true } }),
        db().application.groupBy({ by: ["requisitionId"], where: { councilId: v.councilId, requisitionId: { in: ids }, shortlistedAt: { not: null } }, _count: { _all: true } }),
      ])
    : [[], []];
  const pipeline = new Map<string, Partial<Record<ApplicationStage, number>>>();
  for (const c of counts) {
    const p = pipeline.get(c.requisitionId) ?? {};
    p[c.stage] = c._count._all;
    pipeline.set(c.requisitionId, p);
  }
  const everShortlisted = new Set(shortlisted.map((s) => s.requisitionId));
  const out = rows.map((r) => {
    const p = pipeline.get(r.id) ?? {};
    const placed = p.PLACED ?? 0;
    return {
      id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, status: r.status, headcount: r.headcount,
      startDate: r.startDate, closingDate: r.closingDate, daysOpen: daysSince(r.openedAt ?? r.approvedAt ?? r.createdAt),
      pipeline: p, placed,
      flags: requisitionFlags(
        { status: r.status, openedOn: r.openedAt ? londonDay(r.openedAt) : null, startDate: iso(r.startDate), everShortlisted: everShortlisted.has(r.id), headcount: r.headcount, placed },
        today,
      ),
    };
  });
  const filtered = opts.flag ? out.filter((r) => r.flags.includes(opts.flag!)) : out;
  const dir = opts.dir === "desc" ? -1 : 1;
  const cmp: Record<AgencyInboxSort, (a: AgencyInboxRow, b: AgencyInboxRow) => number> = {
    start: (a, b) => a.startDate.getTime() - b.startDate.getTime(),
    days: (a, b) => a.daysOpen - b.daysOpen,
    reference: (a, b) => a.reference.localeCompare(b.reference),
  };
  return filtered.sort((a, b) => {
    if (!opts.sort) {
      // default: waiting to be released first, then flagged, then by start date
      if (a.status !== b.status) return a.status === "APPROVED" ? -1 : 1;
      if (a.flags.length !== b.flags.length) return b.flags.length - a.flags.length;
      return cmp.start(a, b) || a.id.localeCompare(b.id);
    }
    return dir * cmp[opts.sort](a, b) || a.id.localeCompare(b.id);
  });
}

export async function listAgencyInbox(viewer: Viewer | null, opts: AgencyInboxFilter = {}, today = londonToday()): Promise<Page<AgencyInboxRow>> {
  const v = authorize(viewer, "requisition.read.council");
  const all = await inbox(v, opts, today);
  const page = opts.page ?? 1;
  return toPage(all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), all.length, page);
}

export async function exportAgencyInbox(viewer: Viewer | null, opts: AgencyInboxFilter = {}, today = londonToday()): Promise<AgencyInboxRow[]> {
  const v = authorize(viewer, "requisition.read.council");
  return (await inbox(v, opts, today)).slice(0, EXPORT_LIMIT);
}

export type AgencyRequisitionDetail = {
  id: string;
  reference: string;
  jobTitle: string;
  status: RequisitionStatus;
  serviceId: string;
  serviceName: string;
  costCentre: string;
  grade: string;
  roleCategory: RoleCategory;
  reason: string;
  headcount: number;
  hoursPerWeek: string;
  startDate: Date;
  expectedEndDate: Date;
  payRateMinPence: number;
  payRateMaxPence: number;
  chargeRatePence: number;
  dbsLevel: string;
  registrationRequired: string | null;
  limitedCompanyAllowed: boolean;
  duties: string;
  advertText: string | null;
  location: string | null;
  closingDate: Date | null;
  openedAt: Date | null;
  raisedByName: string;
  campaign: { id: string; name: string } | null;
  placed: number;
  history: { fromStatus: RequisitionStatus | null; toStatus: RequisitionStatus; note: string | null; changedAt: Date; changedByName: string }[];
};

/** One requisition of the viewer's council, for the pipeline and release pages. */
export async function getAgencyRequisition(viewer: Viewer | null, id: string): Promise<AgencyRequisitionDetail> {
  const v = authorize(viewer, "requisition.read.council");
  const r = await db().requisition.findFirst({
    where: { id, councilId: v.councilId },
    select: {
      id: true, reference: true, jobTitle: true, status: true, serviceId: true, grade: true, roleCategory: true, reason: true, headcount: true,
      hoursPerWeek: true, startDate: true, expectedEndDate: true, payRateMinPence: true, payRateMaxPence: true, chargeRatePence: true,
      dbsLevel: true, registrationRequired: true, limitedCompanyAllowed: true, duties: true, advertText: true, location: true,
      closingDate: true, openedAt: true,
      service: { select: { name: true } }, costCentre: { select: { code: true, name: true } }, raisedBy: { select: { name: true } },
      campaign: { select: { id: true, name: true } },
      history: { orderBy: [{ changedAt: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true, note: true, changedAt: true, changedById: true } },
      _count: { select: { placements: { where: { status: { in: ["PENDING_START", "ACTIVE"] } } } } },
    },
  });
  if (!r) throw new NotFoundError("We could not find that requisition.");
  const changers = [...new Set(r.history.map((h) => h.changedById).filter((x): x is string => !!x))];
  const users = changers.length ? await db().user.findMany({ where: { id: { in: changers }, councilId: v.councilId }, select: { id: true, name: true } }) : [];
  const nameOf = (uid: string | null) => (uid ? (users.find((u) => u.id === uid)?.name ?? "Unknown") : "The system");
  return {
    id: r.id, reference: r.reference, jobTitle: r.jobTitle, status: r.status, serviceId: r.serviceId, serviceName: r.service.name,
    costCentre: `${r.costCentre.code} ${r.costCentre.name}`, grade: r.grade, roleCategory: r.roleCategory, reason: r.reason, headcount: r.headcount,
    hoursPerWeek: r.hoursPerWeek.toString(), startDate: r.startDate, expectedEndDate: r.expectedEndDate, payRateMinPence: r.payRateMinPence,
    payRateMaxPence: r.payRateMaxPence, chargeRatePence: r.chargeRatePence, dbsLevel: r.dbsLevel, registrationRequired: r.registrationRequired,
    limitedCompanyAllowed: r.limitedCompanyAllowed, duties: r.duties, advertText: r.advertText, location: r.location, closingDate: r.closingDate,
    openedAt: r.openedAt, raisedByName: r.raisedBy.name, campaign: r.campaign, placed: r._count.placements,
    history: r.history.map((h) => ({ fromStatus: h.fromStatus, toStatus: h.toStatus, note: h.note, changedAt: h.changedAt, changedByName: nameOf(h.changedById) })),
  };
}

/** Services and campaigns of the viewer's council, for filters and forms. */
export async function agencyFilterOptions(viewer: Viewer | null) {
  const v = authorize(viewer, "requisition.read.council");
  const [services, campaigns] = await Promise.all([
    db().service.findMany({ where: { councilId: v.councilId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().campaign.findMany({ where: { councilId: v.councilId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { services, campaigns };
}

export const AGE_BANDS = [
  { key: "0-7", label: "Up to 1 week", min: 0, max: 7 },
  { key: "8-14", label: "1 to 2 weeks", min: 8, max: 14 },
  { key: "15-28", label: "2 to 4 weeks", min: 15, max: 28 },
  { key: "29-56", label: "4 to 8 weeks", min: 29, max: 56 },
  { key: "57+", label: "Over 8 weeks", min: 57, max: Number.POSITIVE_INFINITY },
] as const;

export type OpenByAge = { serviceId: string; serviceName: string; bands: Record<(typeof AGE_BANDS)[number]["key"], number>; total: number };

/**
 * Open requisitions today by how long since they were released (a snapshot for the team's figures page), per
 * service, narrowed like the metrics (service, role category, campaign).
 */
export async function openRequisitionsByAge(
  viewer: Viewer | null,
  filters: { serviceId?: string; roleCategory?: RoleCategory; campaignId?: string } = {},
  now = new Date(),
): Promise<OpenByAge[]> {
  const v = authorize(viewer, "requisition.read.council");
  const rows = await db().requisition.findMany({
    where: {
      councilId: v.councilId, status: "OPEN",
      ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
      ...(filters.roleCategory ? { roleCategory: filters.roleCategory } : {}),
      ...(filters.campaignId ? { campaignId: filters.campaignId } : {}),
    },
    select: { openedAt: true, createdAt: true, service: { select: { id: true, name: true } } },
  });
  const out = new Map<string, OpenByAge>();
  for (const r of rows) {
    const age = daysSince(r.openedAt ?? r.createdAt, now);
    const band = AGE_BANDS.find((b) => age >= b.min && age <= b.max)!;
    const s = out.get(r.service.id) ?? { serviceId: r.service.id, serviceName: r.service.name, bands: { "0-7": 0, "8-14": 0, "15-28": 0, "29-56": 0, "57+": 0 }, total: 0 };
    s.bands[band.key]++;
    s.total++;
    out.set(r.service.id, s);
  }
  return [...out.values()].sort((a, b) => a.serviceName.localeCompare(b.serviceName));
}
