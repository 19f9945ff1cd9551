import "server-only";
import { db, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { financialYearOf, type Period } from "./period";
import { metricScope, ratio, splitServices, type MetricFilters, type MetricScope, type WithServices } from "./scope";


export interface SpendFigures {
  /** Σ approved hours × charge rate, pence */
  spendPence: number;
  /** Σ approved hours × (charge − pay − on-cost), pence */
  marginPence: number;
  hours: number;
  /** distinct workers behind the figures (fewer than 5 are not shown on the board) */
  workers: number;
}

const NO_SPEND: SpendFigures = { spendPence: 0, marginPence: 0, hours: 0, workers: 0 };

/** Spend, margin, hours and workers in total, per service and per cost centre, from one pass over the period's timesheets. */
export interface TimesheetFacts extends WithServices<SpendFigures> {
  byCostCentre: Map<string, SpendFigures>;
}

export async function timesheetFacts(s: MetricScope): Promise<TimesheetFacts> {
  // Spend = Σ APPROVED timesheets' totalHours × Timesheet.chargeRatePence (frozen at submission); margin retained by the
  // agency = Σ totalHours × (charge − Timesheet.payRatePence − Placement.onCostRatePence). A timesheet belongs to the
  // period its week starts in (weekStart in P). Summed per placement first, rounded to whole pence at the end.
  // (The `lateral … limit 1` lookups make PostgreSQL fetch just the placements and requisitions involved by primary key
  // instead of hashing both whole tables — the planner over-estimates how many placements a period's timesheets touch.)
  const rows = await db().$queryRaw<
    { g_service: number; g_cc: number; service_id: string | null; service_name: string | null; cc_id: string | null; spend: number; margin: number; hours: number; workers: number }[]
  >`
    with ts as (
      select t."placementId" as pid, sum(t."totalHours"::float8 * t."chargeRatePence") as spend,
        sum(t."totalHours"::float8 * (t."chargeRatePence" - t."payRatePence")) as gross, sum(t."totalHours"::float8) as hours
      from "Timesheet" t
      where t."councilId" = ${s.councilId} and t.status = 'APPROVED' and t."weekStart" between ${s.start} and ${s.upto}
      group by t."placementId"
    ), per as (
      select p."serviceId", s.name as service_name, r."costCentreId", p."candidateId", ts.spend,
        ts.gross - ts.hours * p."onCostRatePence" as margin, ts.hours
      from ts
      cross join lateral (select p."serviceId", p."candidateId", p."onCostRatePence", p."requisitionId" from "Placement" p where p.id = ts.pid limit 1) p
      cross join lateral (select r."costCentreId", r."serviceId", r."roleCategory", r."campaignId" from "Requisition" r where r.id = p."requisitionId" limit 1) r
      join "Service" s on s.id = p."serviceId"
      where true ${s.reqFilter}
    )
    select grouping("serviceId")::int as g_service, grouping("costCentreId")::int as g_cc,
      "serviceId" as service_id, service_name, "costCentreId" as cc_id,
      coalesce(round(sum(spend)::numeric), 0)::float8 as spend, coalesce(round(sum(margin)::numeric), 0)::float8 as margin,
      coalesce(sum(hours), 0)::float8 as hours, count(distinct "candidateId")::int as workers
    from per
    group by grouping sets ((), ("serviceId", service_name), ("serviceId", service_name, "costCentreId"))`;
  const fig = (r: (typeof rows)[number]): SpendFigures => ({ spendPence: r.spend, marginPence: r.margin, hours: r.hours, workers: r.workers });
  const services = splitServices(rows.filter((r) => r.g_cc === 1), fig, NO_SPEND);
  return { ...services, byCostCentre: new Map(rows.filter((r) => r.g_cc === 0).map((r) => [r.cc_id!, fig(r)])) };
}

/** Spend and margin in total and per service (the dashboard uses timesheetFacts directly). */
export async function spendAndMarginFor(s: MetricScope): Promise<WithServices<SpendFigures>> {
  const f = await timesheetFacts(s);
  return { total: f.total, byService: f.byService };
}

export async function spend(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<{ spendPence: number; workers: number }>> {
  const r = await spendAndMarginFor(metricScope(viewer, period, filters));
  const pick = (f: SpendFigures) => ({ spendPence: f.spendPence, workers: f.workers });
  return { total: pick(r.total), byService: r.byService.map((x) => ({ ...pick(x), serviceId: x.serviceId, serviceName: x.serviceName })) };
}

export interface Margin {
  marginPence: number;
  spendPence: number;
  /** margin ÷ spend */
  share: number | null;
  workers: number;
}

export async function agencyMargin(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<WithServices<Margin>> {
  const r = await spendAndMarginFor(metricScope(viewer, period, filters));
  const pick = (f: SpendFigures): Margin => ({ marginPence: f.marginPence, spendPence: f.spendPence, share: ratio(f.marginPence, f.spendPence), workers: f.workers });
  return { total: pick(r.total), byService: r.byService.map((x) => ({ ...pick(x), serviceId: x.serviceId, serviceName: x.serviceName })) };
}

export interface BudgetLine {
  /** agency-staffing budget for the days of P counted so far, pence */
  budgetPence: number;
  spendPence: number;
  /** spend ÷ budget */
  used: number | null;
  workers: number;
}

export interface SpendVsBudget {
  costCentres: (BudgetLine & { costCentreId: string; code: string; name: string; serviceId: string; serviceName: string })[];
  byService: (BudgetLine & { serviceId: string; serviceName: string })[];
  total: BudgetLine;
  /** a role category or campaign filter narrows the spend but budgets are per cost centre for all roles */
  spendIsPartial: boolean;
}

export async function spendVsBudget(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<SpendVsBudget> {
  const s = metricScope(viewer, period, filters);
  return spendVsBudgetFor(s, timesheetFacts(s));
}

/** spendVsBudget for a scope, from the period's timesheet facts (shared with spend and margin on the dashboard). */
export async function spendVsBudgetFor(s: MetricScope, facts: Promise<TimesheetFacts>): Promise<SpendVsBudget> {
  const period = s.period;
  const fyFrom = financialYearOf(period.start);
  const fyTo = financialYearOf(period.upto);
  const ccFilter = s.filters.serviceId ? Prisma.sql` and cc."serviceId" = ${s.filters.serviceId}` : Prisma.empty;
  // Spend vs budget per cost centre (the requisition's): budget = Σ over the financial years overlapping P of
  // CostCentreBudget.budgetPence × (days of P counted so far in that year ÷ days in that year) — pro-rated by day, so a
  // quarter to date is compared with the budget for the same days. Spend as in spend().
  const [budgets, spent] = await Promise.all([
    db().$queryRaw<{ cc_id: string; code: string; name: string; service_id: string; service_name: string; budget: number }[]>`
      select cc.id as cc_id, cc.code, cc.name, s.id as service_id, s.name as service_name,
        coalesce(round(sum(b."budgetPence"::numeric
          * greatest(0, least(${s.upto}, make_date(b."financialYear" + 1, 3, 31)) - greatest(${s.start}, make_date(b."financialYear", 4, 1)) + 1)
          / (make_date(b."financialYear" + 1, 4, 1) - make_date(b."financialYear", 4, 1)))), 0)::float8 as budget
      from "CostCentre" cc join "Service" s on s.id = cc."serviceId"
      left join "CostCentreBudget" b on b."costCentreId" = cc.id and b."financialYear" between ${fyFrom}::int and ${fyTo}::int
      where cc."councilId" = ${s.councilId} ${ccFilter}
      group by cc.id, cc.code, cc.name, s.id, s.name
      order by s.name, cc.code`,
    facts,
  ]);
  const rows = budgets
    .map((b) => ({ ...b, spend: spent.byCostCentre.get(b.cc_id)?.spendPence ?? 0, workers: spent.byCostCentre.get(b.cc_id)?.workers ?? 0, has: spent.byCostCentre.has(b.cc_id) }))
    .filter((r) => r.budget > 0 || r.has);
  const line = (budgetPence: number, spendPence: number, workers: number): BudgetLine => ({ budgetPence, spendPence, used: ratio(spendPence, budgetPence), workers });
  const services = new Map<string, { serviceId: string; serviceName: string; budget: number; spend: number }>();
  for (const r of rows) {
    const x = services.get(r.service_id) ?? { serviceId: r.service_id, serviceName: r.service_name, budget: 0, spend: 0 };
    x.budget += r.budget;
    x.spend += r.spend;
    services.set(r.service_id, x);
  }
  // Workers per service and in total are distinct people, so they come from the service rows, not from adding cost centres.
  const people = spent;
  const workersOf = new Map(people.byService.map((x) => [x.serviceId, x.workers]));
  const byService = [...services.values()].map((x) => ({ serviceId: x.serviceId, serviceName: x.serviceName, ...line(x.budget, x.spend, workersOf.get(x.serviceId) ?? 0) }));
  const totalBudget = byService.reduce((a, x) => a + x.budgetPence, 0);
  const totalSpend = byService.reduce((a, x) => a + x.spendPence, 0);
  return {
    costCentres: rows.map((r) => ({
      costCentreId: r.cc_id, code: r.code, name: r.name, serviceId: r.service_id, serviceName: r.service_name, ...line(r.budget, r.spend, r.workers),
    })),
    byService,
    total: line(totalBudget, totalSpend, people.total.workers),
    spendIsPartial: s.narrowedBeyondService,
  };
}

export interface OnContractShare {
  /** false with a role category or campaign filter: off-contract spend is recorded per service only */
  available: boolean;
  onContractPence: number;
  offContractPence: number;
  share: number | null;
}

/** Off-contract agency spend entered for P: each entry pro-rated by the days of its period that fall in P (so far). */
export async function offContractFor(s: MetricScope): Promise<number> {
  const service = s.filters.serviceId ? Prisma.sql` and o."serviceId" = ${s.filters.serviceId}` : Prisma.empty;
  const [row] = await db().$queryRaw<{ off: number }[]>`
    select coalesce(round(sum(o."amountPence"::numeric
      * (least(o."periodEnd", ${s.upto}) - greatest(o."periodStart", ${s.start}) + 1)
      / (o."periodEnd" - o."periodStart" + 1))), 0)::float8 as off
    from "OffContractSpend" o
    where o."councilId" = ${s.councilId} and o."periodStart" <= ${s.upto} and o."periodEnd" >= ${s.start} ${service}`;
  return row.off;
}

export function onContractFrom(s: MetricScope, onContractPence: number, offContractPence: number): OnContractShare {
  if (s.narrowedBeyondService) return { available: false, onContractPence, offContractPence: 0, share: null };
  return { available: true, onContractPence, offContractPence, share: ratio(onContractPence, onContractPence + offContractPence) };
}

export async function onContractShare(viewer: Viewer | null, period: Period, filters: MetricFilters = {}): Promise<OnContractShare> {
  const s = metricScope(viewer, period, filters);
  // On-contract share = spend through the agency (spend()) ÷ (that + off-contract agency spend entered for P).
  const [on, off] = await Promise.all([timesheetFacts(s), s.narrowedBeyondService ? Promise.resolve(0) : offContractFor(s)]);
  return onContractFrom(s, on.total.spendPence, off);
}
