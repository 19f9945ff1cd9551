import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { computeFeeWindow, type AssignmentPeriod } from "@/lib/compliance/fee-window";
import { placementCheckFor } from "@/lib/compliance/placement-check";
import type { GateBlock } from "@/lib/compliance/placement-gate";
import { formatDate, formatRate, poundsToPence } from "@/lib/format";
import { londonToday } from "@/lib/jobs/clock";
import { needsManagerAcceptance } from "@/lib/applications/stages";
import { checkRatesAgainstApproval } from "@/lib/ratecards/estimate";
import { placementMargin } from "./margin";
import { nextPlacementReference } from "./reference";

const isoDate = (empty: string, bad: string) => z.string().trim().min(1, empty).regex(/^\d{4}-\d{2}-\d{2}$/, bad);
const pounds = (empty: string, bad: string) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .transform((v, ctx) => {
      const p = poundsToPence(v);
      if (p === null || p <= 0) {
        ctx.addIssue({ code: "custom", message: bad });
        return z.NEVER;
      }
      return p;
    });

export const confirmPlacementSchema = z
  .object({
    applicationId: z.string().min(1),
    startDate: isoDate("Enter the start date", "Start date must be a real date, like 7 12 2026"),
    plannedEndDate: isoDate("Enter the planned end date", "Planned end date must be a real date, like 26 3 2027"),
    hoursPerWeek: z
      .string()
      .trim()
      .min(1, "Enter the hours a week")
      .regex(/^\d{1,2}(\.\d{1,2})?$/, "Hours a week must be a number, like 37.5")
      .refine((v) => Number(v) > 0 && Number(v) <= 60, "Hours a week must be between 0.5 and 60"),
    payRatePence: pounds("Enter the pay rate", "Pay rate must be an amount in pounds, like 14.50"),
    chargeRatePence: pounds("Enter the charge rate", "Charge rate must be an amount in pounds, like 18.50"),
    rateCapSignOffById: z.string().trim().optional().transform((v) => (v ? v : null)),
    rateCapSignOffNote: z.string().trim().max(2000, "Sign-off note must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.plannedEndDate < v.startDate) ctx.addIssue({ code: "custom", path: ["plannedEndDate"], message: "Planned end date must be on or after the start date" });
    if (typeof v.payRatePence === "number" && typeof v.chargeRatePence === "number" && v.chargeRatePence < v.payRatePence) {
      ctx.addIssue({ code: "custom", path: ["chargeRatePence"], message: "Charge rate must be at least the pay rate" });
    }
  });

export type ConfirmPlacementInput = z.input<typeof confirmPlacementSchema>;

/** The placement gate said no: every failing check, each with its exact message. */
export class PlacementBlockedError extends DomainError {
  constructor(readonly blocks: GateBlock[]) {
    super(`The placement cannot be confirmed: ${blocks.map((b) => `${b.rule}: ${b.message}`).join(". ")}.`);
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const d = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

/**
 * Confirm a placement from an accepted candidate (application OFFERED). One transaction that first locks the
 * requisition row (`SELECT … FOR UPDATE`), so confirmations on one requisition run one at a time and the
 * headcount is never exceeded, even when two recruiters press the button together. Then, on fresh data:
 * the requisition must be OPEN with a seat left; the application still OFFERED with the hiring manager's
 * ACCEPTED decision (the team cannot place on its own say-so); the pay rate within the range the requisition
 * was approved at and the charge rate no more than its approved charge (`checkRatesAgainstApproval`: other
 * rates need the requisition re-approved; the DfE cap sign-off never widens them); and the placement gate
 * (lib/compliance/placement-check.ts) must allow it — otherwise it refuses with the exact blocking checks.
 * The placement freezes the rates, on-costs, the candidate's local flag and first declared priority group,
 * the AWR role key and the fee-free date (Conduct Regulations, over the worker's assignments with this
 * council); the application moves to PLACED; the requisition to FILLED when its last seat is taken; history,
 * audit and notifications (hiring managers, the candidate) in the same transaction.
 */
export async function confirmPlacement(viewer: Viewer | null, raw: ConfirmPlacementInput, today = londonToday()) {
  const v = authorize(viewer, "placement.confirm");
  const input = confirmPlacementSchema.parse(raw);
  if (input.startDate < today) throw new DomainError("Check the start date", { startDate: "Start date must be today or in the future" });
  return db().$transaction(
    async (tx) => {
      // Lock the requisition this application belongs to (in the viewer's council) before reading anything else.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        select r.id from "Requisition" r
        join "Application" a on a."requisitionId" = r.id
        where a.id = ${input.applicationId} and a."councilId" = ${v.councilId} and r."councilId" = ${v.councilId}
        for update of r`;
      if (!locked.length) throw new NotFoundError("We could not find that application.");
      const app = await tx.application.findFirstOrThrow({
        where: { id: input.applicationId, councilId: v.councilId },
        select: {
          id: true, stage: true, managerDecision: true, candidateId: true,
          candidate: { select: { firstName: true, lastName: true, userId: true, isLocal: true, priorityGroups: true, mergedIntoId: true } },
          requisition: {
            select: {
              id: true, reference: true, jobTitle: true, status: true, headcount: true, serviceId: true, raisedById: true, roleCategory: true,
              payRateMinPence: true, payRateMaxPence: true, chargeRatePence: true,
              council: { select: { onCostPercent: true } },
            },
          },
        },
      });
      const req = app.requisition;
      if (app.candidate.mergedIntoId) throw new DomainError("This candidate's record was merged into another one; place the merged record instead.");
      if (req.status === "FILLED") throw new DomainError(`${req.reference} is already filled: all ${req.headcount} ${req.headcount === 1 ? "place is" : "places are"} taken.`);
      if (req.status !== "OPEN") throw new DomainError(`${req.reference} is ${req.status.toLowerCase()}, so no placement can be made on it.`);
      if (app.stage === "PLACED") throw new DomainError("This candidate has already been placed on this requisition.");
      if (app.stage !== "OFFERED") {
        throw new DomainError("Only a candidate the hiring manager has accepted (offered) can be placed. Shortlist them and wait for the manager's decision.");
      }
      const accepted = needsManagerAcceptance("PLACED", app.managerDecision);
      if (!accepted.ok) throw new DomainError(accepted.reason);
      const taken = await tx.placement.count({ where: { requisitionId: req.id, status: { in: ["PENDING_START", "ACTIVE"] } } });
      if (taken >= req.headcount) {
        throw new DomainError(`${req.reference} has no seats left: ${taken} of ${req.headcount} ${req.headcount === 1 ? "place is" : "places are"} already filled.`);
      }

      // The budget holder approved the requisition at these rates: a placement outside them needs it re-approved.
      const rates = checkRatesAgainstApproval(input.payRatePence, input.chargeRatePence, req);
      if (!rates.ok) throw new DomainError("Check the rates", rates.errors);

      const check = await placementCheckFor(tx, v.councilId, app.id, {
        startDate: input.startDate, payRatePence: input.payRatePence, rateCapSignOffById: input.rateCapSignOffById,
      });
      if (input.rateCapSignOffById && !check.signOff) {
        throw new DomainError("Check the sign-off", { rateCapSignOffById: "Choose a hiring manager or administrator of this council" });
      }
      if (!check.gate.allowed) throw new PlacementBlockedError(check.gate.blocks);

      // Transfer-fee window over the worker's assignments with this council, this one to its planned end.
      const previous = await tx.placement.findMany({
        where: { councilId: v.councilId, candidateId: app.candidateId },
        select: { startDate: true, plannedEndDate: true, actualEndDate: true },
      });
      const periods: AssignmentPeriod[] = [
        // earlier assignments to their actual end, or their planned end while running or upcoming
        ...previous.map((p) => ({ start: iso(p.startDate), end: iso(p.actualEndDate ?? p.plannedEndDate) })),
        { start: input.startDate, end: input.plannedEndDate },
      ];
      const window = computeFeeWindow(periods, today);
      const margin = placementMargin(input.payRatePence, input.chargeRatePence, input.hoursPerWeek, req.council.onCostPercent.toString());
      const reference = await nextPlacementReference(tx, v.councilId);
      const now = new Date();
      const placement = await tx.placement.create({
        data: {
          councilId: v.councilId, reference, candidateId: app.candidateId, requisitionId: req.id, applicationId: app.id, serviceId: req.serviceId,
          startDate: d(input.startDate), plannedEndDate: d(input.plannedEndDate), payRatePence: input.payRatePence, chargeRatePence: input.chargeRatePence,
          onCostRatePence: margin.onCostRatePence, hoursPerWeek: input.hoursPerWeek, status: input.startDate <= today ? "ACTIVE" : "PENDING_START",
          engagementType: check.engagementType, isLocalAtPlacement: app.candidate.isLocal, priorityGroupAtPlacement: app.candidate.priorityGroups[0] ?? null,
          awrRoleKey: `${req.roleCategory}:${req.jobTitle.trim().toLowerCase()}`, feeFreeDate: d(window.feeFreeDate ?? input.startDate),
          rateCapExceeded: check.rateCapExceeded,
          ...(check.rateCapExceeded && check.signOff
            ? { rateCapSignOffById: check.signOff.id, rateCapSignOffNote: input.rateCapSignOffNote, rateCapSignOffAt: now }
            : {}),
          confirmedById: v.userId, confirmedAt: now,
        },
        select: { id: true, reference: true, status: true, feeFreeDate: true },
      });
      const moved = await tx.application.updateMany({ where: { id: app.id, stage: "OFFERED", managerDecision: "ACCEPTED" }, data: { stage: "PLACED" } });
      if (moved.count !== 1) throw new DomainError("Someone else changed this application just now. Reload the page and try again.");
      await tx.applicationStageChange.create({
        data: { councilId: v.councilId, applicationId: app.id, fromStage: "OFFERED", toStage: "PLACED", reason: `Placement ${reference} confirmed`, changedById: v.userId, changedAt: now },
      });
      const filled = taken + 1 >= req.headcount;
      if (filled) {
        await tx.requisition.update({ where: { id: req.id }, data: { status: "FILLED", filledAt: now } });
        await tx.requisitionStatusChange.create({
          data: { councilId: v.councilId, requisitionId: req.id, fromStatus: "OPEN", toStatus: "FILLED", note: `All ${req.headcount} ${req.headcount === 1 ? "place" : "places"} filled`, changedById: v.userId, changedAt: now },
        });
        await writeAudit(tx, {
          councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "requisition.fill", entityType: "Requisition", entityId: req.id,
          changes: { status: ["OPEN", "FILLED"], placements: taken + 1 },
        });
      }
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "placement.confirm", entityType: "Placement", entityId: placement.id,
        changes: {
          reference, applicationId: app.id, requisitionId: req.id, startDate: input.startDate, plannedEndDate: input.plannedEndDate,
          hoursPerWeek: input.hoursPerWeek, payRatePence: input.payRatePence, chargeRatePence: input.chargeRatePence, onCostRatePence: margin.onCostRatePence,
          feeFreeDate: window.feeFreeDate, isLocalAtPlacement: app.candidate.isLocal, rateCapExceeded: check.rateCapExceeded,
          ...(check.rateCapExceeded ? { rateCapSignOffBy: check.signOff?.name ?? null } : {}),
          checksPassed: check.gate.passed.map((p) => p.rule),
        },
      });
      const name = `${app.candidate.firstName} ${app.candidate.lastName}`;
      const managers = await serviceManagers(tx, v.councilId, req.serviceId);
      await notify(tx, {
        councilId: v.councilId, userIds: [...managers, req.raisedById], kind: "placement.confirmed",
        title: `${reference}: ${name} starts on ${formatDate(input.startDate)}`,
        body: `Connect2 confirmed ${name} as ${req.jobTitle} (${req.reference}) from ${formatDate(input.startDate)} to ${formatDate(input.plannedEndDate)}, ${input.hoursPerWeek} hours a week, charged at ${formatRate(input.chargeRatePence)}.${filled ? " The requisition is now filled." : ""}`,
        link: `/manager/placements/${placement.id}`,
      });
      if (app.candidate.userId) {
        await notify(tx, {
          councilId: v.councilId, userIds: [app.candidate.userId], kind: "placement.confirmed",
          title: `You start as ${req.jobTitle} on ${formatDate(input.startDate)}`,
          body: `Your placement as ${req.jobTitle} is confirmed: ${formatDate(input.startDate)} to ${formatDate(input.plannedEndDate)}, ${input.hoursPerWeek} hours a week at ${formatRate(input.payRatePence)}.`,
          link: `/candidate/placements/${placement.id}`,
        });
      }
      return { ...placement, filled };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
