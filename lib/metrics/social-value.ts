import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { PriorityGroup } from "@/lib/generated/prisma/enums";
import { daysCounted, trendQuarters, type Period } from "./period";
import { metricScope, ratio, type MetricFilters, type MetricScope } from "./scope";
import { activeWorkerCounts, workforceFacts, type WorkforceFigures } from "./workforce";

export interface LocalShare {
  /** placements whose start date is in P (up to today) */
  started: number;
  /** of those, the worker was a local resident when placed */
  local: number;
  share: number | null;
}

export async function localShare(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<LocalShare> {
  const s = metricScope(viewer, period, filters);
  // Local share: placements with startDate in P (any status; PENDING_START ones have a start date still to come, so
  // they fall outside "up to today"); local = Placement.isLocalAtPlacement, frozen when placed, so a later move does not count.
  const [row] = await db().$queryRaw<{ started: number; local: number }[]>`
    select count(*)::int as started, (count(*) filter (where p."isLocalAtPlacement"))::int as local
    from "Placement" p ${s.plJoin}
    where p."councilId" = ${s.councilId} and p."startDate" between ${s.start} and ${s.upto} ${s.plFilter}`;
  return { started: row.started, local: row.local, share: ratio(row.local, row.started) };
}

export interface QuarterRow {
  key: string;
  name: string;
  start: string;
  upto: string;
}

export async function localShareByQuarter(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<(QuarterRow & LocalShare)[]> {
  const s = metricScope(viewer, period, filters);
  const slots = trendQuarters(period);
  if (!slots.length) return [];
  // Local share per financial quarter (the quarters of P, with earlier ones to show at least four): a placement
  // counts in the quarter its start date falls in, even when it runs on into the next.
  const rows = await db().$queryRaw<{ start: string; started: number; local: number }[]>`
    select q.start::text as start, count(x.id)::int as started, (count(x.id) filter (where x.local))::int as local
    from unnest(${slots.map((q) => q.start)}::date[], ${slots.map((q) => q.upto)}::date[]) as q(start, upto)
    left join lateral (
      select p.id, p."isLocalAtPlacement" as local from "Placement" p ${s.plJoin}
      where p."councilId" = ${s.councilId} and p."startDate" between q.start and q.upto ${s.plFilter}
    ) x on true
    group by q.start order by q.start`;
  const byStart = new Map(rows.map((r) => [r.start, r]));
  return slots.map((q) => {
    const r = byStart.get(q.start) ?? { started: 0, local: 0 };
    return { key: q.key, name: q.name, start: q.start, upto: q.upto, started: r.started, local: r.local, share: ratio(r.local, r.started) };
  });
}

export interface LocalFte {
  /** average full-time equivalents of local workers across the days of P so far (37 hours a week = 1 FTE) */
  localFte: number;
  /** the same for every worker */
  allFte: number;
  /** local people who worked in P */
  localPeople: number;
  people: number;
}

export async function localFte(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<LocalFte> {
  const s = metricScope(viewer, period, filters);
  // Local FTE (TOMs "local people employed"): each placement active in P adds hoursPerWeek ÷ 37 for each day it was
  // active in P; the sum is divided by the days of P counted, i.e. the average FTE over P. Local = isLocalAtPlacement.
  return localFteFrom((await workforceFacts(s, false)).total, period);
}

export function localFteFrom(f: WorkforceFigures, period: Period): LocalFte {
  const days = daysCounted(period);
  if (days === 0) return { localFte: 0, allFte: 0, localPeople: 0, people: 0 };
  return { localFte: f.localFteDays / days, allFte: f.fteDays / days, localPeople: f.localPeople, people: f.workers };
}

const PRIORITY_ORDER = Object.values(PriorityGroup) as PriorityGroup[];

export interface PriorityGroupHires {
  /** people per declared group, each person once */
  byGroup: { group: PriorityGroup; people: number }[];
  /** people counted in any group */
  people: number;
  /** everyone placed in P (for context) */
  placedPeople: number;
}

export async function priorityGroupHires(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<PriorityGroupHires> {
  const s = metricScope(viewer, period, filters);
  // Priority-group hires: people with a placement starting in P whose frozen priorityGroupAtPlacement is set, counted
  // only in their first year (the placement starts within 12 months of their first placement with the council) and
  // once each, under the group of their earliest such placement in P.
  const rows = await db().$queryRaw<{ grp: PriorityGroup | null; n: number; placed: number }[]>`
    with placed as (
      select p.id, p."candidateId", p."priorityGroupAtPlacement" as grp, p."startDate"
      from "Placement" p ${s.plJoin}
      where p."councilId" = ${s.councilId} and p."startDate" between ${s.start} and ${s.upto} ${s.plFilter}
    ), firsts as (
      select p2."candidateId", min(p2."startDate") as first_start from "Placement" p2
      where p2."councilId" = ${s.councilId} and p2."candidateId" in (select "candidateId" from placed where grp is not null)
      group by p2."candidateId"
    ), hires as (
      select distinct on (pl."candidateId") pl."candidateId", pl.grp
      from placed pl join firsts f on f."candidateId" = pl."candidateId"
      where pl.grp is not null and pl."startDate" < f.first_start + interval '1 year'
      order by pl."candidateId", pl."startDate", pl.id
    )
    select grp::text as grp, count(*)::int as n, (select count(distinct "candidateId") from placed)::int as placed
    from hires group by rollup(grp)`;
  const total = rows.find((r) => r.grp === null);
  // (rollup always returns the grand-total row, even when nobody was placed)
  const placedPeople = total?.placed ?? 0;
  return {
    byGroup: rows
      .filter((r) => r.grp !== null)
      .map((r) => ({ group: r.grp!, people: r.n }))
      .sort((a, b) => PRIORITY_ORDER.indexOf(a.group) - PRIORITY_ORDER.indexOf(b.group)),
    people: total?.n ?? 0,
    placedPeople,
  };
}

export interface Conversions {
  /** completed conversions whose permanent post started in P */
  conversions: number;
}

export async function conversionCountFor(s: MetricScope): Promise<number> {
  // Conversions: Conversion rows COMPLETED whose startDate (first day in the permanent post) is in P (up to today).
  const [row] = await db().$queryRaw<{ n: number }[]>`
    select count(*)::int as n
    from "Conversion" c join "Placement" p on p.id = c."placementId" ${s.plJoin}
    where c."councilId" = ${s.councilId} and c.status = 'COMPLETED' and c."startDate" between ${s.start} and ${s.upto} ${s.plFilter}`;
  return row.n;
}

export async function conversions(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<Conversions> {
  return { conversions: await conversionCountFor(metricScope(viewer, period, filters)) };
}

export async function conversionsByQuarter(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<(QuarterRow & Conversions)[]> {
  const s = metricScope(viewer, period, filters);
  const slots = trendQuarters(period);
  if (!slots.length) return [];
  const rows = await db().$queryRaw<{ start: string; n: number }[]>`
    select q.start::text as start, count(x.id)::int as n
    from unnest(${slots.map((q) => q.start)}::date[], ${slots.map((q) => q.upto)}::date[]) as q(start, upto)
    left join lateral (
      select c.id from "Conversion" c join "Placement" p on p.id = c."placementId" ${s.plJoin}
      where c."councilId" = ${s.councilId} and c.status = 'COMPLETED' and c."startDate" between q.start and q.upto ${s.plFilter}
    ) x on true
    group by q.start order by q.start`;
  const byStart = new Map(rows.map((r) => [r.start, r.n]));
  return slots.map((q) => ({ key: q.key, name: q.name, start: q.start, upto: q.upto, conversions: byStart.get(q.start) ?? 0 }));
}

export interface ConversionRate {
  conversions: number;
  /** distinct workers with a placement active on any day of P */
  activeWorkers: number;
  rate: number | null;
}

export async function conversionRate(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<ConversionRate> {
  const s = metricScope(viewer, period, filters);
  // Conversion rate = conversions in P ÷ workers active in P (see activeWorkers).
  const [n, active] = await Promise.all([conversionCountFor(s), activeWorkerCounts(s)]);
  return { conversions: n, activeWorkers: active.total.workers, rate: ratio(n, active.total.workers) };
}
