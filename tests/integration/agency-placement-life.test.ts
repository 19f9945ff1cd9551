import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { actionChangeRequest } from "@/lib/placements/action-change-request";
import { completeConversion } from "@/lib/placements/complete-conversion";
import { exportAgencyPlacements, getAgencyPlacement, listAgencyPlacements, listChangeRequests, timesheetChaseList } from "@/lib/placements/agency-queries";
import { resetDatabase, viewerOf } from "./helpers";
import { d, isoPlusDays, makePlacement, makeTimesheet, mondayWeeksAgo } from "./manager-fixtures";
import { agencyWorld, makeReq } from "./agency-fixtures";

async function world() {
  const w = await agencyWorld();
  const req = await makeReq(w, { status: "FILLED" });
  const { placement, profile } = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(6), plannedEndDate: isoPlusDays(30) });
  return { ...w, req, placement, profile };
}

describe("placement life", () => {
  beforeEach(resetDatabase);

  it("actions an extension: new planned end, fee-free date worked out again, request kept as history", async () => {
    const w = await world();
    const newEnd = isoPlusDays(120);
    const cr = await db().placementChangeRequest.create({
      data: { councilId: w.council.id, placementId: w.placement.id, type: "EXTENSION", previousEndDate: w.placement.plannedEndDate, newEndDate: d(newEnd), requestedById: w.manager.id },
    });
    const v = await viewerOf(w.recruiter.id);
    expect((await listChangeRequests(v)).rows.map((r) => r.id)).toEqual([cr.id]);
    const out = await actionChangeRequest(v, { changeRequestId: cr.id, decision: "ACTION" });
    const p = await db().placement.findUniqueOrThrow({ where: { id: w.placement.id } });
    expect(p.plannedEndDate.toISOString().slice(0, 10)).toBe(newEnd);
    // 8 weeks + 1 day after the new end is later than 14 weeks from the start
    expect(p.feeFreeDate.toISOString().slice(0, 10)).toBe(new Date(d(newEnd).getTime() + 57 * 86_400_000).toISOString().slice(0, 10));
    expect(out.feeFreeDate).toBe(p.feeFreeDate.toISOString().slice(0, 10));
    expect(await db().placementChangeRequest.findUniqueOrThrow({ where: { id: cr.id } })).toMatchObject({ status: "ACTIONED", actionedById: w.recruiter.id });
    expect(await db().auditEvent.count({ where: { entityId: p.id, action: "placement.extend" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "placement.extended" } })).toBe(1);
    expect((await listChangeRequests(v)).rows).toEqual([]);
    await expect(actionChangeRequest(v, { changeRequestId: cr.id, decision: "ACTION" })).rejects.toThrow(/already been dealt with/);
  });

  it("actions an early end in the past (ENDED) and declines another with a reason", async () => {
    const w = await world();
    const last = isoPlusDays(-2);
    const cr = await db().placementChangeRequest.create({
      data: { councilId: w.council.id, placementId: w.placement.id, type: "EARLY_END", previousEndDate: w.placement.plannedEndDate, newEndDate: d(last), reason: "Postholder returned", requestedById: w.manager.id },
    });
    const v = await viewerOf(w.recruiter.id);
    await expect(actionChangeRequest(v, { changeRequestId: cr.id, decision: "DECLINE" })).rejects.toThrow(/reason/);
    await actionChangeRequest(v, { changeRequestId: cr.id, decision: "ACTION" });
    const p = await db().placement.findUniqueOrThrow({ where: { id: w.placement.id } });
    expect(p.status).toBe("ENDED");
    expect(p.actualEndDate?.toISOString().slice(0, 10)).toBe(last);
    expect(p.endReason).toMatch(/Postholder returned/);
  });

  it("declining keeps the placement unchanged", async () => {
    const w = await world();
    const cr = await db().placementChangeRequest.create({
      data: { councilId: w.council.id, placementId: w.placement.id, type: "EXTENSION", previousEndDate: w.placement.plannedEndDate, newEndDate: d(isoPlusDays(90)), requestedById: w.manager.id },
    });
    await actionChangeRequest(await viewerOf(w.recruiter.id), { changeRequestId: cr.id, decision: "DECLINE", declineReason: "Budget not approved" });
    expect((await db().placement.findUniqueOrThrow({ where: { id: w.placement.id } })).plannedEndDate).toEqual(w.placement.plannedEndDate);
    expect(await db().placementChangeRequest.findUniqueOrThrow({ where: { id: cr.id } })).toMatchObject({ status: "DECLINED", declineReason: "Budget not approved" });
  });

  it("completes a conversion with the fee charged (£0 allowed) and the fee-free date; refuses a fee after the fee-free date", async () => {
    const w = await world();
    const v = await viewerOf(w.recruiter.id);
    // started 6 weeks ago: a conversion in 3 weeks is inside the 14-week window
    const start = isoPlusDays(21);
    const out = await completeConversion(v, { placementId: w.placement.id, postTitle: "Support Worker", salaryBand: "Grade 4 (£24,000 to £26,000)", startDate: start, feeCharged: "0" });
    expect(out.withinFeeWindow).toBe(true);
    const conv = await db().conversion.findUniqueOrThrow({ where: { placementId: w.placement.id } });
    expect(conv).toMatchObject({ status: "COMPLETED", feeChargedPence: 0, completedById: w.recruiter.id, postTitle: "Support Worker" });
    const p = await db().placement.findUniqueOrThrow({ where: { id: w.placement.id } });
    expect(p.status).toBe("CONVERTED");
    expect(p.actualEndDate?.toISOString().slice(0, 10)).toBe(isoPlusDays(20));
    expect(conv.feeFreeDate.toISOString().slice(0, 10)).toBe(out.feeFreeDate);
    expect(await db().auditEvent.count({ where: { entityId: p.id, action: "placement.conversion-complete" } })).toBe(1);
    await expect(completeConversion(v, { placementId: w.placement.id, postTitle: "x", salaryBand: "y", startDate: start, feeCharged: "0" })).rejects.toThrow(/already been converted/);
  });

  it("refuses a fee charged on or after the fee-free date, and completes a manager's proposal", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "FILLED" });
    // ended 10 weeks ago after 20 weeks: the window closed 2 weeks ago (8 weeks after the end)
    const { placement } = await makePlacement(w.council.id, req, { status: "ENDED", startDate: mondayWeeksAgo(30), plannedEndDate: isoPlusDays(-70) });
    await db().placement.update({ where: { id: placement.id }, data: { actualEndDate: d(isoPlusDays(-70)) } });
    await db().conversion.create({
      data: { councilId: w.council.id, placementId: placement.id, postTitle: "Care Coordinator", salaryBand: "Grade 5", startDate: d(isoPlusDays(14)), feeFreeDate: d(isoPlusDays(-13)), withinFeeWindow: false, proposedById: w.manager.id },
    });
    const v = await viewerOf(w.recruiter.id);
    const err = await completeConversion(v, { placementId: placement.id, postTitle: "Care Coordinator", salaryBand: "Grade 5", startDate: isoPlusDays(14), feeCharged: "1500" }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.feeCharged).toMatch(/No transfer fee may be charged/);
    await completeConversion(v, { placementId: placement.id, postTitle: "Care Coordinator", salaryBand: "Grade 5", startDate: isoPlusDays(14), feeCharged: "0.00" });
    expect(await db().conversion.count({ where: { placementId: placement.id, status: "COMPLETED", proposedById: w.manager.id } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "placement.converted" } })).toBe(1);
  });

  it("lists placements with the AWR week count, and the detail with margin, fee window and history", async () => {
    const w = await world();
    for (const k of [6, 5, 4, 3]) await makeTimesheet(w.placement, mondayWeeksAgo(k), { status: "APPROVED" });
    const v = await viewerOf(w.recruiter.id);
    const list = await listAgencyPlacements(v);
    expect(list.rows).toEqual([expect.objectContaining({ id: w.placement.id, awrWeeks: 4, awrQualified: false })]);
    expect((await exportAgencyPlacements(v, { view: "ended" }))).toEqual([]);
    const detail = await getAgencyPlacement(v, w.placement.id);
    expect(detail.margin).toMatchObject({ onCostRatePence: 196, marginPerHourPence: 254 });
    expect(detail.awr?.weeksCounted).toBe(4);
    expect(detail.feeWindow.periodStart).toBe(mondayWeeksAgo(6));
    const other = await agencyWorld("dudley");
    await expect(getAgencyPlacement(await viewerOf(other.recruiter.id), w.placement.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAgencyPlacements(await viewerOf(w.manager.id))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listAgencyPlacements(await viewerOf(other.recruiter.id))).rows).toEqual([]);
  });

  it("timesheet chase list: not submitted by Monday, not approved by Tuesday noon", async () => {
    const w = await world();
    const lastWeek = mondayWeeksAgo(1);
    const twoAgo = mondayWeeksAgo(2);
    // weeks 6..3 ago submitted and approved; 2 weeks ago submitted but not approved; last week missing
    for (const k of [6, 5, 4, 3]) await makeTimesheet(w.placement, mondayWeeksAgo(k), { status: "APPROVED" });
    const waiting = await makeTimesheet(w.placement, twoAgo, { status: "SUBMITTED" });
    const v = await viewerOf(w.recruiter.id);
    // Tuesday 11:00 London after last week: last week's sheet is missing; the one for two weeks ago is long overdue
    const thisTuesday = new Date(d(mondayWeeksAgo(0)).getTime() + 86_400_000).toISOString().slice(0, 10);
    const tuesday = new Date(`${thisTuesday}T10:00:00Z`); // 10:00 or 11:00 in London: before noon either way
    const rows = await timesheetChaseList(v, {}, tuesday);
    expect(rows.map((r) => [r.kind, r.weekStart])).toEqual([["NOT_APPROVED", twoAgo], ["NOT_SUBMITTED", lastWeek]]);
    expect(rows[0].timesheetId).toBe(waiting.id);
    // last week's sheet submitted on Monday: not overdue for approval until Tuesday 12:00
    await makeTimesheet(w.placement, lastWeek, { status: "SUBMITTED" });
    expect((await timesheetChaseList(v, { kind: "NOT_APPROVED" }, tuesday)).map((r) => r.weekStart)).toEqual([twoAgo]);
    const tuesdayNoon = new Date(`${thisTuesday}T12:30:00Z`);
    expect((await timesheetChaseList(v, { kind: "NOT_APPROVED" }, tuesdayNoon)).map((r) => r.weekStart)).toEqual([twoAgo, lastWeek]);
    expect(await timesheetChaseList(v, { kind: "NOT_SUBMITTED" }, tuesdayNoon)).toEqual([]);
    await expect(timesheetChaseList(await viewerOf(w.manager.id))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
