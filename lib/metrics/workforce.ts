import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AWR_ALERT_WEEK, AWR_MAX_BREAK_WEEKS, AWR_QUALIFYING_WEEKS } from "@/lib/compliance/awr";
import { REFERENCE_CATEGORIES, REQUIRED_REFERENCES, SOCIAL_WORK_CATEGORIES, DEFAULT_SOCIAL_WORK_REGULATOR } from "@/lib/compliance/placement-gate";
import { Prisma } from "@/lib/db";
import type { Period } from "./period";
import {
  activeInPeriod,
  metricScope,
  placementLastDay,
  ratio,
  splitServices,
  type MetricFilters,
  type MetricScope,
  type WithServices,
} from "./scope";

type ServiceCols = { service_id: string | null; service_name: string | null };

export interface ActiveWorkers {
  /** distinct workers with a placement active on any day of P */
  workers: number;
  /** placements active on any day of P */
  placements: number;
}

/** Everything about the placements active in P, per service and in total, from one pass (see workforceFacts). */
export interface WorkforceFigures extends ActiveWorkers {
  /** Σ over placements of hoursPerWeek ÷ 37 × days active in P */
  fteDays: number;
  localFteDays: number;
  /** distinct local workers (frozen flag) active in P */
  localPeople: number;
  /** placements with every required check valid (0 unless compliance was asked for) */
  compliant: number;
}

const NO_WORKFORCE: WorkforceFigures = { workers: 0, placements: 0, fteDays: 0, localFteDays: 0, localPeople: 0, compliant: 0 };

/**
 * Placements active in P — status not PENDING_START, started by the end of P, last day (actual end, else planned end;
 * today for a running ACTIVE one) on or after its start — counted per service and in total: workers, placements, FTE
 * days (local and all) and, with `withCompliance`, how many have every required check valid.
 *
 * Compliance: each placement is judged on its last day in P (d) against the worker's current (not superseded) PASSED
 * checks — the placement gate's rules in SQL: right to work valid on d (unlimited route, or an expiry on/after d; checked
 * on/before d); DBS at or above the requisition's level, not expired; two references for care and social-work roles;
 * professional registration with a renewal date on/after d where the requisition (or a social-work category) needs it.
 */
export async function workforceFacts(s: MetricScope, withCompliance: boolean): Promise<WithServices<WorkforceFigures>> {
  const careCategories = sqlList(REFERENCE_CATEGORIES);
  const socialWork = sqlList(SOCIAL_WORK_CATEGORIES);
  const reqCols = withCompliance
    ? Prisma.sql`, r."dbsLevel", r."roleCategory"::text in (${careCategories}) as needs_refs,
        coalesce(nullif(trim(r."registrationRequired"), ''),
                 case when r."roleCategory"::text in (${socialWork}) then ${DEFAULT_SOCIAL_WORK_REGULATOR} end) as reg_body`
    : Prisma.empty;
  const reqJoin = withCompliance
    ? Prisma.sql`cross join lateral (
        select r."dbsLevel", r."roleCategory", r."registrationRequired", r."serviceId", r."campaignId" from "Requisition" r where r.id = p."requisitionId" limit 1
      ) r`
    : s.plJoin;
  const judged = withCompliance
    ? Prisma.sql`select a.*,
        coalesce(k.rtw, false)
        and (a."dbsLevel" = 'NONE' or coalesce(k.dbs, false))
        and (not a.needs_refs or k.refs >= ${REQUIRED_REFERENCES}::int)
        and (a.reg_body is null or coalesce(k.reg, false)) as ok
      from act a
      left join lateral (
        select
          bool_or(c.type = 'RIGHT_TO_WORK' and (c."checkedOn" is null or c."checkedOn" <= a.d)
                  and (c."rightToWorkRoute" in ('BRITISH_OR_IRISH', 'SETTLED') or c."expiresOn" >= a.d)) as rtw,
          bool_or(c.type = 'DBS' and (c."expiresOn" is null or c."expiresOn" >= a.d) and coalesce(c."dbsLevel", 'NONE') >= a."dbsLevel") as dbs,
          count(*) filter (where c.type = 'REFERENCE' and (c."expiresOn" is null or c."expiresOn" >= a.d)) as refs,
          bool_or(c.type = 'PROFESSIONAL_REGISTRATION' and c."expiresOn" >= a.d
                  and (c."registrationBody" is null or lower(trim(c."registrationBody")) = lower(a.reg_body))) as reg
        from "ComplianceCheck" c
        where c."candidateId" = a."candidateId" and c.status = 'PASSED' and c."supersededAt" is null
      ) k on true`
    : Prisma.sql`select a.*, false as ok from act a`;
  const rows = await db().$queryRaw<(ServiceCols & { workers: number; placements: number; fte_days: number; local_fte_days: number; local_people: number; compliant: number })[]>`
    with act as (
      select p.id, p."candidateId", p."serviceId", p."isLocalAtPlacement" as local, p."hoursPerWeek"::float8 / 37 as fte,
        least(${placementLastDay(s)}, ${s.upto}) as d,
        (least(${placementLastDay(s)}, ${s.upto}) - greatest(p."startDate", ${s.start}) + 1) as days
        ${reqCols}
      from "Placement" p ${reqJoin}
      where p."councilId" = ${s.councilId} and ${activeInPeriod(s)} ${withCompliance ? s.reqFilter : s.plFilter}
    ), judged as (${judged})
    select s.id as service_id, s.name as service_name,
      count(distinct j."candidateId")::int as workers, count(*)::int as placements,
      coalesce(sum(j.fte * j.days), 0)::float8 as fte_days,
      coalesce(sum(j.fte * j.days) filter (where j.local), 0)::float8 as local_fte_days,
      (count(distinct j."candidateId") filter (where j.local))::int as local_people,
      (count(*) filter (where j.ok))::int as compliant
    from judged j join "Service" s on s.id = j."serviceId"
    group by grouping sets ((), (s.id, s.name))`;
  return splitServices(
    rows,
    (r) => ({ workers: r.workers, placements: r.placements, fteDays: r.fte_days, localFteDays: r.local_fte_days, localPeople: r.local_people, compliant: r.compliant }),
    NO_WORKFORCE,
  );
}

/** Workers and placements active in P (see workforceFacts). */
export async function activeWorkerCounts(s: MetricScope): Promise<WithServices<ActiveWorkers>> {
  const f = await workforceFacts(s, false);
  const pick = (x: WorkforceFigures): ActiveWorkers => ({ workers: x.workers, placements: x.placements });
  return { total: pick(f.total), byService: f.byService.map((x) => ({ ...pick(x), serviceId: x.serviceId, serviceName: x.serviceName })) };
}

export async function activeWorkers(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<ActiveWorkers>> {
  return activeWorkerCounts(metricScope(viewer, period, filters));
}

export interface Retention {
  /** placements that finished in P (ENDED or CONVERTED, last day in P) */
  finished: number;
  /** of those: converted, extended, or ran to their planned end */
  retained: number;
  rate: number | null;
}

export async function retention(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<Retention> {
  const s = metricScope(viewer, period, filters);
  // Retention: placements that finished in P (status ENDED or CONVERTED, actual end — else planned end — in P);
  // retained = converted, or had an actioned extension, or ended on/after the planned end (not ended early).
  const [row] = await db().$queryRaw<{ finished: number; retained: number }[]>`
    select count(*)::int as finished,
      (count(*) filter (where p.status = 'CONVERTED' or p."actualEndDate" is null or p."actualEndDate" >= p."plannedEndDate"
        or exists (select 1 from "PlacementChangeRequest" cr
                   where cr."placementId" = p.id and cr.type = 'EXTENSION' and cr.status = 'ACTIONED')))::int as retained
    from "Placement" p ${s.plJoin}
    where p."councilId" = ${s.councilId} and p.status in ('ENDED', 'CONVERTED')
      and coalesce(p."actualEndDate", p."plannedEndDate") between ${s.start} and ${s.upto} ${s.plFilter}`;
  return { finished: row.finished, retained: row.retained, rate: ratio(row.retained, row.finished) };
}

export interface AwrExposure {
  /** workers at week 10 or 11 of a live clock: the agency must act */
  approaching: number;
  /** workers at week 12 or more: equal treatment applies */
  qualified: number;
  /** approaching + qualified: workers past week 10 */
  exposed: number;
}

/** How far back worked weeks are read. A run covering the whole window has at least 12 counted weeks (breaks are ≤ 6 weeks), so counts up to 12 are exact. */
const AWR_LOOKBACK_WEEKS = 100;

export async function awrExposure(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<AwrExposure>> {
  const s = metricScope(viewer, period, filters);
  const breakDays = (AWR_MAX_BREAK_WEEKS + 1) * 7;
  // AWR exposure, a SQL version of computeAwrClock (lib/compliance/awr.ts) for the whole council at once, as at the
  // last day of P (or today): one clock per worker × awrRoleKey (the hirer is the council); a week counts if a SUBMITTED
  // or APPROVED timesheet with hours exists for it; gaps-and-islands: a gap of more than 6 non-worked weeks starts a new
  // run, and a clock whose last worked week is more than 6 full weeks before the current week has reset. Simplification
  // (documented): recorded absences are not read (sickness pauses up to 28 weeks and maternity weeks count in the pure rule).
  // A worker counts once (their longest clock), in the service of the placement of their latest worked week, which
  // is also what the filters apply to.
  const rows = await db().$queryRaw<(ServiceCols & AwrExposure)[]>`
    with recent_ts as (
      select t."placementId", max(t."weekStart") as last_week
      from "Timesheet" t
      where t."councilId" = ${s.councilId} and t.status in ('SUBMITTED', 'APPROVED') and t."totalHours" > 0
        and t."weekStart" between date_trunc('week', ${s.upto})::date - ${breakDays}::int and ${s.upto}
      group by t."placementId"
    ), recent as (
      select distinct on (p."candidateId", p."awrRoleKey")
        p."candidateId", p."awrRoleKey", p."serviceId", p."requisitionId", rt.last_week
      from recent_ts rt
      cross join lateral (
        select p."candidateId", p."awrRoleKey", p."serviceId", p."requisitionId", p.id from "Placement" p where p.id = rt."placementId" limit 1
      ) p
      order by p."candidateId", p."awrRoleKey", rt.last_week desc, p.id
    ), live as (
      select p.* from recent p ${s.plJoin} where true ${s.plFilter}
    ), clocks as (
      select l."candidateId", l."serviceId", l.last_week, w.counted
      from live l cross join lateral (
        select count(*) filter (where run = 0) as counted
        from (
          select sum(brk) over (order by wk desc rows unbounded preceding) as run
          from (
            select wk, case when lag(wk) over (order by wk desc) - wk > ${breakDays}::int then 1 else 0 end as brk
            from (
              select distinct t."weekStart" as wk
              from "Placement" p2 join "Timesheet" t on t."placementId" = p2.id
              where p2."councilId" = ${s.councilId} and p2."candidateId" = l."candidateId" and p2."awrRoleKey" = l."awrRoleKey"
                and t.status in ('SUBMITTED', 'APPROVED') and t."totalHours" > 0
                and t."weekStart" between ${s.upto} - ${AWR_LOOKBACK_WEEKS * 7}::int and ${s.upto}
            ) worked
          ) marked
        ) runs
      ) w
    ), per_worker as (
      select distinct on ("candidateId") "candidateId", "serviceId", counted
      from clocks order by "candidateId", counted desc, last_week desc
    )
    select s.id as service_id, s.name as service_name,
      (count(*) filter (where counted >= ${AWR_ALERT_WEEK}::int and counted < ${AWR_QUALIFYING_WEEKS}::int))::int as approaching,
      (count(*) filter (where counted >= ${AWR_QUALIFYING_WEEKS}::int))::int as qualified,
      (count(*) filter (where counted >= ${AWR_ALERT_WEEK}::int))::int as exposed
    from per_worker pw join "Service" s on s.id = pw."serviceId"
    group by grouping sets ((), (s.id, s.name))`;
  return splitServices(rows, (r) => ({ approaching: r.approaching, qualified: r.qualified, exposed: r.exposed }), { approaching: 0, qualified: 0, exposed: 0 });
}

export interface ComplianceRate {
  /** placements active in P */
  placements: number;
  /** of those, every required check valid on the placement's last day in P */
  compliant: number;
  rate: number | null;
}

const sqlList = (xs: readonly string[]) => Prisma.join(xs.map((x) => Prisma.sql`${x}`));

export async function complianceRate(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<ComplianceRate>> {
  return complianceFrom(await workforceFacts(metricScope(viewer, period, filters), true));
}

export function complianceFrom(f: WithServices<WorkforceFigures>): WithServices<ComplianceRate> {
  const pick = (x: WorkforceFigures): ComplianceRate => ({ placements: x.placements, compliant: x.compliant, rate: ratio(x.compliant, x.placements) });
  return { total: pick(f.total), byService: f.byService.map((x) => ({ ...pick(x), serviceId: x.serviceId, serviceName: x.serviceName })) };
}
