import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AWR_ALERT_WEEK, AWR_QUALIFYING_WEEKS } from "@/lib/compliance/awr";
import { awrAlertCutoff, awrClockForPlacements, firstInRoleStartedBySql } from "@/lib/compliance/awr-status";
import { lastDayOnOrAfterSql } from "@/lib/placements/last-day";
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
  type ServiceRow,
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

export async function awrExposure(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<AwrExposure>> {
  const s = metricScope(viewer, period, filters);
  // AWR exposure as at the last day of P (or today): the clock is the one pure rule (computeAwrClock, lib/compliance/
  // awr.ts) through awrClockForPlacements, exactly what managers' week-10 alerts use: one clock per worker × awrRoleKey
  // with the council, from SUBMITTED or APPROVED timesheets with hours on any of the worker's placements, absences
  // pausing it (sickness up to 28 weeks) or keeping it running (maternity), and a different role in between starting
  // it again. Workers counted: those on a placement on that day (started, last day not before it — the shared notion in
  // lib/placements/last-day.ts), the filters applying to the placement; one clock per worker × role. Only clocks that
  // can have reached week 10 are worked out: 10 counted weeks need 10 calendar weeks since the worker's first placement
  // in the role with the council. A worker counts once, with their longest clock, in the service of that placement.
  const startedBy = awrAlertCutoff(period.upto);
  const scoped = await db().$queryRaw<{ id: string; candidate_id: string; service_id: string; service_name: string }[]>`
    select distinct on (p."candidateId", p."awrRoleKey") p.id, p."candidateId" as candidate_id, p."serviceId" as service_id, sv.name as service_name
    from "Placement" p ${s.plJoin}
    join "Service" sv on sv.id = p."serviceId"
    where p."councilId" = ${s.councilId} and p.status <> 'PENDING_START' and p."startDate" <= ${s.upto}
      and ${lastDayOnOrAfterSql(s.upto, s.asOf)} ${s.plFilter}
      and ${firstInRoleStartedBySql(s.councilId, startedBy)}
    order by p."candidateId", p."awrRoleKey", p."startDate" desc, p.id`;
  const clocks = await awrClockForPlacements(db(), s.councilId, scoped.map((p) => p.id), period.upto);
  const best = new Map<string, { weeks: number; serviceId: string; serviceName: string }>();
  for (const p of scoped) {
    const weeks = clocks.get(p.id)?.weeksCounted ?? 0;
    const known = best.get(p.candidate_id);
    if (!known || weeks > known.weeks) best.set(p.candidate_id, { weeks, serviceId: p.service_id, serviceName: p.service_name });
  }
  return tallyExposure([...best.values()]);
}

/** Workers' clocks (weeks counted) → approaching / qualified / exposed, per service and in total. */
export function tallyExposure(workers: { weeks: number; serviceId: string; serviceName: string }[]): WithServices<AwrExposure> {
  const empty = (): AwrExposure => ({ approaching: 0, qualified: 0, exposed: 0 });
  const total = empty();
  const byService = new Map<string, ServiceRow<AwrExposure>>();
  for (const w of workers) {
    if (w.weeks < AWR_ALERT_WEEK) continue;
    const row = byService.get(w.serviceId) ?? { ...empty(), serviceId: w.serviceId, serviceName: w.serviceName };
    byService.set(w.serviceId, row);
    for (const t of [total, row]) {
      if (w.weeks >= AWR_QUALIFYING_WEEKS) t.qualified += 1;
      else t.approaching += 1;
      t.exposed += 1;
    }
  }
  return { total, byService: [...byService.values()].sort((a, b) => a.serviceName.localeCompare(b.serviceName)) };
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
