import "server-only";
import { Prisma } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { addDays } from "@/lib/compliance/dates";
import { lastDayOnOrAfterSql, placementLastDaySql } from "@/lib/placements/last-day";
import { RoleCategory } from "@/lib/generated/prisma/enums";
import type { Period } from "./period";

/** Optional narrowing of every metric: one service, one role category, one campaign (all within the viewer's council). */
export interface MetricFilters {
  serviceId?: string;
  roleCategory?: RoleCategory;
  campaignId?: string;
}

export const ROLE_CATEGORIES = Object.values(RoleCategory) as RoleCategory[];

/** Everything a metric query needs: the council, the period's bounds as SQL values, and the filter fragments. */
export interface MetricScope {
  councilId: string;
  period: Period;
  filters: MetricFilters;
  /** first and last day counted (dates) */
  start: Prisma.Sql;
  upto: Prisma.Sql;
  asOf: Prisma.Sql;
  /** the same bounds as instants, for timestamp columns (stored in UTC): London midnight at start, London midnight after upto */
  startTs: Prisma.Sql;
  endTs: Prisma.Sql;
  /** ` and …` conditions on the requisition aliased `r` */
  reqFilter: Prisma.Sql;
  /**
   * For queries over placements aliased `p`: `plJoin` joins the requisition as `r` only when a role category or
   * campaign filter needs it (the service is denormalised on the placement), and `plFilter` holds the conditions.
   */
  plJoin: Prisma.Sql;
  plFilter: Prisma.Sql;
  /** true when a role category or campaign filter is set (figures that cannot be split that way say so) */
  narrowedBeyondService: boolean;
}

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  hourCycle: "h23",
});

/**
 * Midnight in London at the start of `date`, as a UTC timestamp literal ("YYYY-MM-DD HH:MM:SS"): the app's
 * timestamps are stored in UTC, and a day in the portal is a London day. (Clocks change at 01:00 UTC, so the
 * London offset at 00:00 UTC of a day is the offset at its London midnight.)
 */
export function londonMidnightUtc(date: string): string {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  const londonHour = Number(londonParts.format(utcMidnight)); // 0 in winter, 1 in summer
  const instant = new Date(utcMidnight.getTime() - londonHour * 3_600_000);
  return instant.toISOString().slice(0, 19).replace("T", " ");
}

export function metricScope(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): MetricScope {
  const v = authorize(viewer, "metrics.read");
  const f: MetricFilters = {
    serviceId: filters.serviceId || undefined,
    roleCategory: filters.roleCategory && ROLE_CATEGORIES.includes(filters.roleCategory) ? filters.roleCategory : undefined,
    campaignId: filters.campaignId || undefined,
  };
  const parts: Prisma.Sql[] = [];
  const beyond: Prisma.Sql[] = [];
  if (f.serviceId) parts.push(Prisma.sql` and r."serviceId" = ${f.serviceId}`);
  if (f.roleCategory) beyond.push(Prisma.sql` and r."roleCategory" = ${f.roleCategory}::"RoleCategory"`);
  if (f.campaignId) beyond.push(Prisma.sql` and r."campaignId" = ${f.campaignId}`);
  parts.push(...beyond);
  const plParts = [...(f.serviceId ? [Prisma.sql` and p."serviceId" = ${f.serviceId}`] : []), ...beyond];
  return {
    councilId: v.councilId,
    period,
    filters: f,
    start: Prisma.sql`${period.start}::date`,
    upto: Prisma.sql`${period.upto}::date`,
    asOf: Prisma.sql`${period.asOf}::date`,
    startTs: Prisma.sql`${londonMidnightUtc(period.start)}::timestamp`,
    endTs: Prisma.sql`${londonMidnightUtc(addDays(period.upto, 1))}::timestamp`,
    reqFilter: parts.length ? Prisma.join(parts, "") : Prisma.empty,
    plJoin: beyond.length ? Prisma.sql` join "Requisition" r on r.id = p."requisitionId"` : Prisma.empty,
    plFilter: plParts.length ? Prisma.join(plParts, "") : Prisma.empty,
    narrowedBeyondService: !!(f.roleCategory || f.campaignId),
  };
}

/**
 * The last day a placement is (or was) working, for "active in P": the shared notion (lib/placements/last-day.ts, also
 * used by the DfE return) as at the period's asOf — its actual end; an ACTIVE placement past its planned end is still
 * working today; otherwise its planned end.
 */
export function placementLastDay(s: MetricScope): Prisma.Sql {
  return placementLastDaySql(s.asOf);
}

/**
 * `p` worked on at least one day of the period (PENDING_START placements have not started): started by `upto` and its
 * last day (placementLastDay) on or after `start`.
 */
export function activeInPeriod(s: MetricScope): Prisma.Sql {
  return Prisma.sql`p.status <> 'PENDING_START' and p."startDate" <= ${s.upto} and ${lastDayOnOrAfterSql(s.start, s.asOf)}`;
}

/** A ratio, or null when the denominator is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** One row per service plus the total, from a `grouping sets ((), (s.id, s.name))` query. */
export type ServiceRow<T> = T & { serviceId: string; serviceName: string };
export interface WithServices<T> {
  total: T;
  byService: ServiceRow<T>[];
}

export function splitServices<R extends { service_id: string | null; service_name: string | null }, T>(
  rows: R[],
  map: (r: R) => T,
  empty: T,
): WithServices<T> {
  const totalRow = rows.find((r) => r.service_id === null);
  return {
    total: totalRow ? map(totalRow) : empty,
    byService: rows
      .filter((r) => r.service_id !== null)
      .map((r) => ({ ...map(r), serviceId: r.service_id!, serviceName: r.service_name ?? "" }))
      .sort((a, b) => a.serviceName.localeCompare(b.serviceName)),
  };
}
