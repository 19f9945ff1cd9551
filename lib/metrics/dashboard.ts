import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { whileUnchanged } from "@/lib/cache/while-unchanged";
import type { PriorityGroup } from "@/lib/generated/prisma/enums";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import type { Period } from "./period";
import { fillRates, timeToFill, timeToFirstShortlist } from "./requisitions";
import { metricScope, type MetricFilters } from "./scope";
import { conversionCountFor, conversionsByQuarter, localFteFrom, localShare, localShareByQuarter, priorityGroupHires } from "./social-value";
import { offContractFor, onContractFrom, spendVsBudgetFor, timesheetFacts } from "./spend";
import { isSmallGroup, suppressCount, suppressFigure, suppressShare } from "./suppress";
import { awrExposure, complianceFrom, retention, workforceFacts } from "./workforce";

/**
 * The board's dashboards as display-ready figures: every metric for the period and filters, run concurrently, with
 * the fewer-than-5 rule applied. The page, the board pack and the CSV downloads all render this one object, so a chart,
 * its table and its CSV always show the same figures. Aggregates only: no names, no records.
 */

/** A figure as shown; `value` is the number plotted (null when suppressed or not applicable). */
export interface Cell {
  display: string;
  value: number | null;
}

export interface Tile {
  id: string;
  label: string;
  cell: Cell;
  /** what the figure counts, in a sentence */
  detail: string;
}

export type ChartUnit = "percent" | "count" | "pounds";

export interface ChartSpec {
  /** the column whose display text names each bar group */
  category: string;
  series: { key: string; name: string }[];
  unit: ChartUnit;
}

export interface BoardTable {
  /** also the CSV name: /board/export/<id> */
  id: string;
  title: string;
  description: string;
  columns: { key: string; header: string; numeric?: boolean }[];
  rows: Record<string, Cell>[];
  chart: ChartSpec | null;
  note?: string;
}

export interface BoardSection {
  id: "social-value" | "performance" | "workforce";
  title: string;
  tiles: Tile[];
  tables: BoardTable[];
}

export interface BoardDashboardView {
  period: Period;
  filters: MetricFilters;
  /** "Adult Social Care · Social care" etc., for captions */
  filterSummary: string | null;
  sections: BoardSection[];
  /** how long the server took to compute every figure, ms */
  elapsedMs: number;
}

export const PRIORITY_GROUP_BOARD_LABEL: Record<PriorityGroup, string> = {
  CARE_LEAVER: "Care leavers",
  LONG_TERM_UNEMPLOYED: "Long-term unemployed",
  NEET_16_24: "Aged 16 to 24, not in work, education or training",
  VETERAN: "Armed forces veterans",
  DISABLED: "Disabled people",
};

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
export const pounds = (pence: number) => `${pence < 0 ? "-" : ""}£${integer.format(Math.abs(Math.round(pence / 100)))}`;
const daysText = (d: number) => `${oneDecimal.format(d)} days`;

const text = (display: string, value: number | null = null): Cell => ({ display, value });
const count = (n: number): Cell => ({ display: integer.format(n), value: n });

/** People counted: "fewer than 5" for 1–4. */
function people(n: number): Cell {
  const s = suppressCount(n);
  return s.suppressed ? text(s.display) : { display: s.display, value: n };
}

/** A share of people (part of whole), suppressed when either side or the remainder is 1–4. */
function peopleShare(part: number, whole: number, none = "none"): Cell {
  if (whole === 0) return text(none);
  const s = suppressShare(part, whole);
  if (s.suppressed || !("ratio" in s) || s.ratio === null) return text(s.display);
  return { display: pct(s.ratio), value: s.ratio * 100 };
}

/** A figure about a group of people (money, median, FTE): hidden when the group has 1–4 people. */
function aboutPeople(n: number, display: string, value: number | null): Cell {
  const s = suppressFigure(n, display);
  return s.suppressed ? text(s.display) : { display: s.display, value };
}

/** A share of requisitions or money (not people): never suppressed. */
function plainShare(r: number | null, none: string): Cell {
  return r === null ? text(none) : { display: pct(r), value: r * 100 };
}

export async function boardDashboard(viewer: Viewer | null, period: Period, filters: MetricFilters = {}, labels: { services?: Map<string, string>; campaigns?: Map<string, string> } = {}): Promise<BoardDashboardView> {
  // The same figures for as long as the database has not changed (npm run bench: they cost ~60 ms of database time).
  const s = metricScope(viewer, period, filters); // authorizes metrics.read
  const key = JSON.stringify([s.councilId, period, s.filters, [...(labels.services ?? [])], [...(labels.campaigns ?? [])]]);
  return whileUnchanged(key, () => computeBoardDashboard(viewer, period, filters, labels));
}

async function computeBoardDashboard(viewer: Viewer | null, period: Period, filters: MetricFilters = {}, labels: { services?: Map<string, string>; campaigns?: Map<string, string> } = {}): Promise<BoardDashboardView> {
  const started = performance.now();
  const s = metricScope(viewer, period, filters); // authorizes metrics.read
  const spendP = timesheetFacts(s);
  // Slowest first, so the longest queries start while the pool is free.
  const [money, workforceAll, awr, budget, ttfs, fills, ttf, local, localQ, groups, conv, convQ, ret, off] = await Promise.all([
    spendP,
    workforceFacts(s, true),
    awrExposure(viewer, period, s.filters),
    spendVsBudgetFor(s, spendP),
    timeToFirstShortlist(viewer, period, s.filters),
    fillRates(viewer, period, s.filters),
    timeToFill(viewer, period, s.filters),
    localShare(viewer, period, s.filters),
    localShareByQuarter(viewer, period, s.filters),
    priorityGroupHires(viewer, period, s.filters),
    conversionCountFor(s),
    conversionsByQuarter(viewer, period, s.filters),
    retention(viewer, period, s.filters),
    s.narrowedBeyondService ? Promise.resolve(0) : offContractFor(s),
  ]);
  const active = workforceAll;
  const fte = localFteFrom(workforceAll.total, period);
  const compliance = complianceFrom(workforceAll);
  const onContract = onContractFrom(s, money.total.spendPence, off);

  const socialValue: BoardSection = {
    id: "social-value",
    title: "Social value",
    tiles: [
      {
        id: "local-share",
        label: "Placements of local residents",
        cell: peopleShare(local.local, local.started, "no placements started"),
        detail: `${local.started === 0 ? "No" : isSmallGroup(local.started) ? "Fewer than 5" : integer.format(local.started)} placements started in the period; local means living in the council's area when placed.`,
      },
      {
        id: "local-fte",
        label: "Local people in work (full-time equivalent)",
        cell: aboutPeople(fte.localPeople, oneDecimal.format(fte.localFte), fte.localFte),
        detail: "Average over the period of local workers' weekly hours ÷ 37.",
      },
      {
        id: "priority-group-hires",
        label: "People hired from priority groups",
        cell: people(groups.people),
        detail: "People placed in the period who declared a priority group, in their first year with the agency, each counted once.",
      },
      {
        id: "conversions",
        label: "Temps converted to permanent council jobs",
        cell: people(conv),
        detail: "Conversions completed whose permanent post started in the period.",
      },
      {
        id: "conversion-rate",
        label: "Conversion rate",
        cell: peopleShare(conv, active.total.workers, "no workers"),
        detail: "Conversions ÷ workers on assignment at any time in the period.",
      },
    ],
    tables: [
      {
        id: "local-share-by-quarter",
        title: "Local residents' share of placements started, by quarter",
        description: "A placement counts in the quarter it started, even if it runs on into the next; whether the worker is local is fixed when they are placed.",
        columns: [
          { key: "quarter", header: "Quarter" },
          { key: "started", header: "Placements started", numeric: true },
          { key: "local", header: "Local residents", numeric: true },
          { key: "share", header: "Local share", numeric: true },
        ],
        rows: localQ.map((q) => ({
          quarter: text(q.upto < endOfQuarter(q.start) ? `${q.name} (to date)` : q.name),
          started: people(q.started),
          local: people(q.local),
          share: peopleShare(q.local, q.started, "none started"),
        })),
        chart: { category: "quarter", series: [{ key: "share", name: "Local share" }], unit: "percent" },
      },
      {
        id: "priority-group-hires",
        title: "People hired from priority groups",
        description: "Declared groups are optional and used only in aggregate; each person counts once, under the group recorded when first placed in the period.",
        columns: [
          { key: "group", header: "Priority group" },
          { key: "people", header: "People hired", numeric: true },
        ],
        rows: (Object.keys(PRIORITY_GROUP_BOARD_LABEL) as PriorityGroup[]).map((g) => ({
          group: text(PRIORITY_GROUP_BOARD_LABEL[g]),
          people: people(groups.byGroup.find((x) => x.group === g)?.people ?? 0),
        })),
        chart: { category: "group", series: [{ key: "people", name: "People hired" }], unit: "count" },
      },
      {
        id: "conversions-by-quarter",
        title: "Temps converted to permanent council jobs, by quarter",
        description: "Completed conversions, counted in the quarter the permanent post started.",
        columns: [
          { key: "quarter", header: "Quarter" },
          { key: "conversions", header: "Conversions", numeric: true },
        ],
        rows: convQ.map((q) => ({
          quarter: text(q.upto < endOfQuarter(q.start) ? `${q.name} (to date)` : q.name),
          conversions: people(q.conversions),
        })),
        chart: { category: "quarter", series: [{ key: "conversions", name: "Conversions" }], unit: "count" },
      },
    ],
  };

  const fill = fills.fillRate;
  const hw = fills.headcountWeighted;
  const performance_: BoardSection = {
    id: "performance",
    title: "Performance",
    tiles: [
      {
        id: "fill-rate",
        label: "Fill rate",
        cell: plainShare(fill.total.rate, "none released"),
        detail: `Of ${integer.format(fill.total.released)} requisitions released in the period, ${integer.format(fill.total.filled)} were filled by its end.`,
      },
      {
        id: "headcount-fill-rate",
        label: "Fill rate by positions",
        cell: plainShare(hw.total.rate, "none released"),
        detail: `Of ${integer.format(hw.total.positions)} positions on those requisitions, ${integer.format(hw.total.positionsFilled)} have a placement.`,
      },
      {
        id: "time-to-fill",
        label: "Median time to fill",
        cell: ttf.total.medianDays === null ? text("no placements made") : aboutPeople(ttf.total.count, daysText(ttf.total.medianDays), ttf.total.medianDays),
        detail: "Days from release to the placement being made, for placements made in the period.",
      },
      {
        id: "time-to-shortlist",
        label: "Median time to first shortlist",
        cell: ttfs.medianDays === null ? text("no shortlists sent") : { display: daysText(ttfs.medianDays), value: ttfs.medianDays },
        detail: "Days from release to the first candidate being shortlisted, for requisitions first shortlisted in the period.",
      },
      {
        id: "retention",
        label: "Placements completed as planned",
        cell: peopleShare(ret.retained, ret.finished, "none finished"),
        detail: "Of placements that finished in the period, those that ran to their planned end, were extended, or were converted.",
      },
      {
        id: "spend",
        label: "Spend through the agency",
        cell: aboutPeople(money.total.workers, pounds(money.total.spendPence), money.total.spendPence / 100),
        detail: "Approved timesheet hours × charge rate, for weeks starting in the period.",
      },
      {
        id: "margin",
        label: "Margin retained by the agency",
        cell: aboutPeople(
          money.total.workers,
          `${pounds(money.total.marginPence)}${money.total.spendPence > 0 ? ` (${pct(money.total.marginPence / money.total.spendPence)} of spend)` : ""}`,
          money.total.marginPence / 100,
        ),
        detail: "Charge less pay and employer on-costs, on the same hours.",
      },
      {
        id: "on-contract-share",
        label: "Agency spend through Connect2",
        cell: !onContract.available ? text("not available with this filter") : plainShare(onContract.share, "no agency spend"),
        detail: onContract.available
          ? `Spend through the agency ÷ all agency spend, including ${pounds(onContract.offContractPence)} recorded with other suppliers.`
          : "Spend with other agencies is recorded by service only, so it cannot be split by role category or campaign.",
      },
    ],
    tables: [
      {
        id: "spend-vs-budget",
        title: "Spend against budget by service",
        description: "Budget is each cost centre's agency-staffing budget for the financial year, pro-rated to the days of the period counted so far.",
        columns: [
          { key: "service", header: "Service" },
          { key: "budget", header: "Budget for the period", numeric: true },
          { key: "spend", header: "Spend", numeric: true },
          { key: "used", header: "Share of budget spent", numeric: true },
          { key: "margin", header: "Margin retained", numeric: true },
        ],
        rows: budget.byService.map((b) => {
          const m = money.byService.find((x) => x.serviceId === b.serviceId);
          const workers = m?.workers ?? 0;
          return {
            service: text(b.serviceName),
            budget: { display: pounds(b.budgetPence), value: b.budgetPence / 100 },
            spend: aboutPeople(workers, pounds(b.spendPence), b.spendPence / 100),
            used: b.used === null ? text("no budget") : aboutPeople(workers, pct(b.used), b.used * 100),
            margin: aboutPeople(workers, pounds(m?.marginPence ?? 0), (m?.marginPence ?? 0) / 100),
          };
        }),
        chart: { category: "service", series: [{ key: "budget", name: "Budget for the period" }, { key: "spend", name: "Spend" }], unit: "pounds" },
        note: budget.spendIsPartial ? "With a role category or campaign filter, spend is only the filtered part while budgets cover every role." : undefined,
      },
      {
        id: "spend-by-cost-centre",
        title: "Spend against budget by cost centre",
        description: "The same figures for each cost centre.",
        columns: [
          { key: "costCentre", header: "Cost centre" },
          { key: "service", header: "Service" },
          { key: "budget", header: "Budget for the period", numeric: true },
          { key: "spend", header: "Spend", numeric: true },
          { key: "used", header: "Share of budget spent", numeric: true },
        ],
        rows: budget.costCentres.map((c) => ({
          costCentre: text(`${c.code} ${c.name}`),
          service: text(c.serviceName),
          budget: { display: pounds(c.budgetPence), value: c.budgetPence / 100 },
          spend: aboutPeople(c.workers, pounds(c.spendPence), c.spendPence / 100),
          used: c.used === null ? text("no budget") : aboutPeople(c.workers, pct(c.used), c.used * 100),
        })),
        chart: null,
        note: budget.spendIsPartial ? "With a role category or campaign filter, spend is only the filtered part while budgets cover every role." : undefined,
      },
      {
        id: "fill-by-service",
        title: "Fill rate and time to fill by service",
        description: "Requisitions released in the period and how many were filled by its end; median days to fill for placements made in the period.",
        columns: [
          { key: "service", header: "Service" },
          { key: "released", header: "Requisitions released", numeric: true },
          { key: "filled", header: "Filled", numeric: true },
          { key: "rate", header: "Fill rate", numeric: true },
          { key: "ttf", header: "Median days to fill", numeric: true },
        ],
        rows: serviceUnion(fill.byService, ttf.byService).map(({ serviceId, serviceName }) => {
          const f = fill.byService.find((x) => x.serviceId === serviceId);
          const t = ttf.byService.find((x) => x.serviceId === serviceId);
          return {
            service: text(serviceName),
            released: count(f?.released ?? 0),
            filled: count(f?.filled ?? 0),
            rate: plainShare(f?.rate ?? null, "none released"),
            ttf: t && t.medianDays !== null ? aboutPeople(t.count, oneDecimal.format(t.medianDays), t.medianDays) : text("none made"),
          };
        }),
        chart: { category: "service", series: [{ key: "rate", name: "Fill rate" }], unit: "percent" },
      },
    ],
  };

  const workforce: BoardSection = {
    id: "workforce",
    title: "Workforce",
    tiles: [
      {
        id: "active-temps",
        label: "Temps on assignment",
        cell: people(active.total.workers),
        detail: "People who worked on a placement on any day of the period.",
      },
      {
        id: "awr-exposure",
        label: "Past week 10 of the Agency Workers Regulations clock",
        cell: people(awr.total.exposed),
        detail: `On ${period.upto >= period.start ? formatIso(period.upto) : formatIso(period.start)}: ${people(awr.total.approaching).display} at week 10 or 11, ${people(awr.total.qualified).display} past 12 weeks (equal pay and conditions apply).`,
      },
      {
        id: "compliance",
        label: "Placements with every required check valid",
        cell: peopleShare(compliance.total.compliant, compliance.total.placements, "no placements"),
        detail: "Right to work, DBS at the role's level, references for care roles and professional registration where required, on each placement's last day in the period.",
      },
    ],
    tables: [
      {
        id: "workforce-by-service",
        title: "Temps on assignment, Agency Workers Regulations exposure and compliance by service",
        description: "Workers on assignment at any time in the period; those past week 10 of their AWR clock at its end; placements with every required check valid.",
        columns: [
          { key: "service", header: "Service" },
          { key: "active", header: "Temps on assignment", numeric: true },
          { key: "awr", header: "Past AWR week 10", numeric: true },
          { key: "compliance", header: "Compliant placements", numeric: true },
        ],
        rows: serviceUnion(active.byService, awr.byService, compliance.byService).map(({ serviceId, serviceName }) => {
          const a = active.byService.find((x) => x.serviceId === serviceId);
          const w = awr.byService.find((x) => x.serviceId === serviceId);
          const c = compliance.byService.find((x) => x.serviceId === serviceId);
          return {
            service: text(serviceName),
            active: people(a?.workers ?? 0),
            awr: people(w?.exposed ?? 0),
            compliance: peopleShare(c?.compliant ?? 0, c?.placements ?? 0, "no placements"),
          };
        }),
        chart: { category: "service", series: [{ key: "active", name: "Temps on assignment" }, { key: "awr", name: "Past AWR week 10" }], unit: "count" },
      },
    ],
  };

  const parts: string[] = [];
  if (s.filters.serviceId) parts.push(labels.services?.get(s.filters.serviceId) ?? "one service");
  if (s.filters.roleCategory) parts.push(ROLE_CATEGORY_LABEL[s.filters.roleCategory]);
  if (s.filters.campaignId) parts.push(labels.campaigns?.get(s.filters.campaignId) ?? "one campaign");
  return {
    period,
    filters: s.filters,
    filterSummary: parts.length ? parts.join(", ") : null,
    sections: [socialValue, performance_, workforce],
    elapsedMs: performance.now() - started,
  };
}

function endOfQuarter(start: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 0)).toISOString().slice(0, 10);
}

function formatIso(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** Every service that appears in any of the lists, by name. */
function serviceUnion(...lists: { serviceId: string; serviceName: string }[][]): { serviceId: string; serviceName: string }[] {
  const m = new Map<string, string>();
  for (const l of lists) for (const x of l) m.set(x.serviceId, x.serviceName);
  return [...m.entries()].map(([serviceId, serviceName]) => ({ serviceId, serviceName })).sort((a, b) => a.serviceName.localeCompare(b.serviceName));
}

/** Every table of the dashboard, by id (for CSV downloads). */
export function boardTables(view: BoardDashboardView): BoardTable[] {
  return view.sections.flatMap((s) => s.tables);
}

/** The headline figures as a table (the "summary" CSV). */
export function headlineTable(view: BoardDashboardView): BoardTable {
  return {
    id: "summary",
    title: "Headline figures",
    description: "Every headline figure on the dashboard.",
    columns: [
      { key: "section", header: "Section" },
      { key: "figure", header: "Figure" },
      { key: "value", header: "Value", numeric: true },
      { key: "detail", header: "What it counts" },
    ],
    rows: view.sections.flatMap((s) => s.tiles.map((t) => ({ section: text(s.title), figure: text(t.label), value: t.cell, detail: text(t.detail) }))),
    chart: null,
  };
}
