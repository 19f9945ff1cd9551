/**
 * A requisition's timestamps, approval decisions, status history and audit events, from its timeline.
 * Times of day keep same-day events in order: raised 09:xx, submitted 10–11, first approval 12–13,
 * second approval 14–15, released 16:xx, filled/closed/cancelled 17:xx.
 */
import type { RequisitionStatus } from "../../lib/generated/prisma/enums";
import { audit, memberWith, type CouncilInfo, type Ctx, type RequisitionInfo } from "./context";
import { DECLINE_REASONS } from "./data";
import { at } from "./prng";
import type { Variant } from "./timeline";

const CANCEL_REASONS = [
  "the permanent post has been filled internally",
  "the team restructure removed the need for cover",
  "the postholder is returning from sickness absence earlier than expected",
];

export function writeRequisitionRows(ctx: Ctx, c: CouncilInfo, info: RequisitionInfo, variant: Variant) {
  const { rng, rows } = ctx;
  const { tl, row } = info;
  const agency = rng.pick(c.agencyUserIds);
  const raiser = info.raisedById;
  let k = 0;
  let last: Date;
  const history = (from: RequisitionStatus | null, to: RequisitionStatus, by: string, when: Date, note: string) => {
    rows.requisitionStatusChange.push({ id: `rsc_${info.id.slice(4)}_${++k}`, councilId: c.id, requisitionId: info.id, fromStatus: from, toStatus: to, note, changedById: by, changedAt: when });
    last = when;
  };
  const decide = (step: "FIRST" | "SECOND", decision: "APPROVED" | "DECLINED", by: string, when: Date, reason: string | null) => {
    rows.requisitionApproval.push({ id: `rap_${info.id.slice(4)}_${step === "FIRST" ? 1 : 2}`, councilId: c.id, requisitionId: info.id, submissionNo: 1, step, decision, reason, decidedById: by, decidedAt: when });
    audit(ctx, c.id, by, decision === "APPROVED" ? "requisition.approve" : "requisition.decline", "Requisition", info.id, when, { step, submissionNo: 1, decision, reason });
  };

  const createdAt = at(tl.created, 9, rng.int(0, 50));
  row.createdAt = createdAt;
  history(null, "DRAFT", raiser, createdAt, "Raised");
  audit(ctx, c.id, raiser, "requisition.create", "Requisition", info.id, createdAt, { reference: row.reference, jobTitle: row.jobTitle });
  let status: RequisitionStatus = "DRAFT";

  if (tl.submitted) {
    const when = at(tl.submitted, rng.int(10, 11), rng.int(0, 59));
    row.submittedAt = when;
    history("DRAFT", "SUBMITTED", raiser, when, "Submitted for approval");
    audit(ctx, c.id, raiser, "requisition.submit", "Requisition", info.id, when, { status: ["DRAFT", "SUBMITTED"], estimatedCostPence: row.estimatedCostPence });
    status = "SUBMITTED";
  }

  if (tl.firstDecision) {
    const sarah = "usr_luton_sarah_khan";
    const preferSarah = info.service.code === "ASC" && c.key === "luton" && raiser !== sarah && (variant === "asc-second" || rng.chance(0.7));
    const firstBy = preferSarah ? sarah : memberWith(ctx, info.service, "budgetHolder", [raiser]);
    const firstAt = at(tl.firstDecision, rng.int(12, 13), rng.int(0, 59));
    if (info.status === "DECLINED" && variant !== "second-step") {
      const reason = rng.pick(DECLINE_REASONS);
      decide("FIRST", "DECLINED", firstBy, firstAt, reason);
      history("SUBMITTED", "DECLINED", firstBy, firstAt, `First approval: declined: ${reason}`);
      status = "DECLINED";
    } else {
      decide("FIRST", "APPROVED", firstBy, firstAt, null);
      if (row.requiresSecondApproval && tl.secondDecision) {
        const secondBy = memberWith(ctx, info.service, "secondApprover", [raiser, firstBy]);
        const secondAt = at(tl.secondDecision, rng.int(14, 15), rng.int(0, 59));
        if (info.status === "DECLINED") {
          const reason = DECLINE_REASONS[2];
          decide("SECOND", "DECLINED", secondBy, secondAt, reason);
          history("SUBMITTED", "DECLINED", secondBy, secondAt, `Second approval: declined: ${reason}`);
          status = "DECLINED";
        } else {
          decide("SECOND", "APPROVED", secondBy, secondAt, null);
          history("SUBMITTED", "APPROVED", secondBy, secondAt, "Second approval: approved");
          row.approvedAt = secondAt;
          status = "APPROVED";
        }
      } else if (!row.requiresSecondApproval) {
        history("SUBMITTED", "APPROVED", firstBy, firstAt, "First approval: approved");
        row.approvedAt = firstAt;
        status = "APPROVED";
      }
      // else: first approval given, waiting for the second (stays SUBMITTED)
    }
  }

  if (tl.opened) {
    const when = at(tl.opened, 16, rng.int(0, 50));
    row.openedAt = when;
    history("APPROVED", "OPEN", agency, when, `Released to the job board; closing date ${tl.closing}`);
    audit(ctx, c.id, agency, "requisition.release", "Requisition", info.id, when, { status: ["APPROVED", "OPEN"], closingDate: tl.closing });
    status = "OPEN";
  }
  if (tl.filled) {
    const when = at(tl.filled, 17, rng.int(0, 50));
    row.filledAt = when;
    history("OPEN", "FILLED", agency, when, "All posts filled");
    audit(ctx, c.id, agency, "requisition.fill", "Requisition", info.id, when, { status: ["OPEN", "FILLED"] });
    status = "FILLED";
  }
  if (tl.closed) {
    const when = at(tl.closed, 17, rng.int(0, 50));
    row.closedAt = when;
    const note = variant === "unfilled" ? "Closed: the closing date passed with no suitable candidates"
      : variant === "partial" ? "Closed with one post unfilled: the service no longer needs it"
        : "Closed: all placements have ended";
    history(status, "CLOSED", agency, when, note);
    audit(ctx, c.id, agency, "requisition.close", "Requisition", info.id, when, { status: [status, "CLOSED"], note });
    status = "CLOSED";
  }
  if (tl.cancelled) {
    const when = at(tl.cancelled, 17, rng.int(0, 50));
    row.cancelledAt = when;
    const note = `Cancelled by the service: ${rng.pick(CANCEL_REASONS)}`;
    history(status, "CANCELLED", raiser, when, note);
    audit(ctx, c.id, raiser, "requisition.cancel", "Requisition", info.id, when, { status: [status, "CANCELLED"], note });
    status = "CANCELLED";
  }
  if (status !== info.status) throw new Error(`${row.reference}: timeline ends in ${status}, planned ${info.status}`);
  row.updatedAt = last!;
}
