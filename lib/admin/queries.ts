import "server-only";
import { defaultLocalArea } from "@/lib/candidates/local-resident";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { Role, RoleCategory } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";

export const EXPORT_LIMIT = 10_000;

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  jobTitle: string | null;
  active: boolean;
  lastSignInAt: Date | null;
  services: { id: string; name: string; budgetHolder: boolean; secondApprover: boolean }[];
};

export type UserFilter = { q?: string; role?: Role; page?: number };

function userWhere(councilId: string, f: UserFilter) {
  const q = f.q?.trim();
  return {
    councilId,
    role: f.role && f.role !== "CANDIDATE" ? f.role : { not: "CANDIDATE" as const },
    ...(q ? { OR: [{ name: { contains: likeLiteral(q), mode: "insensitive" as const } }, { email: { contains: likeLiteral(q), mode: "insensitive" as const } }] } : {}),
  };
}

const userSelect = {
  id: true, name: true, email: true, role: true, jobTitle: true, active: true, lastSignInAt: true,
  memberships: { select: { budgetHolder: true, secondApprover: true, service: { select: { id: true, name: true } } } },
} as const;

function toUserRow(u: { id: string; name: string; email: string; role: Role; jobTitle: string | null; active: boolean; lastSignInAt: Date | null; memberships: { budgetHolder: boolean; secondApprover: boolean; service: { id: string; name: string } }[] }): UserRow {
  return {
    id: u.id, name: u.name, email: u.email, role: u.role, jobTitle: u.jobTitle, active: u.active, lastSignInAt: u.lastSignInAt,
    services: u.memberships.map((m) => ({ id: m.service.id, name: m.service.name, budgetHolder: m.budgetHolder, secondApprover: m.secondApprover })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The council's staff accounts (candidates are managed through the talent pool), by name. */
export async function listUsers(viewer: Viewer | null, f: UserFilter = {}): Promise<Page<UserRow>> {
  const v = authorize(viewer, "admin.settings");
  const page = f.page ?? 1;
  const where = userWhere(v.councilId, f);
  const [rows, total] = await Promise.all([
    db().user.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: userSelect }),
    db().user.count({ where }),
  ]);
  return toPage(rows.map(toUserRow), total, page);
}

export async function exportUsers(viewer: Viewer | null, f: UserFilter = {}): Promise<UserRow[]> {
  const v = authorize(viewer, "admin.settings");
  const rows = await db().user.findMany({ where: userWhere(v.councilId, f), orderBy: [{ name: "asc" }, { id: "asc" }], take: EXPORT_LIMIT, select: userSelect });
  return rows.map(toUserRow);
}

export async function getUser(viewer: Viewer | null, id: string): Promise<UserRow> {
  const v = authorize(viewer, "admin.settings");
  const u = await db().user.findFirst({ where: { id, councilId: v.councilId, role: { not: "CANDIDATE" } }, select: userSelect });
  if (!u) throw new NotFoundError("We could not find that user.");
  return toUserRow(u);
}

export type ServiceRow = {
  id: string;
  name: string;
  code: string;
  costCentres: { id: string; code: string; name: string; active: boolean; budgets: { financialYear: number; budgetPence: number }[] }[];
};

/** Services with their cost centres and budgets by financial year. */
export async function listServices(viewer: Viewer | null): Promise<ServiceRow[]> {
  const v = authorize(viewer, "admin.settings");
  const rows = await db().service.findMany({
    where: { councilId: v.councilId },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, code: true,
      costCentres: { orderBy: { code: "asc" }, select: { id: true, code: true, name: true, active: true, budgets: { orderBy: { financialYear: "desc" }, select: { financialYear: true, budgetPence: true } } } },
    },
  });
  return rows.map((s) => ({ ...s, costCentres: s.costCentres.map((c) => ({ ...c, budgets: c.budgets.map((b) => ({ financialYear: b.financialYear, budgetPence: Number(b.budgetPence) })) })) }));
}

export type RateCardAdminRow = {
  id: string; roleCategory: RoleCategory; grade: string; payMinPence: number; payMaxPence: number; chargeMinPence: number; chargeMaxPence: number; effectiveFrom: Date;
};

export async function listRateCards(viewer: Viewer | null): Promise<RateCardAdminRow[]> {
  const v = authorize(viewer, "admin.settings");
  return db().rateCard.findMany({
    where: { councilId: v.councilId },
    orderBy: [{ roleCategory: "asc" }, { grade: "asc" }, { effectiveFrom: "desc" }],
    select: { id: true, roleCategory: true, grade: true, payMinPence: true, payMaxPence: true, chargeMinPence: true, chargeMaxPence: true, effectiveFrom: true },
  });
}

export type CouncilSettings = {
  name: string;
  localAuthorityCode: string;
  approvalThresholdPence: number;
  /** months an unsuccessful candidate is kept before anonymisation (rule 8) */
  retentionMonthsUnsuccessful: number;
  localArea: { postcodeDistricts: string[]; excludedSectors: string[]; localAuthorityCodes: string[]; updatedAt: Date | null };
  lookupRows: number;
  imports: { id: string; filename: string; rowsTotal: number; rowsImported: number; rowsRejected: number; errors: { line: number; message: string }[]; createdAt: Date; createdByName: string | null }[];
};

export async function getSettings(viewer: Viewer | null): Promise<CouncilSettings> {
  const v = authorize(viewer, "admin.settings");
  const [council, area, lookupRows, imports] = await Promise.all([
    db().council.findUniqueOrThrow({ where: { id: v.councilId }, select: { name: true, localAuthorityCode: true, approvalThresholdPence: true, retentionMonthsUnsuccessful: true } }),
    db().localArea.findUnique({ where: { councilId: v.councilId } }),
    db().postcodeLookup.count({ where: { councilId: v.councilId } }),
    db().postcodeImport.findMany({ where: { councilId: v.councilId }, orderBy: { createdAt: "desc" }, take: 10 }),
  ]);
  const people = [...new Set(imports.map((i) => i.createdById))];
  const users = people.length ? await db().user.findMany({ where: { councilId: v.councilId, id: { in: people } }, select: { id: true, name: true } }) : [];
  const name = new Map(users.map((u) => [u.id, u.name]));
  return {
    ...council,
    localArea: {
      // None configured yet: what rule 1 is using meanwhile (Luton's default districts for Luton, none elsewhere).
      postcodeDistricts: area?.postcodeDistricts ?? [...defaultLocalArea(council.localAuthorityCode).postcodeDistricts],
      excludedSectors: area?.excludedSectors ?? [...defaultLocalArea(council.localAuthorityCode).excludedSectors],
      localAuthorityCodes: area?.localAuthorityCodes ?? [],
      updatedAt: area?.updatedAt ?? null,
    },
    lookupRows,
    imports: imports.map((i) => ({
      id: i.id, filename: i.filename, rowsTotal: i.rowsTotal, rowsImported: i.rowsImported, rowsRejected: i.rowsRejected,
      errors: Array.isArray(i.errors) ? (i.errors as { line: number; message: string }[]) : [], createdAt: i.createdAt, createdByName: name.get(i.createdById) ?? null,
    })),
  };
}
