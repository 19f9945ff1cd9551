import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify, serviceManagers } from "@/lib/notifications/notify";
import { addDays, compareIsoDates } from "@/lib/compliance/dates";
import { feeWindowStatus } from "@/lib/compliance/fee-window";
import { formatDate, formatMoney, poundsToPence } from "@/lib/format";
import { feeWindowFor } from "./propose-conversion";

export const completeConversionSchema = z.object({
  placementId: z.string().min(1),
  postTitle: z.string().trim().min(1, "Enter the permanent post title").max(120, "Post title must be 120 characters or fewer"),
  salaryBand: z.string().trim().min(1, "Enter the salary band, like Grade 5 (£27,000 to £29,500)").max(120, "Salary band must be 120 characters or fewer"),
  startDate: z.string().trim().min(1, "Enter the start date in the permanent post").regex(/^\d{4}-\d{2}-\d{2}$/, "Start date must be a real date, like 1 4 2027"),
  feeCharged: z
    .string()
    .trim()
    .min(1, "Enter the fee charged; enter 0 if no fee is charged")
    .transform((v, ctx) => {
      const p = poundsToPence(v);
      if (p === null || p < 0) {
        ctx.addIssue({ code: "custom", message: "Fee charged must be an amount in pounds, like 0 or 1900.00" });
        return z.NEVER;
      }
      return p;
    }),
});

export type CompleteConversionInput = z.input<typeof completeConversionSchema>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The Connect2 team records a temp-to-perm conversion as done: post, salary band, first day in the post and the
 * transfer fee actually charged (£0 allowed: the in-house agency may waive it). Completes the manager's proposal
 * when there is one, or records the conversion directly. The fee-free date comes from the Conduct Regulations
 * window over the worker's assignments with the council (lib/compliance/fee-window.ts); a fee on or after the
 * fee-free date is refused. The placement becomes CONVERTED and ends the day before the permanent post starts.
 */
export async function completeConversion(viewer: Viewer | null, raw: CompleteConversionInput) {
  const v = authorize(viewer, "placement.manage");
  const input = completeConversionSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const found = await tx.placement.findFirst({ where: { id: input.placementId, councilId: v.councilId }, select: { id: true } });
    if (!found) throw new NotFoundError("We could not find that placement.");
    await tx.$queryRaw`select id from "Placement" where id = ${found.id} for update`;
    const p = await tx.placement.findFirstOrThrow({
      where: { id: found.id },
      select: {
        id: true, reference: true, status: true, candidateId: true, serviceId: true, startDate: true, plannedEndDate: true, actualEndDate: true,
        candidate: { select: { firstName: true, lastName: true, userId: true } }, requisition: { select: { jobTitle: true, raisedById: true } },
        conversion: { select: { id: true, status: true, proposedById: true } },
      },
    });
    if (p.conversion?.status === "COMPLETED" || p.status === "CONVERTED") throw new DomainError("This placement has already been converted.");
    if (p.status !== "ACTIVE" && p.status !== "ENDED") throw new DomainError("Only a placement that has started can be converted to a permanent post.");
    if (compareIsoDates(input.startDate, iso(p.startDate)) <= 0) {
      throw new DomainError("Check the date", { startDate: `Start date in the permanent post must be after the placement started, ${formatDate(p.startDate)}` });
    }
    const window = await feeWindowFor(tx, v.councilId, p.candidateId, p.id, { convertOn: input.startDate });
    const decision = feeWindowStatus(input.startDate, window);
    if (input.feeCharged > 0 && !decision.within) {
      throw new DomainError("Check the fee", { feeCharged: `No transfer fee may be charged: ${decision.reason} Enter 0.` });
    }
    const now = new Date();
    const feeFreeDate = new Date(`${window.feeFreeDate ?? input.startDate}T00:00:00.000Z`);
    const data = {
      postTitle: input.postTitle, salaryBand: input.salaryBand, startDate: new Date(`${input.startDate}T00:00:00.000Z`), feeFreeDate,
      withinFeeWindow: decision.within, feeChargedPence: input.feeCharged, status: "COMPLETED" as const, completedById: v.userId, completedAt: now,
    };
    const conversion = p.conversion
      ? await tx.conversion.update({ where: { id: p.conversion.id }, data, select: { id: true } })
      : await tx.conversion.create({ data: { ...data, councilId: v.councilId, placementId: p.id, proposedById: v.userId, proposedAt: now }, select: { id: true } });
    const dayBefore = addDays(input.startDate, -1);
    const lastDay = p.actualEndDate ? iso(p.actualEndDate) : compareIsoDates(iso(p.plannedEndDate), dayBefore) < 0 ? iso(p.plannedEndDate) : dayBefore;
    await tx.placement.update({
      where: { id: p.id },
      data: { status: "CONVERTED", actualEndDate: new Date(`${lastDay}T00:00:00.000Z`), endReason: "Converted to a permanent post with the council", feeFreeDate },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "placement.conversion-complete", entityType: "Placement", entityId: p.id,
      changes: {
        conversionId: conversion.id, status: [p.status, "CONVERTED"], postTitle: input.postTitle, salaryBand: input.salaryBand, startDate: input.startDate,
        feeChargedPence: input.feeCharged, feeFreeDate: iso(feeFreeDate), withinFeeWindow: decision.within, actualEndDate: lastDay,
      },
    });
    const worker = `${p.candidate.firstName} ${p.candidate.lastName}`;
    const managers = await serviceManagers(tx, v.councilId, p.serviceId);
    await notify(tx, {
      councilId: v.councilId, userIds: [...managers, p.requisition.raisedById, ...(p.conversion ? [p.conversion.proposedById] : [])], kind: "placement.converted",
      title: `${p.reference}: ${worker} moves to a permanent post`,
      body: `${worker} starts as ${input.postTitle} (${input.salaryBand}) on ${formatDate(input.startDate)}. Transfer fee charged: ${formatMoney(input.feeCharged)}. Fee-free date: ${formatDate(feeFreeDate)}.`,
      link: `/manager/placements/${p.id}`,
    });
    if (p.candidate.userId) {
      await notify(tx, {
        councilId: v.councilId, userIds: [p.candidate.userId], kind: "placement.converted",
        title: `Congratulations: your permanent post starts on ${formatDate(input.startDate)}`,
        body: `You start as ${input.postTitle} with the council on ${formatDate(input.startDate)}. Your last day on your placement is ${formatDate(lastDay)}.`,
        link: `/candidate/placements/${p.id}`,
      });
    }
    return { id: conversion.id, feeFreeDate: iso(feeFreeDate), withinFeeWindow: decision.within };
  });
}
