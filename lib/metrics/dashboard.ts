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
import { isSmallGroup, protectCells, suppressFigure, suppressShare, WITHHELD, WITHHELD_NOTE, type CellState, type SumSet } from "./suppress";
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

/**
 * The cells of one protection run (secondary suppression, ./suppress.ts): add every figure, say which add up to which,
 * then read each one's state. People counts are small at 1–4; amounts are small when 1–4 people are behind them.
 */
class Breakdown {
  private cells: { value: number; small: boolean }[] = [];
  private sums: SumSet[] = [];
  private states: CellState[] | null = null;
  constructor(private readonly kind: "people" | "amount") {}
  add(value: number, people = value): number {
    this.cells.push({ value, small: isSmallGroup(people) });
    return this.cells.length - 1;
  }
  sum(parts: number[], total: number): void {
    if (parts.length) this.sums.push({ parts, total });
  }
  state(i: number): CellState {
    this.states ??= protectCells({ cells: this.cells, sums: this.sums, kind: this.kind });
    return this.states[i];
  }
  /** true when some cell of the run is withheld (the table then explains the word) */
  anyWithheld(indexes: number[]): boolean {
    return indexes.some((i) => this.state(i) === "withheld");
  }
}

/** A figure whose state a Breakdown decided. */
function guarded(state: CellState, display: string, value: number | null): Cell {
  if (state === "small") return text("fewer than 5");
  if (state === "withheld") return text(WITHHELD);
  return { display, value };
}

/** A share whose part, whole and remainder each have a state: shown only when all three are. */
function guardedShare(part: number, whole: number, states: CellState[], none: string): Cell {
  if (whole === 0) return text(none);
  if (states.includes("small")) return text("fewer than 5");
  if (states.includes("withheld")) return text(WITHHELD);
  return { display: pct(part / whole), value: (part / whole) * 100 };
}

/** A people count as a phrase in a sentence ("Fewer than 5", "withheld", "12"). */
function countPhrase(n: number, state: CellState, zero = "No"): string {
  if (n === 0) return zero;
  if (state === "small") return "Fewer than 5";
  if (state === "withheld") return "A withheld number of";
  return integer.format(n);
}

/** The quarter rows that exactly make up the period (a year's four quarters, or the one quarter), else none. */
function rowsMakingUp<T extends { start: string; upto: string }>(rows: T[], period: Period): T[] {
  const inside = rows.filter((q) => q.start >= period.start && q.upto <= period.upto);
  if (!inside.length || inside[0].start !== period.start || inside[inside.length - 1].upto !== period.upto) return [];
  return inside;
}

const withNote = (note: string | undefined, withheld: boolean) => (withheld ? (note ? `${note} ${WITHHELD_NOTE}` : WITHHELD_NOTE) : note);

export async function boardDashboard(viewer: Viewer | null, period: Period, filters: MetricFilters = {}, labels: { services?: Map<string, string>; campaigns?: Map<string, string> } = {}): Promise<BoardDashboardView> {
  // The same figures for as long as the database has not changed (npm run bench:metrics: ~50–100 ms to work out afresh).
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

  // Secondary suppression (./suppress.ts): every set of people counts that adds up to a figure shown elsewhere.
  // Local share: placements started = local + not local, per quarter and for the period; the quarters that make up the
  // period add up to the tile's figures (the number started is in its sentence, the local number follows from its share).
  const sv = new Breakdown("people");
  const startedT = sv.add(local.started);
  const localT = sv.add(local.local);
  const notLocalT = sv.add(local.started - local.local);
  sv.sum([localT, notLocalT], startedT);
  const quarterCells = localQ.map((q) => {
    const started = sv.add(q.started);
    const loc = sv.add(q.local);
    const notLocal = sv.add(q.started - q.local);
    sv.sum([loc, notLocal], started);
    return { q, started, local: loc, notLocal };
  });
  const localInP = rowsMakingUp(quarterCells.map((c) => ({ ...c, start: c.q.start, upto: c.q.upto })), period);
  sv.sum(localInP.map((c) => c.started), startedT);
  sv.sum(localInP.map((c) => c.local), localT);
  // Priority groups: each person once, under one group, so the groups add up to the tile.
  const groupKeys = Object.keys(PRIORITY_GROUP_BOARD_LABEL) as PriorityGroup[];
  const groupsT = sv.add(groups.people);
  const groupCells = groupKeys.map((g) => sv.add(groups.byGroup.find((x) => x.group === g)?.people ?? 0));
  sv.sum(groupCells, groupsT);
  // Conversions: the quarters that make up the period add up to the tile.
  const convT = sv.add(conv);
  const convCells = convQ.map((q) => ({ q, i: sv.add(q.conversions) }));
  sv.sum(rowsMakingUp(convCells.map((c) => ({ ...c, start: c.q.start, upto: c.q.upto })), period).map((c) => c.i), convT);
  const localShareStates = [startedT, localT, notLocalT].map((i) => sv.state(i));

  const socialValue: BoardSection = {
    id: "social-value",
    title: "Social value",
    tiles: [
      {
        id: "local-share",
        label: "Placements of local residents",
        cell: guardedShare(local.local, local.started, localShareStates, "no placements started"),
        detail: `${countPhrase(local.started, sv.state(startedT))} placements started in the period; local means living in the council's area when placed.`,
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
        cell: guarded(sv.state(groupsT), integer.format(groups.people), groups.people),
        detail: "People placed in the period who declared a priority group, in their first year with the agency, each counted once.",
      },
      {
        id: "conversions",
        label: "Temps converted to permanent council jobs",
        cell: guarded(sv.state(convT), integer.format(conv), conv),
        detail: "Conversions completed whose permanent post started in the period.",
      },
      {
        id: "conversion-rate",
        label: "Conversion rate",
        cell: sv.state(convT) === "withheld" ? text(WITHHELD) : peopleShare(conv, active.total.workers, "no workers"),
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
        rows: quarterCells.map(({ q, started, local: loc, notLocal }) => ({
          quarter: text(q.upto < endOfQuarter(q.start) ? `${q.name} (to date)` : q.name),
          started: guarded(sv.state(started), integer.format(q.started), q.started),
          local: guarded(sv.state(loc), integer.format(q.local), q.local),
          share: guardedShare(q.local, q.started, [started, loc, notLocal].map((i) => sv.state(i)), "none started"),
        })),
        chart: { category: "quarter", series: [{ key: "share", name: "Local share" }], unit: "percent" },
        note: withNote(undefined, sv.anyWithheld(quarterCells.flatMap((c) => [c.started, c.local]))),
      },
      {
        id: "priority-group-hires",
        title: "People hired from priority groups",
        description: "Declared groups are optional and used only in aggregate; each person counts once, under the group recorded when first placed in the period.",
        columns: [
          { key: "group", header: "Priority group" },
          { key: "people", header: "People hired", numeric: true },
        ],
        rows: groupKeys.map((g, n) => {
          const count_ = groups.byGroup.find((x) => x.group === g)?.people ?? 0;
          return { group: text(PRIORITY_GROUP_BOARD_LABEL[g]), people: guarded(sv.state(groupCells[n]), integer.format(count_), count_) };
        }),
        chart: { category: "group", series: [{ key: "people", name: "People hired" }], unit: "count" },
        note: withNote(undefined, sv.anyWithheld(groupCells)),
      },
      {
        id: "conversions-by-quarter",
        title: "Temps converted to permanent council jobs, by quarter",
        description: "Completed conversions, counted in the quarter the permanent post started.",
        columns: [
          { key: "quarter", header: "Quarter" },
          { key: "conversions", header: "Conversions", numeric: true },
        ],
        rows: convCells.map(({ q, i }) => ({
          quarter: text(q.upto < endOfQuarter(q.start) ? `${q.name} (to date)` : q.name),
          conversions: guarded(sv.state(i), integer.format(q.conversions), q.conversions),
        })),
        chart: { category: "quarter", series: [{ key: "conversions", name: "Conversions" }], unit: "count" },
        note: withNote(undefined, sv.anyWithheld(convCells.map((c) => c.i))),
      },
    ],
  };

  const fill = fills.fillRate;
  const hw = fills.headcountWeighted;
  // Money about 1–4 people is hidden; cost centres add up to their service, services to the tile (margin and the share
  // of budget follow spend). The on-contract share and the off-contract amount beside it would give spend away, so the
  // share follows the spend tile too.
  const mo = new Breakdown("amount");
  const spendT = mo.add(money.total.spendPence, money.total.workers);
  const serviceSpend = new Map(budget.byService.map((b) => [b.serviceId, mo.add(b.spendPence, money.byService.find((x) => x.serviceId === b.serviceId)?.workers ?? 0)]));
  mo.sum([...serviceSpend.values()], spendT);
  const ccSpend = budget.costCentres.map((c) => mo.add(c.spendPence, c.workers));
  for (const [serviceId, total] of serviceSpend) mo.sum(budget.costCentres.flatMap((c, n) => (c.serviceId === serviceId ? [ccSpend[n]] : [])), total);
  mo.sum(ccSpend, spendT);
  const spendState = mo.state(spendT);

  const performance_: BoardSection = {
    id: "performance",
    title: "Performance",
    tiles: [
      {
        id: "fill-rate",
        label: "Fill rate",
        cell: plainShare(fill.total.rate, "none released"),
        detail: `Requisitions filled in the period (${integer.format(fill.total.filled)}, whenever released) ÷ requisitions released in it (${integer.format(fill.total.released)}); fills of earlier releases can take it over 100%.`,
      },
      {
        id: "headcount-fill-rate",
        label: "Fill rate by positions",
        cell: plainShare(hw.total.rate, "none released"),
        detail: `The same weighted by headcount: ${integer.format(hw.total.positionsFilled)} positions on requisitions filled in the period ÷ ${integer.format(hw.total.positions)} positions on requisitions released in it.`,
      },
      {
        id: "cohort-fill-rate",
        label: "Released in the period and filled by its end",
        cell: plainShare(fill.total.cohortRate, "none released"),
        detail: `Of the ${integer.format(fill.total.released)} requisitions released in the period, ${integer.format(fill.total.releasedAndFilled)} were filled by its end.`,
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
        cell: guarded(spendState, pounds(money.total.spendPence), money.total.spendPence / 100),
        detail: "Approved timesheet hours × charge rate, for weeks starting in the period.",
      },
      {
        id: "margin",
        label: "Margin retained by the agency",
        cell: guarded(
          spendState,
          `${pounds(money.total.marginPence)}${money.total.spendPence > 0 ? ` (${pct(money.total.marginPence / money.total.spendPence)} of spend)` : ""}`,
          money.total.marginPence / 100,
        ),
        detail: "Charge less pay and employer on-costs, on the same hours.",
      },
      {
        id: "on-contract-share",
        label: "Agency spend through Connect2",
        cell: !onContract.available
          ? text("not available with this filter")
          : onContract.share === null ? text("no agency spend") : guarded(spendState, pct(onContract.share), onContract.share * 100),
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
          const st = mo.state(serviceSpend.get(b.serviceId)!);
          return {
            service: text(b.serviceName),
            budget: { display: pounds(b.budgetPence), value: b.budgetPence / 100 },
            spend: guarded(st, pounds(b.spendPence), b.spendPence / 100),
            used: b.used === null ? text("no budget") : guarded(st, pct(b.used), b.used * 100),
            margin: guarded(st, pounds(m?.marginPence ?? 0), (m?.marginPence ?? 0) / 100),
          };
        }),
        chart: { category: "service", series: [{ key: "budget", name: "Budget for the period" }, { key: "spend", name: "Spend" }], unit: "pounds" },
        note: withNote(
          budget.spendIsPartial ? "With a role category or campaign filter, spend is only the filtered part while budgets cover every role." : undefined,
          mo.anyWithheld([...serviceSpend.values()]),
        ),
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
        rows: budget.costCentres.map((c, n) => ({
          costCentre: text(`${c.code} ${c.name}`),
          service: text(c.serviceName),
          budget: { display: pounds(c.budgetPence), value: c.budgetPence / 100 },
          spend: guarded(mo.state(ccSpend[n]), pounds(c.spendPence), c.spendPence / 100),
          used: c.used === null ? text("no budget") : guarded(mo.state(ccSpend[n]), pct(c.used), c.used * 100),
        })),
        chart: null,
        note: withNote(
          budget.spendIsPartial ? "With a role category or campaign filter, spend is only the filtered part while budgets cover every role." : undefined,
          mo.anyWithheld(ccSpend),
        ),
      },
      {
        id: "fill-by-service",
        title: "Fill rate and time to fill by service",
        description: "Requisitions released in the period; requisitions filled in it, whenever released; fill rate = filled ÷ released; of those released in the period, how many were filled by its end; median days to fill for placements made in the period.",
        columns: [
          { key: "service", header: "Service" },
          { key: "released", header: "Requisitions released", numeric: true },
          { key: "filled", header: "Requisitions filled", numeric: true },
          { key: "rate", header: "Fill rate", numeric: true },
          { key: "releasedAndFilled", header: "Released and filled by the end", numeric: true },
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
            releasedAndFilled: count(f?.releasedAndFilled ?? 0),
            ttf: t && t.medianDays !== null ? aboutPeople(t.count, oneDecimal.format(t.medianDays), t.medianDays) : text("none made"),
          };
        }),
        chart: { category: "service", series: [{ key: "rate", name: "Fill rate" }], unit: "percent" },
      },
    ],
  };

  // Workers and AWR exposure per service add up to the tiles (a worker placed in two services counts in both, so the
  // sum can only overstate the total), and approaching + qualified make up the exposure tile.
  const wf = new Breakdown("people");
  const wfServices = serviceUnion(active.byService, awr.byService, compliance.byService);
  const activeT = wf.add(active.total.workers);
  const activeCells = wfServices.map(({ serviceId }) => wf.add(active.byService.find((x) => x.serviceId === serviceId)?.workers ?? 0));
  wf.sum(activeCells, activeT);
  const awrT = wf.add(awr.total.exposed);
  const awrCells = wfServices.map(({ serviceId }) => wf.add(awr.byService.find((x) => x.serviceId === serviceId)?.exposed ?? 0));
  wf.sum(awrCells, awrT);
  const approachingT = wf.add(awr.total.approaching);
  const qualifiedT = wf.add(awr.total.qualified);
  wf.sum([approachingT, qualifiedT], awrT);
  const countIn = (i: number, n: number) => (wf.state(i) === "withheld" ? `a ${WITHHELD} number` : guarded(wf.state(i), integer.format(n), n).display);

  const workforce: BoardSection = {
    id: "workforce",
    title: "Workforce",
    tiles: [
      {
        id: "active-temps",
        label: "Temps on assignment",
        cell: guarded(wf.state(activeT), integer.format(active.total.workers), active.total.workers),
        detail: "People who worked on a placement on any day of the period.",
      },
      {
        id: "awr-exposure",
        label: "Past week 10 of the Agency Workers Regulations clock",
        cell: guarded(wf.state(awrT), integer.format(awr.total.exposed), awr.total.exposed),
        detail: `Workers on a placement on ${formatIso(period.upto)} whose 12-week clock (the rule behind managers' alerts: breaks, absences and changes of role included) had reached week 10: ${countIn(approachingT, awr.total.approaching)} at week 10 or 11, ${countIn(qualifiedT, awr.total.qualified)} at 12 weeks or more (equal pay and conditions apply).`,
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
        description: "Workers on assignment at any time in the period; those on a placement at its end who were past week 10 of their AWR clock; placements with every required check valid.",
        columns: [
          { key: "service", header: "Service" },
          { key: "active", header: "Temps on assignment", numeric: true },
          { key: "awr", header: "Past AWR week 10", numeric: true },
          { key: "compliance", header: "Compliant placements", numeric: true },
        ],
        rows: wfServices.map(({ serviceId, serviceName }, n) => {
          const a = active.byService.find((x) => x.serviceId === serviceId)?.workers ?? 0;
          const w = awr.byService.find((x) => x.serviceId === serviceId)?.exposed ?? 0;
          const c = compliance.byService.find((x) => x.serviceId === serviceId);
          return {
            service: text(serviceName),
            active: guarded(wf.state(activeCells[n]), integer.format(a), a),
            awr: guarded(wf.state(awrCells[n]), integer.format(w), w),
            compliance: peopleShare(c?.compliant ?? 0, c?.placements ?? 0, "no placements"),
          };
        }),
        chart: { category: "service", series: [{ key: "active", name: "Temps on assignment" }, { key: "awr", name: "Past AWR week 10" }], unit: "count" },
        note: withNote(undefined, wf.anyWithheld([...activeCells, ...awrCells])),
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
