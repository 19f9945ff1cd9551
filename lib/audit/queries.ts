import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { parseIsoDate } from "@/lib/format";
import { toPage, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";

/**
 * The audit trail, read-only, for administrators (`audit.read`), always within the viewer's council.
 * Searchable by record (type, and an id or a requisition/placement reference), by user (email or name, or
 * "system" for background jobs), by action and by date (calendar days in Europe/London, inclusive).
 */

export type AuditFilter = {
  entityType?: string;
  record?: string;
  user?: string;
  action?: string;
  from?: string;
  to?: string;
};

export type AuditFilterErrors = Partial<Record<"from" | "to" | "record" | "user", string>>;

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorName: string;
  actorEmail: string | null;
  actorRole: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  recordLabel: string;
  changes: string;
};

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;
const MAX = { record: 100, user: 200, action: 100, entityType: 60 };

const clip = (v: string | null | undefined, max: number) => {
  const s = (v ?? "").trim();
  return s ? s.slice(0, max) : undefined;
};

/** Read the filter from a query string, with GOV.UK-style messages for dates that are not real or the wrong way round. */
export function parseAuditFilter(get: (name: string) => string | null | undefined): { filter: AuditFilter; errors: AuditFilterErrors } {
  const filter: AuditFilter = {
    entityType: clip(get("type"), MAX.entityType),
    record: clip(get("record"), MAX.record),
    user: clip(get("user"), MAX.user),
    action: clip(get("action"), MAX.action),
    from: clip(get("from"), 10),
    to: clip(get("to"), 10),
  };
  const errors: AuditFilterErrors = {};
  if (filter.from && !parseIsoDate(filter.from)) errors.from = "The ‘from’ date must be a real date, like 2026-11-01";
  if (filter.to && !parseIsoDate(filter.to)) errors.to = "The ‘to’ date must be a real date, like 2026-11-30";
  if (!errors.from && !errors.to && filter.from && filter.to && filter.to < filter.from) errors.to = "The ‘to’ date must be the same as or after the ‘from’ date";
  return { filter, errors };
}

export const hasAuditFilter = (f: AuditFilter) => Object.values(f).some((v) => v !== undefined);

/** Midnight at the start of a calendar day in Europe/London, as an instant. */
function londonMidnight(iso: string): Date {
  const utc = new Date(`${iso}T00:00:00.000Z`);
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(utc)
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-]\d+)?/.exec(name ?? "");
  const offsetHours = m?.[1] ? Number(m[1]) : 0;
  return new Date(utc.getTime() - offsetHours * 3_600_000);
}

const nextDay = (iso: string) => new Date(new Date(`${iso}T00:00:00.000Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

/** The Prisma `where` for a filter, always inside the viewer's council. Invalid parts (see parseAuditFilter) are ignored. */
async function whereFor(v: Viewer, f: AuditFilter): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [{ councilId: v.councilId }];
  if (f.entityType) and.push({ entityType: f.entityType });
  if (f.action) and.push({ action: f.action });
  if (f.record) {
    // An id, or the reference people actually see (a requisition's or a placement's, stored in capitals). An exact
    // match: Prisma's case-insensitive `equals` is an ILIKE, where % and _ would be wildcards.
    const reference = { in: [...new Set([f.record, f.record.toUpperCase()])] };
    const [reqs, placements] = await Promise.all([
      db().requisition.findMany({ where: { councilId: v.councilId, reference }, select: { id: true } }),
      db().placement.findMany({ where: { councilId: v.councilId, reference }, select: { id: true } }),
    ]);
    and.push({ entityId: { in: [f.record, ...reqs.map((r) => r.id), ...placements.map((p) => p.id)] } });
  }
  if (f.user) {
    if (f.user.toLowerCase() === "system") and.push({ actorId: null });
    else {
      const users = await db().user.findMany({
        where: {
          councilId: v.councilId,
          OR: [{ email: { contains: likeLiteral(f.user), mode: "insensitive" } }, { name: { contains: likeLiteral(f.user), mode: "insensitive" } }],
        },
        select: { id: true },
        take: 500,
      });
      and.push({ actorId: { in: users.map((u) => u.id) } });
    }
  }
  const from = f.from && parseIsoDate(f.from) ? f.from : undefined;
  const to = f.to && parseIsoDate(f.to) ? f.to : undefined;
  if (from && (!to || to >= from)) and.push({ createdAt: { gte: londonMidnight(from) } });
  if (to && (!from || to >= from)) and.push({ createdAt: { lt: londonMidnight(nextDay(to)) } });
  return { AND: and };
}

/** One line a person can read: `status: OPEN → FILLED; reference: LUT-PL-0001`. */
export function summariseChanges(changes: Prisma.JsonValue | null, max = 400): string {
  if (changes === null || changes === undefined) return "";
  const show = (x: unknown): string => (x === null || x === undefined ? "(none)" : typeof x === "object" ? JSON.stringify(x) : String(x));
  let out: string;
  if (typeof changes === "object" && !Array.isArray(changes)) {
    out = Object.entries(changes)
      .map(([k, val]) => (Array.isArray(val) && val.length === 2 && val.every((x) => x === null || typeof x !== "object") ? `${k}: ${show(val[0])} → ${show(val[1])}` : `${k}: ${show(val)}`))
      .join("; ");
  } else out = show(changes);
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

type EventRow = { id: string; createdAt: Date; actorId: string | null; actorRole: Role | null; action: string; entityType: string; entityId: string; changes: Prisma.JsonValue };

/** Names of the people and the references of the records on these rows (council-scoped lookups). */
async function describe(v: Viewer, rows: EventRow[], maxChanges = 400): Promise<AuditRow[]> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const [users, reqs, placements, candidates] = await Promise.all([
    actorIds.length ? db().user.findMany({ where: { councilId: v.councilId, id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [],
    ids("Requisition").length ? db().requisition.findMany({ where: { councilId: v.councilId, id: { in: ids("Requisition") } }, select: { id: true, reference: true } }) : [],
    ids("Placement").length ? db().placement.findMany({ where: { councilId: v.councilId, id: { in: ids("Placement") } }, select: { id: true, reference: true } }) : [],
    ids("CandidateProfile").length
      ? db().candidateProfile.findMany({ where: { councilId: v.councilId, id: { in: ids("CandidateProfile") } }, select: { id: true, firstName: true, lastName: true } })
      : [],
  ]);
  const user = new Map(users.map((u) => [u.id, u]));
  const label = new Map<string, string>([
    ...reqs.map((r) => [r.id, r.reference] as [string, string]),
    ...placements.map((p) => [p.id, p.reference] as [string, string]),
    ...candidates.map((c) => [c.id, `${c.firstName} ${c.lastName}`] as [string, string]),
  ]);
  return rows.map((r) => {
    const u = r.actorId ? user.get(r.actorId) : undefined;
    return {
      id: r.id,
      createdAt: r.createdAt,
      actorName: r.actorId ? (u?.name ?? "Unknown user") : "The system",
      actorEmail: u?.email ?? null,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      recordLabel: label.get(r.entityId) ?? r.entityId,
      changes: summariseChanges(r.changes, maxChanges),
    };
  });
}

const SELECT = { id: true, createdAt: true, actorId: true, actorRole: true, action: true, entityType: true, entityId: true, changes: true } as const;
const ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

export async function listAuditEvents(viewer: Viewer | null, f: AuditFilter, page = 1): Promise<Page<AuditRow>> {
  const v = authorize(viewer, "audit.read");
  const where = await whereFor(v, f);
  const [total, rows] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ where, select: SELECT, orderBy: ORDER, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return toPage(await describe(v, rows), total, page, AUDIT_PAGE_SIZE);
}

/** Everything the filter matches (newest first, up to AUDIT_EXPORT_LIMIT rows) for the CSV export. */
export async function exportAuditEvents(viewer: Viewer | null, f: AuditFilter): Promise<AuditRow[]> {
  const v = authorize(viewer, "audit.read");
  const where = await whereFor(v, f);
  const out: AuditRow[] = [];
  for (let skip = 0; skip < AUDIT_EXPORT_LIMIT; skip += 2000) {
    const rows = await db().auditEvent.findMany({ where, select: SELECT, orderBy: ORDER, skip, take: Math.min(2000, AUDIT_EXPORT_LIMIT - skip) });
    out.push(...(await describe(v, rows, 32_000)));
    if (rows.length < 2000) break;
  }
  return out;
}

/** The record types and actions that occur in this council's trail, for the filter's drop-downs. */
export async function auditFilterOptions(viewer: Viewer | null): Promise<{ entityTypes: string[]; actions: string[] }> {
  const v = authorize(viewer, "audit.read");
  const [types, actions] = await Promise.all([
    db().auditEvent.findMany({ where: { councilId: v.councilId }, distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db().auditEvent.findMany({ where: { councilId: v.councilId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: types.map((t) => t.entityType), actions: actions.map((a) => a.action) };
}
