import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { todayUtc } from "@/lib/dates";
import { checkPayAgainstCard, estimateCost } from "@/lib/ratecards/estimate";
import { findRateCard } from "@/lib/ratecards/queries";
import { ROLE_CATEGORY_LABEL } from "./labels";
import { nextRequisitionReference } from "./reference";
import type { RequisitionInput } from "./schemas";
import { SUBMITTABLE, submitInTx } from "./submit-requisition";

export type JudgedRequisition = {
  chargeRatePence: number;
  payRateMinPence: number;
  payRateMaxPence: number;
  weeks: number;
  estimatedCostPence: number;
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Check a requisition against the rules that need the database: the service and cost centre are the
 * manager's own, the start date is not in the past, and the pay offered sits within the council's rate
 * card for the role category and grade. Returns the charge rate and the estimated cost it is judged at.
 * Throws DomainError with field errors (the form shows them beside each field).
 */
export async function judgeRequisition(v: Viewer, input: RequisitionInput): Promise<JudgedRequisition> {
  const errors: Record<string, string> = {};
  if (!v.serviceIds.includes(input.serviceId)) errors.serviceId = "Choose one of your own services";
  else {
    const cc = await db().costCentre.findFirst({
      where: { id: input.costCentreId, councilId: v.councilId, serviceId: input.serviceId, active: true },
      select: { id: true },
    });
    if (!cc) errors.costCentreId = "Choose a cost centre of the service you chose";
  }
  if (input.startDate < todayUtc().toISOString().slice(0, 10)) errors.startDate = "Start date must be today or in the future";
  const card = await findRateCard(db(), v.councilId, input.roleCategory, input.grade, day(input.startDate));
  let judged: JudgedRequisition | null = null;
  if (!card) {
    errors.grade = `The council has no rate card for ${ROLE_CATEGORY_LABEL[input.roleCategory].toLowerCase()} at grade ${input.grade}: choose another grade or role category`;
  } else {
    const check = checkPayAgainstCard(input.payRate, input.payRateMax, card);
    if (!check.ok) errors[check.field] = check.message;
    else {
      const est = estimateCost({
        chargeRatePence: check.chargeRatePence, hoursPerWeek: input.hoursPerWeek, startDate: input.startDate,
        endDate: input.expectedEndDate, headcount: input.headcount,
      });
      if (est) {
        judged = {
          chargeRatePence: check.chargeRatePence, payRateMinPence: input.payRate, payRateMaxPence: input.payRateMax ?? input.payRate,
          weeks: est.weeks, estimatedCostPence: est.costPence,
        };
      }
    }
  }
  if (Object.keys(errors).length || !judged) throw new DomainError("Check the requisition", Object.keys(errors).length ? errors : { expectedEndDate: "Check the dates" });
  return judged;
}

/**
 * Raise a requisition (no id) or amend a draft or declined one (id), saving it as a draft or submitting
 * it for approval — all in one transaction with its history row and audit event.
 */
export async function saveRequisition(viewer: Viewer | null, input: RequisitionInput, opts: { id?: string; submit: boolean }) {
  const v = authorize(viewer, "requisition.create");
  const judged = await judgeRequisition(v, input);
  const fields = {
    jobTitle: input.jobTitle,
    serviceId: input.serviceId,
    costCentreId: input.costCentreId,
    roleCategory: input.roleCategory,
    grade: input.grade,
    reason: input.reason,
    headcount: input.headcount,
    hoursPerWeek: input.hoursPerWeek,
    startDate: day(input.startDate),
    expectedEndDate: day(input.expectedEndDate),
    payRateMinPence: judged.payRateMinPence,
    payRateMaxPence: judged.payRateMaxPence,
    chargeRatePence: judged.chargeRatePence,
    estimatedCostPence: judged.estimatedCostPence,
    dbsLevel: input.dbsLevel,
    registrationRequired: input.registrationRequired,
    limitedCompanyAllowed: input.limitedCompanyAllowed,
    duties: input.duties,
  };
  return db().$transaction(async (tx) => {
    let id: string;
    let reference: string;
    if (opts.id) {
      const existing = await tx.requisition.findFirst({
        where: { id: opts.id, councilId: v.councilId, serviceId: { in: v.serviceIds } },
        select: { id: true, reference: true, status: true, estimatedCostPence: true },
      });
      if (!existing) throw new NotFoundError("We could not find that requisition in your services.");
      if (!SUBMITTABLE.includes(existing.status)) {
        throw new DomainError("Only a draft or a declined requisition can be changed. Approved and submitted ones are kept as they were judged.");
      }
      const updated = await tx.requisition.updateMany({ where: { id: existing.id, status: existing.status }, data: fields });
      if (updated.count !== 1) throw new DomainError("Someone else changed this requisition just now. Reload the page and try again.");
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "requisition.amend", entityType: "Requisition",
        entityId: existing.id, changes: { status: existing.status, estimatedCostPence: [existing.estimatedCostPence, judged.estimatedCostPence] },
      });
      id = existing.id;
      reference = existing.reference;
    } else {
      reference = await nextRequisitionReference(tx, v.councilId);
      const created = await tx.requisition.create({
        data: { ...fields, councilId: v.councilId, reference, raisedById: v.userId, status: "DRAFT" },
        select: { id: true },
      });
      await tx.requisitionStatusChange.create({
        data: { councilId: v.councilId, requisitionId: created.id, fromStatus: null, toStatus: "DRAFT", changedById: v.userId, note: "Raised" },
      });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "requisition.create", entityType: "Requisition",
        entityId: created.id, changes: { reference, estimatedCostPence: judged.estimatedCostPence },
      });
      id = created.id;
    }
    if (opts.submit) {
      const s = await submitInTx(tx, v, id);
      return { id, reference, status: s.status, estimatedCostPence: judged.estimatedCostPence, requiresSecondApproval: s.requiresSecondApproval };
    }
    const after = await tx.requisition.findUniqueOrThrow({ where: { id }, select: { status: true } });
    return { id, reference, status: after.status, estimatedCostPence: judged.estimatedCostPence, requiresSecondApproval: false };
  });
}
