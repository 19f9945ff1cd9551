import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { Period } from "./period";
import { metricScope, ratio, splitServices, type MetricFilters, type MetricScope, type WithServices } from "./scope";

type ServiceCols = { service_id: string | null; service_name: string | null };

export interface FillRate {
  /** requisitions released (OPEN) in P */
  released: number;
  /** requisitions that reached FILLED in P, whenever they were released */
  filled: number;
  /** filled ÷ released (domain.md "fill rate"; a period's fills of earlier releases can take it above 100%) */
  rate: number | null;
  /** cohort view: of the requisitions released in P, those filled by the end of P (or today) */
  releasedAndFilled: number;
  /** releasedAndFilled ÷ released */
  cohortRate: number | null;
}

export interface HeadcountFillRate {
  /** headcount (positions) of the requisitions released in P */
  positions: number;
  /** headcount of the requisitions that reached FILLED (every position placed) in P */
  positionsFilled: number;
  rate: number | null;
}

async function fillCounts(s: MetricScope) {
  // Fill rate (domain.md): requisitions that reached FILLED (filledAt) in P ÷ requisitions released (openedAt) in P.
  // The two are different populations: a requisition released in June and filled in July counts in July's numerator
  // only. Headcount-weighted: the same with each requisition weighted by its headcount. The cohort figure (released in
  // P and filled by its end) is kept apart, labelled as such.
  const rows = await db().$queryRaw<(ServiceCols & { released: number; filled: number; cohort_filled: number; positions: number; positions_filled: number })[]>`
    with rq as (
      select r."serviceId", r.headcount,
        r."openedAt" >= ${s.startTs} and r."openedAt" < ${s.endTs} as released,
        r."filledAt" >= ${s.startTs} and r."filledAt" < ${s.endTs} as filled,
        r."filledAt" < ${s.endTs} as filled_by_end
      from "Requisition" r
      where r."councilId" = ${s.councilId}
        and ((r."openedAt" >= ${s.startTs} and r."openedAt" < ${s.endTs}) or (r."filledAt" >= ${s.startTs} and r."filledAt" < ${s.endTs}))
        ${s.reqFilter}
    )
    select s.id as service_id, s.name as service_name,
      (count(*) filter (where rq.released))::int as released,
      (count(*) filter (where rq.filled))::int as filled,
      (count(*) filter (where rq.released and rq.filled_by_end))::int as cohort_filled,
      coalesce(sum(rq.headcount) filter (where rq.released), 0)::int as positions,
      coalesce(sum(rq.headcount) filter (where rq.filled), 0)::int as positions_filled
    from rq join "Service" s on s.id = rq."serviceId"
    group by grouping sets ((), (s.id, s.name))`;
  return rows;
}

type FillRow = Awaited<ReturnType<typeof fillCounts>>[number];
const NO_FILLS: FillRate = { released: 0, filled: 0, rate: null, releasedAndFilled: 0, cohortRate: null };
const toFillRate = (r: FillRow): FillRate => ({
  released: r.released,
  filled: r.filled,
  rate: ratio(r.filled, r.released),
  releasedAndFilled: r.cohort_filled,
  cohortRate: ratio(r.cohort_filled, r.released),
});
const toHeadcount = (r: FillRow): HeadcountFillRate => ({ positions: r.positions, positionsFilled: r.positions_filled, rate: ratio(r.positions_filled, r.positions) });
const NO_POSITIONS: HeadcountFillRate = { positions: 0, positionsFilled: 0, rate: null };

export async function fillRate(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<FillRate>> {
  return splitServices(await fillCounts(metricScope(viewer, period, filters)), toFillRate, NO_FILLS);
}

export async function headcountWeightedFillRate(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<HeadcountFillRate>> {
  return splitServices(await fillCounts(metricScope(viewer, period, filters)), toHeadcount, NO_POSITIONS);
}

/** Both fill rates from one query (the dashboard uses this). */
export async function fillRates(viewer: Viewer | null, period: Period, filters: MetricFilters = {}) {
  const rows = await fillCounts(metricScope(viewer, period, filters));
  return { fillRate: splitServices(rows, toFillRate, NO_FILLS), headcountWeighted: splitServices(rows, toHeadcount, NO_POSITIONS) };
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
