import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { Period } from "./period";
import { metricScope, ratio, splitServices, type MetricFilters, type MetricScope, type WithServices } from "./scope";

type ServiceCols = { service_id: string | null; service_name: string | null };

export interface FillRate {
  /** requisitions released (OPEN) in P */
  released: number;
  /** of those, filled by the end of P (or today) */
  filled: number;
  rate: number | null;
}

export interface HeadcountFillRate {
  /** headcount of the requisitions released in P */
  positions: number;
  /** placements made on them by the end of P, at most the headcount of each */
  positionsFilled: number;
  rate: number | null;
}

async function fillCounts(s: MetricScope) {
  // Fill rate: cohort of requisitions released (openedAt) in P; "filled" = reached FILLED (filledAt) by the end of P,
  // so the rate is never above 100% (released ones later cancelled or closed unfilled count as not filled).
  // Headcount-weighted: Σ min(placements confirmed by the end of P, headcount) ÷ Σ headcount.
  const rows = await db().$queryRaw<(ServiceCols & { released: number; filled: number; positions: number; positions_filled: number })[]>`
    select s.id as service_id, s.name as service_name,
      count(*)::int as released,
      (count(*) filter (where r."filledAt" is not null and r."filledAt" < ${s.endTs}))::int as filled,
      coalesce(sum(r.headcount), 0)::int as positions,
      coalesce(sum(least(coalesce(pc.n, 0), r.headcount)), 0)::int as positions_filled
    from "Requisition" r
    join "Service" s on s.id = r."serviceId"
    left join lateral (
      select count(*) as n from "Placement" p where p."requisitionId" = r.id and p."confirmedAt" < ${s.endTs}
    ) pc on true
    where r."councilId" = ${s.councilId} and r."openedAt" >= ${s.startTs} and r."openedAt" < ${s.endTs} ${s.reqFilter}
    group by grouping sets ((), (s.id, s.name))`;
  return rows;
}

export async function fillRate(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<FillRate>> {
  const rows = await fillCounts(metricScope(viewer, period, filters));
  return splitServices(rows, (r) => ({ released: r.released, filled: r.filled, rate: ratio(r.filled, r.released) }), { released: 0, filled: 0, rate: null });
}

export async function headcountWeightedFillRate(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<HeadcountFillRate>> {
  const rows = await fillCounts(metricScope(viewer, period, filters));
  return splitServices(
    rows,
    (r) => ({ positions: r.positions, positionsFilled: r.positions_filled, rate: ratio(r.positions_filled, r.positions) }),
    { positions: 0, positionsFilled: 0, rate: null },
  );
}

/** Both fill rates from one query (the dashboard uses this). */
export async function fillRates(viewer: Viewer | null, period: Period, filters: MetricFilters = {}) {
  const rows = await fillCounts(metricScope(viewer, period, filters));
  return {
    fillRate: splitServices(rows, (r) => ({ released: r.released, filled: r.filled, rate: ratio(r.filled, r.released) }), { released: 0, filled: 0, rate: null }),
    headcountWeighted: splitServices(
      rows,
      (r) => ({ positions: r.positions, positionsFilled: r.positions_filled, rate: ratio(r.positions_filled, r.positions) }),
      { positions: 0, positionsFilled: 0, rate: null },
    ),
  };
}

export interface MedianDays {
  /** how many fills (placements) or requisitions the median is over */
  count: number;
  medianDays: number | null;
}

export async function timeToFill(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<MedianDays>> {
  const s = metricScope(viewer, period, filters);
  // Time to fill: placements whose acceptance (Placement.confirmedAt, when the placement was made) falls in P;
  // median (percentile_cont 0.5) of the days, with fractions, from the requisition's release (openedAt) to then.
  const rows = await db().$queryRaw<(ServiceCols & { n: number; median_days: number | null })[]>`
    select s.id as service_id, s.name as service_name, count(*)::int as n,
      (percentile_cont(0.5) within group (order by extract(epoch from (p."confirmedAt" - r."openedAt")) / 86400))::float8 as median_days
    from "Placement" p
    cross join lateral (
      select r."openedAt", r."serviceId", r."roleCategory", r."campaignId" from "Requisition" r where r.id = p."requisitionId" limit 1
    ) r
    join "Service" s on s.id = r."serviceId"
    where p."councilId" = ${s.councilId} and p."confirmedAt" >= ${s.startTs} and p."confirmedAt" < ${s.endTs}
      and r."openedAt" is not null ${s.reqFilter}
    group by grouping sets ((), (s.id, s.name))`;
  return splitServices(rows, (r) => ({ count: r.n, medianDays: r.median_days }), { count: 0, medianDays: null });
}

export async function timeToFirstShortlist(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<MedianDays> {
  const s = metricScope(viewer, period, filters);
  // Time to first shortlist: requisitions whose first shortlisting (earliest Application.shortlistedAt) is in P;
  // median days from release (openedAt) to it. Candidates are the requisitions with any shortlisting in P.
  const [row] = await db().$queryRaw<{ n: number; median_days: number | null }[]>`
    with touched as (
      select distinct a."requisitionId" as id from "Application" a
      where a."councilId" = ${s.councilId} and a."shortlistedAt" >= ${s.startTs} and a."shortlistedAt" < ${s.endTs}
    ), firsts as materialized (
      select r.id, r."openedAt",
        (select min(a2."shortlistedAt") from "Application" a2
          where a2."councilId" = ${s.councilId} and a2."requisitionId" = r.id and a2."shortlistedAt" is not null) as first_at
      from touched t
      cross join lateral (
        select r.id, r."councilId", r."openedAt", r."serviceId", r."roleCategory", r."campaignId" from "Requisition" r where r.id = t.id limit 1
      ) r
      where r."councilId" = ${s.councilId} and r."openedAt" is not null ${s.reqFilter}
    )
    select count(*)::int as n,
      (percentile_cont(0.5) within group (order by extract(epoch from (first_at - "openedAt")) / 86400))::float8 as median_days
    from firsts where first_at >= ${s.startTs} and first_at < ${s.endTs}`;
  return { count: row?.n ?? 0, medianDays: row?.median_days ?? null };
}
