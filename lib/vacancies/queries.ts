import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbsLevel, RequisitionStatus, RoleCategory } from "@/lib/generated/prisma/enums";
import { todayUtc } from "@/lib/dates";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { likeLiteral } from "@/lib/search";
import { FULL_TIME_HOURS, type VacancyFilters } from "./filters";

/** Public vacancy board: only what the Connect2 team released, for the council this site serves.
 * Nothing personal is read here. */

export type VacancyCard = {
  id: string;
  reference: string;
  jobTitle: string;
  serviceName: string;
  roleCategory: RoleCategory;
  hoursPerWeek: number;
  payRateMinPence: number;
  payRateMaxPence: number;
  location: string | null;
  startDate: Date;
  closingDate: Date | null;
};

const liveWhere = (councilId: string): Prisma.RequisitionWhereInput => ({
  councilId,
  status: "OPEN",
  OR: [{ closingDate: null }, { closingDate: { gte: todayUtc() } }],
});

export async function searchVacancies(councilId: string, opts: VacancyFilters & { page?: number } = {}): Promise<Page<VacancyCard>> {
  const page = opts.page ?? 1;
  const raw = opts.q?.trim().slice(0, 100);
  const q = raw ? likeLiteral(raw) : undefined;
  const where: Prisma.RequisitionWhereInput = {
    AND: [
      liveWhere(councilId),
      ...(q
        ? [{
            OR: [
              { jobTitle: { contains: q, mode: "insensitive" as const } },
              { advertText: { contains: q, mode: "insensitive" as const } },
              { duties: { contains: q, mode: "insensitive" as const } },
              { location: { contains: q, mode: "insensitive" as const } },
              { service: { name: { contains: q, mode: "insensitive" as const } } },
            ],
          }]
        : []),
      ...(opts.serviceId ? [{ serviceId: opts.serviceId }] : []),
      ...(opts.roleCategory ? [{ roleCategory: opts.roleCategory }] : []),
      ...(opts.hours === "full" ? [{ hoursPerWeek: { gte: FULL_TIME_HOURS } }] : []),
      ...(opts.hours === "part" ? [{ hoursPerWeek: { lt: FULL_TIME_HOURS } }] : []),
      ...(opts.minPayPence ? [{ payRateMaxPence: { gte: opts.minPayPence } }] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    db().requisition.findMany({
      where,
      orderBy: [{ openedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, reference: true, jobTitle: true, roleCategory: true, hoursPerWeek: true, payRateMinPence: true,
        payRateMaxPence: true, location: true, startDate: true, closingDate: true, service: { select: { name: true } },
      },
    }),
    db().requisition.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, serviceName: r.service.name, hoursPerWeek: r.hoursPerWeek.toNumber() })),
    total,
    page,
  );
}

/** Services with at least one live vacancy, for the board's service filter. */
export async function vacancyServices(councilId: string): Promise<{ id: string; name: string }[]> {
  return db().service.findMany({
    where: { councilId, requisitions: { some: liveWhere(councilId) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export type VacancyDetail = VacancyCard & {
  duties: string;
  advertText: string | null;
  dbsLevel: DbsLevel;
  registrationRequired: string | null;
  expectedEndDate: Date;
  openedAt: Date | null;
  councilName: string;
  agencyName: string;
  /** "live" while it can be applied for; otherwise why not */
  availability: "live" | "closed" | "filled";
};

/** One vacancy that has ever been released; closed or filled ones say so rather than disappearing. */
export async function getVacancy(councilId: string, id: string): Promise<VacancyDetail | null> {
  const r = await db().requisition.findFirst({
    where: { id, councilId, openedAt: { not: null }, status: { in: ["OPEN", "FILLED", "CLOSED", "CANCELLED"] as RequisitionStatus[] } },
    select: {
      id: true, reference: true, jobTitle: true, roleCategory: true, hoursPerWeek: true, payRateMinPence: true,
      payRateMaxPence: true, location: true, startDate: true, closingDate: true, duties: true, advertText: true,
      dbsLevel: true, registrationRequired: true, expectedEndDate: true, openedAt: true, status: true,
      service: { select: { name: true } }, council: { select: { name: true, agencyName: true } },
    },
  });
  if (!r) return null;
  const closedByDate = r.closingDate !== null && r.closingDate < todayUtc();
  const availability = r.status === "FILLED" ? "filled" : r.status === "OPEN" && !closedByDate ? "live" : "closed";
  return {
    ...r,
    hoursPerWeek: r.hoursPerWeek.toNumber(),
    serviceName: r.service.name,
    councilName: r.council.name,
    agencyName: r.council.agencyName,
    availability,
  };
}
