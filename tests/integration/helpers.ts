/**
 * Integration-test support: real PostgreSQL (the test database that `npm test` migrates), tables
 * emptied before each test file, and small factories that build the records a test needs.
 */
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";

export async function resetDatabase() {
  const tables = await db().$queryRaw<{ name: string }[]>`
    select tablename::text as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db().$executeRawUnsafe(`truncate table ${tables.map((t) => `"${t.name}"`).join(", ")} restart identity cascade`);
  }
}

let seq = 0;
/** A suffix no other call in this test run returns (one counter for every factory, so references never collide). */
export const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

/** Test dates: "YYYY-MM-DD" as a UTC midnight Date, today, today ± days, and the Monday of a week before this one. */
export const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoToday = () => new Date().toISOString().slice(0, 10);
export const isoPlusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** Monday of the week `weeksAgo` weeks before this one (0 = this week). */
export function mondayWeeksAgo(weeksAgo: number) {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dow = (new Date(today).getUTCDay() + 6) % 7;
  return new Date(today - (dow + 7 * weeksAgo) * 86_400_000).toISOString().slice(0, 10);
}

export async function makeCouncil(slug = `c${next()}`, extra: { hostnames?: string[] } = {}) {
  return db().council.create({
    data: {
      slug,
      name: `${slug} Council`,
      agencyName: `Connect2${slug}`,
      localAuthorityCode: slug === "luton" ? "E06000032" : "E08000027",
      region: "East of England",
      hostnames: extra.hostnames ?? [],
      localArea: {
        create: { postcodeDistricts: ["LU1", "LU2", "LU3", "LU4"], excludedSectors: ["LU2 8"], localAuthorityCodes: ["E06000032"] },
      },
    },
  });
}

export async function makeService(councilId: string, name = `Service ${next()}`) {
  const service = await db().service.create({ data: { councilId, name, code: `S${next()}` } });
  const costCentre = await db().costCentre.create({
    data: { councilId, serviceId: service.id, code: `CC${next()}`, name: `${name} agency staff` },
  });
  return { service, costCentre };
}

let passwordHash: Promise<string> | null = null;
export const TEST_PASSWORD = "correct horse battery";

export async function makeUser(
  councilId: string,
  role: Role,
  opts: { email?: string; services?: { id: string; budgetHolder?: boolean; secondApprover?: boolean }[]; active?: boolean } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = (opts.email ?? `${role.toLowerCase()}-${next()}@example.test`).toLowerCase();
  const user = await db().user.create({
    data: {
      councilId,
      email,
      name: `Test ${role}`,
      role,
      active: opts.active ?? true,
      passwordHash: await passwordHash,
      memberships: {
        create: (opts.services ?? []).map((s) => ({
          councilId,
          serviceId: s.id,
          budgetHolder: s.budgetHolder ?? false,
          secondApprover: s.secondApprover ?? false,
        })),
      },
    },
  });
  if (role === "CANDIDATE") {
    await db().candidateProfile.create({
      data: { councilId, userId: user.id, firstName: "Test", lastName: "Candidate", email, postcode: "LU1 1AA", isLocal: true },
    });
  }
  return user;
}

export async function viewerOf(userId: string): Promise<Viewer> {
  const v = await loadViewer(userId);
  if (!v) throw new Error(`no viewer for ${userId}`);
  return v;
}

export async function makeRequisition(
  councilId: string,
  serviceId: string,
  costCentreId: string,
  raisedById: string,
  extra: Partial<{ status: "DRAFT" | "SUBMITTED" | "APPROVED" | "OPEN" | "FILLED" | "CLOSED"; jobTitle: string; closingDate: Date | null; openedAt: Date | null }> = {},
) {
  const status = extra.status ?? "OPEN";
  return db().requisition.create({
    data: {
      councilId,
      serviceId,
      costCentreId,
      raisedById,
      reference: `REQ-${next()}`,
      jobTitle: extra.jobTitle ?? "Support Worker",
      grade: "Band 3",
      roleCategory: "SOCIAL_CARE",
      reason: "VACANCY_COVER",
      headcount: 1,
      hoursPerWeek: 37.5,
      startDate: new Date("2026-12-07"),
      expectedEndDate: new Date("2027-03-26"),
      payRateMinPence: 1300,
      payRateMaxPence: 1450,
      chargeRatePence: 1850,
      estimatedCostPence: 1850 * 37.5 * 16,
      duties: "Supporting people at home.",
      status,
      openedAt: extra.openedAt !== undefined ? extra.openedAt : status === "OPEN" || status === "FILLED" ? new Date("2026-11-01") : null,
      closingDate: extra.closingDate !== undefined ? extra.closingDate : null,
    },
  });
}
