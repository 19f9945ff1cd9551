import "server-only";
import { z } from "zod";
import { db, type Db, type Tx } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { todayUtc } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { addDays, compareIsoDates } from "@/lib/compliance/dates";
import { computeFeeWindow, feeWindowStatus, type AssignmentPeriod, type FeeWindowResult } from "@/lib/compliance/fee-window";

export const conversionSchema = z.object({
  placementId: z.string().min(1),
  postTitle: z.string().trim().min(1, "Enter the permanent post title").max(120, "Post title must be 120 characters or fewer"),
  salaryBand: z.string().trim().min(1, "Enter the salary band, like Grade 5 (£27,000 to £29,500)").max(120, "Salary band must be 120 characters or fewer"),
  startDate: z.string().trim().min(1, "Enter the start date in the permanent post").regex(/^\d{4}-\d{2}-\d{2}$/, "Start date must be a real date, like 1 4 2027"),
});

export type ConversionInput = z.infer<typeof conversionSchema>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The worker's assignments with this council (the hirer) for the Conduct Regulations fee window: every
 * placement that has started or is about to, ending on its actual end date (or planned end once ended);
 * an active one is ongoing. With `convertOn`, the placement being converted is taken to end the day
 * before the permanent post starts (or its planned end, if earlier) — the assignment a conversion ends.
 */
export async function feeWindowFor(
  client: Db | Tx,
  councilId: string,
  candidateId: string,
  placementId: string,
  opts: { asOf?: string; convertOn?: string } = {},
): Promise<FeeWindowResult> {
  const placements = await client.placement.findMany({
    where: { councilId, candidateId },
    select: { id: true, startDate: true, plannedEndDate: true, actualEndDate: true, status: true },
  });
  const asOf = opts.asOf ?? iso(todayUtc());
  const periods: AssignmentPeriod[] = placements.map((p) => {
    const start = iso(p.startDate);
    let end: string | null = p.actualEndDate ? iso(p.actualEndDate) : p.status === "ENDED" || p.status === "CONVERTED" ? iso(p.plannedEndDate) : null;
    if (p.id === placementId && opts.convertOn) {
      const dayBefore = addDays(opts.convertOn, -1);
      const planned = iso(p.plannedEndDate);
      end = end ?? (compareIsoDates(planned, dayBefore) < 0 ? planned : dayBefore);
      if (compareIsoDates(end, start) < 0) end = start;
    }
    return { start, end };
  });
  return computeFeeWindow(periods, asOf);
}

/**
 * A hiring manager proposes converting a placement to a permanent council post (title, salary band,
 * start date). Records the fee-free date under the Conduct of Employment Agencies Regulations and
 * whether the conversion falls inside the transfer-fee window; Connect2 completes it (and records the
 * fee actually charged, £0 allowed). One transaction with audit and notifications.
 */
export async function proposeConversion(viewer: Viewer | null, input: ConversionInput) {
  const v = authorize(viewer, "conversion.propose");
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({
      where: { id: input.placementId, councilId: v.councilId, serviceId: { in: v.serviceIds } },
      select: {
        id: true, reference: true, status: true, candidateId: true, startDate: true, feeFreeDate: true,
        candidate: { select: { firstName: true, lastName: true } },
        requisition: { select: { jobTitle: true, raisedById: true } },
        conversion: { select: { id: true, status: true } },
      },
    });
    if (!p) throw new NotFoundError("We could not find that placement in your services.");
    await tx.$queryRaw`select id from "Placement" where id = ${p.id} for update`;
    if (p.status !== "ACTIVE" && p.status !== "ENDED") {
      throw new DomainError("Only an active placement (or one that has ended) can be converted to a permanent post.");
    }
    if (p.conversion && p.conversion.status !== "WITHDRAWN") {
      throw new DomainError(p.conversion.status === "COMPLETED" ? "This placement has already been converted." : "A conversion has already been proposed for this placement.");
    }
    if (input.startDate < iso(todayUtc())) {
      throw new DomainError("Check the date", { startDate: "Start date in the permanent post must be today or in the future" });
    }
    if (input.startDate <= iso(p.startDate)) {
      throw new DomainError("Check the date", { startDate: `Start date in the permanent post must be after the placement started, ${formatDate(p.startDate)}` });
    }
    const window = await feeWindowFor(tx, v.councilId, p.candidateId, p.id, { convertOn: input.startDate });
    const decision = feeWindowStatus(input.startDate, window);
    const feeFreeDate = new Date(`${window.feeFreeDate ?? iso(p.feeFreeDate)}T00:00:00.000Z`);
    const data = {
      postTitle: input.postTitle, salaryBand: input.salaryBand, startDate: new Date(`${input.startDate}T00:00:00.000Z`),
      feeFreeDate, withinFeeWindow: decision.within, status: "PROPOSED" as const, proposedById: v.userId, proposedAt: new Date(),
      feeChargedPence: null, completedById: null, completedAt: null,
    };
    const conversion = p.conversion
      ? await tx.conversion.update({ where: { id: p.conversion.id }, data, select: { id: true } })
      : await tx.conversion.create({ data: { ...data, councilId: v.councilId, placementId: p.id }, select: { id: true } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "placement.conversion-propose", entityType: "Placement", entityId: p.id,
      changes: { conversionId: conversion.id, postTitle: input.postTitle, salaryBand: input.salaryBand, startDate: input.startDate, feeFreeDate: iso(feeFreeDate), withinFeeWindow: decision.within },
    });
    const worker = `${p.candidate.firstName} ${p.candidate.lastName}`;
    const message = {
      councilId: v.councilId,
      kind: "placement.conversion-proposed",
      title: `${p.reference}: conversion to a permanent post proposed`,
      body: `${v.name} proposed converting ${worker} (${p.requisition.jobTitle}) to the permanent post "${input.postTitle}", ${input.salaryBand}, from ${formatDate(input.startDate)}. ${decision.reason}`,
    };
    await notify(tx, { ...message, userIds: await agencyTeam(tx, v.councilId), link: `/agency/placements/${p.id}` });
    await notify(tx, { ...message, userIds: [p.requisition.raisedById], link: `/manager/placements/${p.id}` });
    return { id: conversion.id, withinFeeWindow: decision.within, feeFreeDate: iso(feeFreeDate), reason: decision.reason };
  });
}
