/**
 * Benchmark requisitions over five years: dates and status from the age of each requisition, priced from
 * the rate card, with approvals (two steps above £25,000) and a status-history row for every transition.
 */
import { chargeRateFor } from "../../lib/ratecards/estimate";
import type { Bulk, Value } from "./bulk";
import { isoDay, nextMondayDay, stamp } from "./bulk";
import { JOB_TEMPLATES, LUTON_SERVICES, type JobTemplate } from "./jobs";
import { approversFor, type LargeContext } from "./large-context";

export type LargeKind = "draft" | "submitted" | "declined" | "approved" | "open" | "cancelled" | "unfilled" | "filled" | "none";

export interface LargeReq {
  id: string;
  template: JobTemplate;
  serviceId: string;
  headcount: number;
  hours: number;
  start: number;
  end: number;
  payMin: number;
  payMax: number;
  kind: LargeKind;
  status: string;
  opened: number | null;
  closing: number | null;
  /** last day an application can move (filled date, closed date or yesterday) */
  recruitEnd: number;
  raiser: string;
  placements: number;
}

const THRESHOLD = 2_500_000;
const SERVICE_NAMES = new Map(LUTON_SERVICES.map((s) => [s.code, s.name]));

export async function generateRequisitions(ctx: LargeContext, out: { req: Bulk; approval: Bulk; history: Bulk }): Promise<LargeReq[]> {
  const { rng, today: T } = ctx;
  const count = Math.max(1, Math.round(10_000 * ctx.scale));
  const span = 5 * 365;
  const weighted = JOB_TEMPLATES.map((t) => [t, t.weight] as const);
  const created = Array.from({ length: count }, () => T - rng.int(7, span)).sort((a, b) => a - b);
  const reqs: LargeReq[] = [];
  let hist = 0;
  for (let i = 0; i < count; i++) {
    const t = rng.weighted(weighted);
    const svc = ctx.services.get(t.service)!;
    const card = ctx.cards.get(`${t.roleCategory}:${t.grade}`)!;
    const id = `lgreq_${String(i + 1).padStart(6, "0")}`;
    const c0 = created[i];
    const age = T - c0;
    const kind: LargeKind = age <= 35
      ? rng.weighted([["draft", 8], ["submitted", 12], ["declined", 4], ["approved", 8], ["open", 64], ["cancelled", 4]] as const)
      : rng.weighted([["declined", 4], ["cancelled", 5], ["unfilled", 6], ["filled", 85]] as const);
    const headcount = rng.weighted([[1, 25], [2, 30], [3, 25], [4, 12], [5, 8]] as const);
    const hours = rng.pick(t.hours);
    const spanPay = card.payMaxPence - card.payMinPence;
    const payMin = card.payMinPence + Math.round(rng.int(0, Math.floor(spanPay * 0.5)) / 5) * 5;
    const payMax = Math.min(card.payMaxPence, payMin + Math.round(rng.int(0, Math.floor(spanPay * 0.5)) / 5) * 5);
    const charge = chargeRateFor(payMax, card);
    const { raiser, first, second } = approversFor(ctx, svc);
    const cap = (d: number) => Math.min(d, T - 1);
    const submitted = cap(c0 + rng.int(0, 2));
    const firstOn = cap(submitted + rng.int(1, 3));
    let opened: number | null = cap(firstOn + rng.int(1, 4) + 2);
    const closing = opened + rng.int(10, 14);
    let start = kind === "open" ? nextMondayDay(closing + rng.int(7, 14)) : nextMondayDay(opened + rng.int(21, 35));
    if (kind === "draft" || kind === "submitted" || kind === "approved" || kind === "declined" || kind === "cancelled") start = nextMondayDay(c0 + rng.int(28, 50));
    const end = start + rng.int(4, 16) * 7 - 3;
    const weeks = Math.ceil((end - start + 1) / 7);
    const cost = Math.round(charge * hours * weeks * headcount);
    const twoStep = cost > THRESHOLD && second !== null;
    const secondOn = twoStep ? cap(firstOn + rng.int(0, 2)) : null;
    const approvedOn = secondOn ?? firstOn;
    if (opened <= approvedOn) opened = approvedOn + 1;
    const filled = closing + rng.int(1, 5);

    let status = "DRAFT";
    let recruitEnd = T - 1;
    const stamps: Record<string, string | null> = { submittedAt: null, approvedAt: null, openedAt: null, filledAt: null, closedAt: null, cancelledAt: null };
    // Children are buffered until the requisition row itself is queued, so a flush never orphans them.
    const children: Array<[Bulk, Value[]]> = [];
    const history = (from: string | null, to: string, by: string, when: string, note: string) => {
      children.push([out.history, [`lgrsc_${++hist}`, ctx.councilId, id, from, to, note, by, when]]);
    };
    const decide = (row: Value[]) => {
      children.push([out.approval, row]);
    };
    const createdAt = stamp(c0, 9, rng.int(0, 59));
    history(null, "DRAFT", raiser, createdAt, "Raised");
    if (kind !== "draft") {
      stamps.submittedAt = stamp(submitted, 10, rng.int(0, 59));
      history("DRAFT", "SUBMITTED", raiser, stamps.submittedAt, "Submitted for approval");
      status = "SUBMITTED";
    }
    const agency = rng.pick(ctx.agencyUserIds);
    if (kind !== "draft" && kind !== "submitted") {
      const firstAt = stamp(firstOn, 12, rng.int(0, 59));
      const declined = kind === "declined";
      decide([`lgrap_${i + 1}_1`, ctx.councilId, id, 1, "FIRST", declined ? "DECLINED" : "APPROVED", declined ? "No budget left on this cost centre this year." : null, first, firstAt]);
      if (declined) {
        history("SUBMITTED", "DECLINED", first, firstAt, "First approval: declined: No budget left on this cost centre this year.");
        status = "DECLINED";
      } else if (twoStep) {
        const secondAt = stamp(secondOn!, 14, rng.int(0, 59));
        decide([`lgrap_${i + 1}_2`, ctx.councilId, id, 1, "SECOND", "APPROVED", null, second, secondAt]);
        history("SUBMITTED", "APPROVED", second!, secondAt, "Second approval: approved");
        stamps.approvedAt = secondAt;
        status = "APPROVED";
      } else {
        history("SUBMITTED", "APPROVED", first, firstAt, "First approval: approved");
        stamps.approvedAt = firstAt;
        status = "APPROVED";
      }
    }
    const released = (kind === "open" || kind === "unfilled" || kind === "filled") && opened <= T - 1;
    if (released) {
      stamps.openedAt = stamp(opened, 16, rng.int(0, 59));
      history("APPROVED", "OPEN", agency, stamps.openedAt, `Released to the job board; closing date ${isoDay(closing)}`);
      status = "OPEN";
      if (kind === "filled") {
        stamps.filledAt = stamp(filled, 17, rng.int(0, 29));
        history("OPEN", "FILLED", agency, stamps.filledAt, "All posts filled");
        status = "FILLED";
        recruitEnd = filled;
        if (end < T - 1) {
          const closedOn = Math.min(end + rng.int(1, 7), T - 1);
          stamps.closedAt = stamp(closedOn, 17, rng.int(30, 59));
          history("FILLED", "CLOSED", agency, stamps.closedAt, "Closed: all placements have ended");
          status = "CLOSED";
        }
      } else if (kind === "unfilled") {
        const closedOn = Math.min(closing + rng.int(3, 10), T - 1);
        stamps.closedAt = stamp(closedOn, 17, rng.int(0, 59));
        history("OPEN", "CLOSED", agency, stamps.closedAt, "Closed: the closing date passed with no suitable candidates");
        status = "CLOSED";
        recruitEnd = closedOn;
      }
    }
    if (kind === "cancelled") {
      const on = Math.min(approvedOn + rng.int(2, 10), T - 1);
      stamps.cancelledAt = stamp(on, 17, rng.int(0, 59));
      history(status, "CANCELLED", raiser, stamps.cancelledAt, "Cancelled by the service: the permanent post has been filled");
      status = "CANCELLED";
    }
    const open = stamps.openedAt !== null;
    const last = [stamps.cancelledAt, stamps.closedAt, stamps.filledAt, stamps.openedAt, stamps.approvedAt, stamps.submittedAt, createdAt].find((x) => x !== null)!;
    await out.req.push([
      id, ctx.councilId, `LUT-REQ-${String(ctx.nextRequisitionNo + i).padStart(4, "0")}`, t.title, svc.id, svc.costCentreIds[t.costCentre] ?? svc.costCentreIds[0],
      t.grade, t.roleCategory, rng.weighted([["VACANCY_COVER", 45], ["SICKNESS_MATERNITY_COVER", 20], ["PROJECT", 10], ["PEAK_DEMAND", 15]] as const),
      headcount, hours, isoDay(start), isoDay(end), payMin, payMax, charge, cost, t.dbsLevel, t.registration, t.roleCategory === "MANAGEMENT", t.duties,
      open ? `Connect2Luton is recruiting for Luton Borough Council's ${SERVICE_NAMES.get(t.service)} team. ${t.duties}` : null,
      open ? "Luton Town Hall, George Street, LU1 2BQ" : null, open ? isoDay(closing) : null, status, twoStep, kind === "draft" ? 0 : 1, raiser,
      stamps.submittedAt, stamps.approvedAt, stamps.openedAt, stamps.filledAt, stamps.closedAt, stamps.cancelledAt, createdAt, last,
    ]);
    for (const [bulk, row] of children) await bulk.push(row);
    reqs.push({
      id, template: t, serviceId: svc.id, headcount, hours, start, end, payMin, payMax, kind: open ? kind : "none",
      status, opened: open ? opened : null, closing: open ? closing : null, recruitEnd, raiser, placements: status === "FILLED" || (status === "CLOSED" && kind === "filled") ? headcount : 0,
    });
  }
  return reqs;
}

export const REQUISITION_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["reference", "text"], ["jobTitle", "text"], ["serviceId", "text"], ["costCentreId", "text"],
  ["grade", "text"], ["roleCategory", '"RoleCategory"'], ["reason", '"RequisitionReason"'], ["headcount", "int"], ["hoursPerWeek", "numeric"],
  ["startDate", "date"], ["expectedEndDate", "date"], ["payRateMinPence", "int"], ["payRateMaxPence", "int"], ["chargeRatePence", "int"],
  ["estimatedCostPence", "int"], ["dbsLevel", '"DbsLevel"'], ["registrationRequired", "text"], ["limitedCompanyAllowed", "boolean"], ["duties", "text"],
  ["advertText", "text"], ["location", "text"], ["closingDate", "date"], ["status", '"RequisitionStatus"'], ["requiresSecondApproval", "boolean"],
  ["submissionCount", "int"], ["raisedById", "text"], ["submittedAt", "timestamp"], ["approvedAt", "timestamp"], ["openedAt", "timestamp"],
  ["filledAt", "timestamp"], ["closedAt", "timestamp"], ["cancelledAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
];
export const APPROVAL_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["requisitionId", "text"], ["submissionNo", "int"], ["step", '"ApprovalStep"'],
  ["decision", '"ApprovalDecision"'], ["reason", "text"], ["decidedById", "text"], ["decidedAt", "timestamp"],
];
export const HISTORY_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["requisitionId", "text"], ["fromStatus", '"RequisitionStatus"'], ["toStatus", '"RequisitionStatus"'],
  ["note", "text"], ["changedById", "text"], ["changedAt", "timestamp"],
];
