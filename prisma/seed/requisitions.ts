/**
 * Requisitions in every status over the last 18 months (Luton) plus a handful for Dudley: priced from the
 * rate card, with approvals, status history and audit events consistent with their dates.
 */
import { chargeRateFor, estimateCost } from "../../lib/ratecards/estimate";
import type { RequisitionReason } from "../../lib/generated/prisma/enums";
import type { CouncilInfo, CouncilKey, Ctx, RequisitionInfo, ServiceInfo } from "./context";
import { chargeBand, DUDLEY_TEMPLATES, JOB_TEMPLATES, RATE_CARDS, type JobTemplate } from "./jobs";
import { addDays, pad, type Iso } from "./prng";
import { campaignYears, timelineFor, type PlanItem, type Timeline } from "./timeline";
import { writeRequisitionRows } from "./requisition-rows";

const n = (k: number, item: PlanItem): PlanItem[] => Array.from({ length: k }, () => ({ ...item }));

const LUTON_PLAN: readonly PlanItem[] = [
  ...n(3, { status: "DRAFT", variant: "plain" }),
  { status: "SUBMITTED", variant: "asc-first", template: "support-worker", headcount: 1 },
  { status: "SUBMITTED", variant: "asc-second", template: "senior-care-worker", headcount: 3 },
  ...n(3, { status: "SUBMITTED", variant: "plain" }),
  ...n(2, { status: "DECLINED", variant: "plain" }),
  { status: "DECLINED", variant: "second-step", template: "asw", headcount: 2 },
  ...n(2, { status: "APPROVED", variant: "plain" }),
  { status: "OPEN", variant: "live", template: "support-worker", headcount: 3, stages: ["SHORTLISTED", "SHORTLISTED", "SCREENED", "APPLIED", "REJECTED"] },
  { status: "OPEN", variant: "live", template: "reablement-worker", headcount: 2, stages: ["SHORTLISTED", "OFFERED", "APPLIED", "WITHDRAWN"] },
  { status: "OPEN", variant: "live", template: "senior-care-worker", headcount: 2, stages: ["SHORTLISTED", "INTERVIEW", "OFFERED", "APPLIED"] },
  { status: "OPEN", variant: "live", template: "support-worker", headcount: 4, stages: ["APPLIED", "APPLIED", "SCREENED", "SHORTLISTED"] },
  ...n(9, { status: "OPEN", variant: "live" }),
  ...n(4, { status: "OPEN", variant: "stale" }),
  { status: "FILLED", variant: "jordan", template: "support-worker", headcount: 3 },
  ...n(3, { status: "FILLED", variant: "pending" }),
  { status: "FILLED", variant: "active", template: "asc-tm", headcount: 1 },
  ...n(11, { status: "FILLED", variant: "active" }),
  ...n(5, { status: "CLOSED", variant: "ended" }),
  { status: "CLOSED", variant: "neighbourhood", template: "refuse", headcount: 4 },
  { status: "CLOSED", variant: "neighbourhood", template: "street-cleansing", headcount: 3 },
  { status: "CLOSED", variant: "partial" },
  ...n(2, { status: "CLOSED", variant: "unfilled" }),
  ...n(2, { status: "CANCELLED", variant: "after-approval" }),
  { status: "CANCELLED", variant: "after-open" },
  { status: "CANCELLED", variant: "while-submitted" },
];

const DUDLEY_PLAN: readonly PlanItem[] = [
  { status: "OPEN", variant: "live", template: "d-support-worker", headcount: 1, stages: ["SHORTLISTED", "APPLIED"] },
  { status: "OPEN", variant: "live", template: "d-refuse", headcount: 1, stages: ["APPLIED", "SCREENED"] },
  { status: "FILLED", variant: "recent", template: "d-support-worker", headcount: 1 },
  { status: "SUBMITTED", variant: "plain", template: "d-sw-cin", headcount: 1 },
  { status: "CLOSED", variant: "ended", template: "d-refuse", headcount: 1 },
  { status: "DRAFT", variant: "plain", template: "d-support-worker", headcount: 1 },
];

const LOCATIONS: Readonly<Record<string, readonly string[]>> = {
  ASC: ["Luton Town Hall, George Street, LU1 2BQ", "Community-based across Luton, team base at Luton Town Hall, George Street, LU1 2BQ"],
  CHS: ["Luton Town Hall, George Street, LU1 2BQ"],
  HOU: ["Luton Town Hall, George Street, LU1 2BQ"],
  PLN: ["Luton Town Hall, George Street, LU1 2BQ (hybrid working)"],
  NBS: ["Kingsway Depot, Kingsway, Luton", "Kingsway Depot, Kingsway, Luton (rounds across the borough)"],
  CAT: ["Primary schools across Luton (one school for the whole assignment)"],
  CUS: ["Customer Service Centre, Luton Town Hall, George Street, LU1 2BQ"],
  PHL: ["Luton Town Hall, George Street, LU1 2BQ"],
  DUDLEY: ["Council House, Priory Road, Dudley, DY1 1HF"],
};

function pounds(p: number): string {
  return `£${(p / 100).toFixed(2)}`;
}

function longDate(iso: Iso): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

function advert(c: CouncilInfo, t: JobTemplate, service: ServiceInfo, r: { headcount: number; hours: number; payMin: number; payMax: number; start: Iso; end: Iso }): string {
  const council = c.key === "luton" ? "Luton Borough Council" : "Dudley Council";
  const agency = c.key === "luton" ? "Connect2Luton" : "Connect2Dudley";
  const pay = r.payMin === r.payMax ? `${pounds(r.payMin)} an hour` : `${pounds(r.payMin)} to ${pounds(r.payMax)} an hour`;
  const who = r.headcount > 1 ? `${r.headcount} ${t.title}s` : `a ${t.title}`;
  return `${agency} is looking for ${who} to join ${council}'s ${service.name} team on a temporary assignment from ${longDate(r.start)} to ${longDate(r.end)}. ` +
    `${r.hours} hours a week, paid weekly at ${pay}, with holiday pay. ${t.duties}\n\n` +
    `We welcome applications from local residents and from people returning to work, leaving care or leaving the armed forces. ` +
    `Many of our temporary workers go on to permanent jobs with the council.`;
}

interface Draft {
  item: PlanItem;
  c: CouncilInfo;
  t: JobTemplate;
  service: ServiceInfo;
  raisedById: string;
  headcount: number;
  hours: number;
  payMin: number;
  payMax: number;
  charge: number;
  cost: number;
  twoStep: boolean;
  tl: Timeline;
}

function priceAndDate(ctx: Ctx, c: CouncilInfo, item: PlanItem, templates: readonly JobTemplate[]): Draft {
  const { rng } = ctx;
  const t = item.template ? templates.find((x) => x.key === item.template)! : rng.weighted(templates.map((x) => [x, x.weight] as const));
  const service = c.services.find((s) => s.code === t.service)!;
  const card = RATE_CARDS.find((r) => r.roleCategory === t.roleCategory && r.grade === t.grade)!;
  const span = card.payMaxPence - card.payMinPence;
  const payMin = card.payMinPence + Math.round((rng.int(0, Math.floor(span * 0.5)) / 5)) * 5;
  const payMax = Math.min(card.payMaxPence, payMin + Math.round((rng.int(0, Math.floor(span * 0.5)) / 5)) * 5);
  const charge = chargeRateFor(payMax, { payMinPence: card.payMinPence, payMaxPence: card.payMaxPence, ...chargeBand(card) });
  // Filled and closed requisitions lean to the larger teams (care rounds, refuse crews), as in practice.
  const big = item.status === "FILLED" || item.status === "CLOSED";
  let headcount = item.headcount ?? rng.int(big ? Math.ceil((t.headcount[0] + t.headcount[1]) / 2) : t.headcount[0], t.headcount[1]);
  if ((item.variant === "stale" || item.variant === "partial") && headcount < 2) headcount = 2;
  const hours = rng.pick(t.hours);
  const costOf = (start: Iso, end: Iso) => estimateCost({ chargeRatePence: charge, hoursPerWeek: hours, startDate: start, endDate: end, headcount })!.costPence;
  const threshold = 2_500_000;
  const dudley = c.key === "dudley";
  const tl = timelineFor(rng, item, ctx.today, (s, e) => !dudley && costOf(s, e) > threshold);
  // Dudley's two managers cannot give three distinct people for a two-step approval: keep its requisitions small.
  while (dudley && costOf(tl.start, tl.end) > threshold) tl.end = addDays(tl.end, -7);
  const cost = costOf(tl.start, tl.end);
  const twoStep = cost > threshold;
  const raisers = service.members.filter((m) => m.budgetHolder);
  let raisedById = rng.pick(raisers).userId;
  if (item.variant === "asc-first") raisedById = "usr_luton_david_okafor";
  if (item.variant === "asc-second") raisedById = "usr_luton_joanne_fletcher";
  return { item, c, t, service, raisedById, headcount, hours, payMin, payMax, charge, cost, twoStep, tl };
}

function placementsFor(ctx: Ctx, d: Draft): number {
  const { status, variant } = d.item;
  if (status === "FILLED") return d.headcount;
  if (status === "CLOSED") return variant === "unfilled" ? 0 : variant === "partial" ? d.headcount - 1 : d.headcount;
  if (status === "OPEN" && variant === "stale") return d.headcount - 1;
  if (status === "OPEN" && d.item.template === "support-worker" && d.headcount === 4) return 1;
  if (status === "OPEN" && !d.item.stages && d.headcount >= 3 && ctx.rng.chance(0.4)) return 1;
  return 0;
}

function reasonFor(ctx: Ctx, d: Draft, campaignId: string | null): RequisitionReason {
  if (campaignId) return "CAMPAIGN";
  return ctx.rng.weighted([["VACANCY_COVER", 45], ["SICKNESS_MATERNITY_COVER", 20], ["PROJECT", 10], ["PEAK_DEMAND", 15]] as const);
}

function campaignFor(ctx: Ctx, d: Draft): string | null {
  const { c, t, tl } = d;
  if (d.item.variant === "neighbourhood") return c.campaignIds.neighbourhood ?? null;
  // The winter drive (launched mid-September this year) covers care roles in Adult Social Care raised since.
  const { winter } = campaignYears(ctx.today);
  const during = tl.created >= `${winter}-09-08` && tl.created <= `${winter + 1}-02-28`;
  if (c.campaignIds.winter && t.service === "ASC" && t.track === "care" && during && d.item.status !== "DRAFT") {
    return c.campaignIds.winter;
  }
  return null;
}

function buildFor(ctx: Ctx, key: CouncilKey, plan: readonly PlanItem[], templates: readonly JobTemplate[]) {
  const c = ctx.councils[key];
  const drafts = plan.map((item) => priceAndDate(ctx, c, item, templates));
  // Numbered in the order they were raised, like the real reference sequence.
  const ordered = drafts.map((d, i) => ({ d, i })).sort((a, b) => (a.d.tl.created < b.d.tl.created ? -1 : a.d.tl.created > b.d.tl.created ? 1 : a.i - b.i));
  ordered.forEach(({ d }, idx) => {
    const id = `req_${c.prefix.toLowerCase()}_${pad(idx + 1)}`;
    const campaignId = campaignFor(ctx, d);
    const live = d.item.status === "OPEN" && d.item.variant === "live";
    const info: RequisitionInfo = {
      id, councilKey: key, status: d.item.status, template: d.t, service: d.service, raisedById: d.raisedById, headcount: d.headcount,
      hoursPerWeek: d.hours, startDate: d.tl.start, endDate: d.tl.end, payMin: d.payMin, payMax: d.payMax, charge: d.charge, tl: d.tl,
      placements: placementsFor(ctx, d), extraStages: d.item.stages ?? [], live, forJordan: d.item.variant === "jordan",
      row: {
        id, councilId: c.id, reference: `${c.prefix}-REQ-${pad(idx + 1)}`, jobTitle: d.t.title, serviceId: d.service.id,
        costCentreId: d.service.costCentreIds[d.t.costCentre] ?? d.service.costCentreIds[0], campaignId, grade: d.t.grade,
        roleCategory: d.t.roleCategory, reason: reasonFor(ctx, d, campaignId), headcount: d.headcount, hoursPerWeek: d.hours,
        startDate: new Date(`${d.tl.start}T00:00:00Z`), expectedEndDate: new Date(`${d.tl.end}T00:00:00Z`),
        payRateMinPence: d.payMin, payRateMaxPence: d.payMax, chargeRatePence: d.charge, estimatedCostPence: d.cost,
        dbsLevel: d.t.dbsLevel, registrationRequired: d.t.registration, limitedCompanyAllowed: d.t.roleCategory === "MANAGEMENT",
        duties: d.t.duties, status: d.item.status, requiresSecondApproval: d.twoStep, submissionCount: d.tl.submitted ? 1 : 0,
        raisedById: d.raisedById,
      },
    };
    if (d.tl.opened) {
      info.row.advertText = advert(c, d.t, d.service, { headcount: d.headcount, hours: d.hours, payMin: d.payMin, payMax: d.payMax, start: d.tl.start, end: d.tl.end });
      info.row.location = ctx.rng.pick(LOCATIONS[key === "dudley" ? "DUDLEY" : d.t.service]);
      info.row.closingDate = new Date(`${d.tl.closing}T00:00:00Z`);
    }
    writeRequisitionRows(ctx, c, info, d.item.variant);
    ctx.requisitions.push(info);
    ctx.rows.requisition.push(info.row);
  });
}

export function buildRequisitions(ctx: Ctx) {
  buildFor(ctx, "luton", LUTON_PLAN, JOB_TEMPLATES);
  buildFor(ctx, "dudley", DUDLEY_PLAN, DUDLEY_TEMPLATES);
}
