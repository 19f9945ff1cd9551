import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { RoleCategory } from "@/lib/generated/prisma/enums";
import { isoOf, londonToday } from "@/lib/jobs/clock";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import type { IsoDate } from "@/lib/compliance/types";
import { EXPORT_LIMIT } from "./queries";

// ───────────────────────────── DfE regional pay caps (rule 7) ─────────────────────────────

export type PayCapRow = {
  id: string;
  region: string;
  roleCategory: RoleCategory;
  grade: string | null;
  maxPayPence: number;
  effectiveFrom: Date;
  /** in force today, replaced by a later cap (from `replacedFrom`), or starting later */
  status: "IN_FORCE" | "REPLACED" | "FUTURE";
  replacedFrom: Date | null;
};

export type PayCaps = { councilRegion: string; today: IsoDate; inForce: PayCapRow[]; all: PayCapRow[] };

const capKey = (c: { region: string; roleCategory: string; grade: string | null }) => `${c.region.trim().toLowerCase()}|${c.roleCategory}|${c.grade?.trim().toLowerCase() ?? ""}`;

/**
 * Every cap recorded, grouped by region, role category and grade, newest first within each, marked as in force on
 * `today`, replaced (by the next one's date) or not yet started. A grade-specific cap is listed on its own: the
 * placement gate prefers it to the all-grades cap for requisitions of that grade.
 */
export async function listPayCaps(viewer: Viewer | null, today: IsoDate = londonToday()): Promise<PayCaps> {
  const v = authorize(viewer, "admin.settings");
  const [council, caps] = await Promise.all([
    db().council.findUniqueOrThrow({ where: { id: v.councilId }, select: { region: true } }),
    db().socialWorkRateCap.findMany({
      where: { councilId: v.councilId },
      orderBy: [{ region: "asc" }, { roleCategory: "asc" }, { grade: { sort: "asc", nulls: "first" } }, { effectiveFrom: "desc" }, { id: "asc" }],
      select: { id: true, region: true, roleCategory: true, grade: true, maxPayPence: true, effectiveFrom: true },
    }),
  ]);
  const groups = new Map<string, typeof caps>();
  for (const c of caps) groups.set(capKey(c), [...(groups.get(capKey(c)) ?? []), c]);
  const all: PayCapRow[] = [];
  for (const group of groups.values()) {
    // newest first: the first one started on or before today is in force; those after it were replaced
    let inForceSeen = false;
    for (let i = 0; i < group.length; i++) {
      const c = group[i];
      const started = isoOf(c.effectiveFrom) <= today;
      const status: PayCapRow["status"] = !started ? "FUTURE" : inForceSeen ? "REPLACED" : "IN_FORCE";
      if (started) inForceSeen = true;
      all.push({ ...c, status, replacedFrom: status === "REPLACED" ? group[i - 1].effectiveFrom : null });
    }
  }
  // the council's own region first: its caps are the ones its placements are checked against
  const own = council.region.trim().toLowerCase();
  all.sort((a, b) => Number(b.region.trim().toLowerCase() === own) - Number(a.region.trim().toLowerCase() === own));
  return { councilRegion: council.region, today, inForce: all.filter((c) => c.status === "IN_FORCE"), all };
}

export async function getPayCap(viewer: Viewer | null, id: string) {
  const v = authorize(viewer, "admin.settings");
  const cap = await db().socialWorkRateCap.findFirst({
    where: { id, councilId: v.councilId },
    select: { id: true, region: true, roleCategory: true, grade: true, maxPayPence: true, effectiveFrom: true },
  });
  if (!cap) throw new NotFoundError("We could not find that pay cap.");
  return cap;
}

export async function getCouncilRegion(viewer: Viewer | null): Promise<string> {
  const v = authorize(viewer, "admin.settings");
  return (await db().council.findUniqueOrThrow({ where: { id: v.councilId }, select: { region: true } })).region;
}

// ───────────────────────────── retention (rule 8) ─────────────────────────────

// ───────────────────────────── off-contract agency spend ─────────────────────────────

export type OffContractRow = {
  id: string;
  serviceId: string;
  serviceName: string;
  supplier: string;
  periodStart: Date;
  periodEnd: Date;
  amountPence: number;
  enteredByName: string | null;
  createdAt: Date;
};

export type OffContractFilter = { serviceId?: string; page?: number };

const spendSelect = {
  id: true, serviceId: true, supplier: true, periodStart: true, periodEnd: true, amountPence: true, enteredById: true, createdAt: true,
  service: { select: { name: true } },
} as const;

type SpendRecord = { id: string; serviceId: string; supplier: string; periodStart: Date; periodEnd: Date; amountPence: number; enteredById: string; createdAt: Date; service: { name: string } };

async function withNames(councilId: string, rows: SpendRecord[]): Promise<OffContractRow[]> {
  const ids = [...new Set(rows.map((r) => r.enteredById))];
  const users = ids.length ? await db().user.findMany({ where: { councilId, id: { in: ids } }, select: { id: true, name: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id, serviceId: r.serviceId, serviceName: r.service.name, supplier: r.supplier, periodStart: r.periodStart, periodEnd: r.periodEnd,
    amountPence: r.amountPence, enteredByName: name.get(r.enteredById) ?? null, createdAt: r.createdAt,
  }));
}

const spendWhere = (councilId: string, f: OffContractFilter) => ({ councilId, ...(f.serviceId ? { serviceId: f.serviceId } : {}) });
// newest period first; entries for the same period newest entered first
const spendOrder = [{ periodEnd: "desc" as const }, { periodStart: "desc" as const }, { createdAt: "desc" as const }, { id: "asc" as const }];

/** Off-contract spend entries of the council, optionally for one service, newest period first, a page at a time. */
export async function listOffContractSpend(viewer: Viewer | null, f: OffContractFilter = {}): Promise<Page<OffContractRow> & { totalPence: number }> {
  const v = authorize(viewer, "offcontract.spend.manage");
  const page = f.page ?? 1;
  const where = spendWhere(v.councilId, f);
  const [rows, total, sum] = await Promise.all([
    db().offContractSpend.findMany({ where, orderBy: spendOrder, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: spendSelect }),
    db().offContractSpend.count({ where }),
    db().offContractSpend.aggregate({ where, _sum: { amountPence: true } }),
  ]);
  return { ...toPage(await withNames(v.councilId, rows), total, page), totalPence: sum._sum.amountPence ?? 0 };
}

export async function exportOffContractSpend(viewer: Viewer | null, f: OffContractFilter = {}): Promise<OffContractRow[]> {
  const v = authorize(viewer, "offcontract.spend.manage");
  const rows = await db().offContractSpend.findMany({ where: spendWhere(v.councilId, f), orderBy: spendOrder, take: EXPORT_LIMIT, select: spendSelect });
  return withNames(v.councilId, rows);
}

export async function getOffContractSpend(viewer: Viewer | null, id: string): Promise<OffContractRow> {
  const v = authorize(viewer, "offcontract.spend.manage");
  const row = await db().offContractSpend.findFirst({ where: { id, councilId: v.councilId }, select: spendSelect });
  if (!row) throw new NotFoundError("We could not find that spend entry.");
  return (await withNames(v.councilId, [row]))[0];
}

/** The council's services, for the spend form and filter. */
export async function listSpendServices(viewer: Viewer | null): Promise<{ id: string; name: string }[]> {
  const v = authorize(viewer, "offcontract.spend.manage");
  return db().service.findMany({ where: { councilId: v.councilId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

