import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { requestPlacementChange } from "@/lib/placements/request-change";
import { proposeConversion } from "@/lib/placements/propose-conversion";
import { getManagerPlacement, listAwrAlerts, listManagerPlacements, listPlacementsEndingSoon } from "@/lib/placements/manager-queries";
import { awrClockForPlacements } from "@/lib/compliance/awr-status";
import { makeRequisition, resetDatabase, viewerOf } from "./helpers";
import { isoPlusDays, makePlacement, makeTimesheet, managerWorld, mondayWeeksAgo } from "./manager-fixtures";

describe("placements: change requests, conversion, ending soon, AWR week 10", () => {
  beforeEach(resetDatabase);

  async function world() {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    const { placement } = await makePlacement(w.council.id, req, { plannedEndDate: isoPlusDays(30) });
    return { ...w, req, placement };
  }

  it("requests an extension as a change request kept as history — the placement's dates are not edited", async () => {
    const w = await world();
    const v = await viewerOf(w.budgetHolder.id);
    const newEnd = isoPlusDays(90);
    await requestPlacementChange(v, { placementId: w.placement.id, type: "EXTENSION", newEndDate: newEnd, reason: null });
    const p = await db().placement.findUniqueOrThrow({ where: { id: w.placement.id }, include: { changeRequests: true } });
    expect(p.plannedEndDate.toISOString().slice(0, 10)).toBe(isoPlusDays(30));
    expect(p.changeRequests).toEqual([expect.objectContaining({ type: "EXTENSION", status: "REQUESTED", requestedById: w.budgetHolder.id })]);
    expect(p.changeRequests[0].newEndDate.toISOString().slice(0, 10)).toBe(newEnd);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "placement.extension-requested" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.raiser.id, kind: "placement.extension-requested" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: w.placement.id, action: "placement.extension-request" } })).toBe(1);
    // one open request at a time
    await expect(requestPlacementChange(v, { placementId: w.placement.id, type: "EARLY_END", newEndDate: isoPlusDays(5), reason: "Budget" })).rejects.toThrow(/already a change request/);
    const detail = await getManagerPlacement(v, w.placement.id);
    expect(detail.pendingChange).toBe("EXTENSION");
    expect(detail.changeRequests).toHaveLength(1);
  });

  it("checks the dates: an extension must be later, an early end earlier (and not in the past) with a reason", async () => {
    const w = await world();
    const v = await viewerOf(w.raiser.id);
    const err = (p: Promise<unknown>) => p.then(() => null, (e: DomainError) => e.fieldErrors ?? e.message);
    expect(await err(requestPlacementChange(v, { placementId: w.placement.id, type: "EXTENSION", newEndDate: isoPlusDays(30), reason: null }))).toMatchObject({ newEndDate: expect.stringContaining("after the current end date") });
    expect(await err(requestPlacementChange(v, { placementId: w.placement.id, type: "EARLY_END", newEndDate: isoPlusDays(40), reason: "x" }))).toMatchObject({ newEndDate: expect.stringContaining("before the current end date") });
    expect(await err(requestPlacementChange(v, { placementId: w.placement.id, type: "EARLY_END", newEndDate: isoPlusDays(-2), reason: "x" }))).toMatchObject({ newEndDate: expect.stringContaining("on or after") });
    await requestPlacementChange(v, { placementId: w.placement.id, type: "EARLY_END", newEndDate: isoPlusDays(7), reason: "Service restructure" });
    const cr = await db().placementChangeRequest.findFirstOrThrow({ where: { placementId: w.placement.id } });
    expect(cr).toMatchObject({ type: "EARLY_END", reason: "Service restructure" });
  });

  it("proposes a conversion with the fee-free date and whether it is inside the transfer-fee window", async () => {
    const w = await world();
    const v = await viewerOf(w.budgetHolder.id);
    const detail = await getManagerPlacement(v, w.placement.id);
    // started 4 weeks ago, ongoing: the 14-week limb is the floor and it depends on the end
    expect(detail.feeWindow.dependsOnEnd).toBe(true);
    expect(detail.feeWindow.feeFreeDate).toBe(new Date(w.placement.startDate.getTime() + 98 * 86_400_000).toISOString().slice(0, 10));
    const start = isoPlusDays(21);
    const out = await proposeConversion(v, { placementId: w.placement.id, postTitle: "Support Worker", salaryBand: "Grade 4", startDate: start });
    // converting straight from the assignment is inside the window (8 weeks after the last day worked)
    expect(out.withinFeeWindow).toBe(true);
    expect(out.feeFreeDate).toBe(isoPlusDays(20 + 57));
    const conv = await db().conversion.findUniqueOrThrow({ where: { placementId: w.placement.id } });
    expect(conv).toMatchObject({ status: "PROPOSED", postTitle: "Support Worker", salaryBand: "Grade 4", withinFeeWindow: true, proposedById: w.budgetHolder.id, feeChargedPence: null });
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "placement.conversion-proposed" } })).toBe(1);
    await expect(proposeConversion(v, { placementId: w.placement.id, postTitle: "Again", salaryBand: "Grade 4", startDate: start })).rejects.toThrow(/already been proposed/);
  });

  it("a conversion long after an ended placement is outside the window", async () => {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    const { placement } = await makePlacement(w.council.id, req, { status: "ENDED", startDate: mondayWeeksAgo(40), plannedEndDate: isoPlusDays(-100) });
    await db().placement.update({ where: { id: placement.id }, data: { actualEndDate: new Date(`${isoPlusDays(-100)}T00:00:00Z`) } });
    const out = await proposeConversion(await viewerOf(w.raiser.id), { placementId: placement.id, postTitle: "Care Worker", salaryBand: "Grade 3", startDate: isoPlusDays(7) });
    expect(out.withinFeeWindow).toBe(false);
  });

  it("lists current placements and those ending within 14 days", async () => {
    const w = await world();
    const { placement: ending } = await makePlacement(w.council.id, w.req, { plannedEndDate: isoPlusDays(10) });
    const { placement: upcoming } = await makePlacement(w.council.id, w.req, { status: "PENDING_START", startDate: isoPlusDays(7) });
    const v = await viewerOf(w.raiser.id);
    expect((await listManagerPlacements(v)).total).toBe(3);
    expect((await listManagerPlacements(v, { view: "upcoming" })).rows.map((r) => r.id)).toEqual([upcoming.id]);
    const soon = await listPlacementsEndingSoon(v);
    expect(soon.rows.map((r) => r.id)).toEqual([ending.id]);
    expect(soon.rows[0].daysToEnd).toBe(10);
  });

  it("flags workers at week 10 of the AWR clock, not those below it or already qualified", async () => {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    const ten = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(10) });
    const nine = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(9) });
    const twelve = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(12) });
    for (let i = 10; i >= 1; i--) await makeTimesheet(ten.placement, mondayWeeksAgo(i), { status: i % 2 ? "APPROVED" : "SUBMITTED" });
    for (let i = 9; i >= 1; i--) await makeTimesheet(nine.placement, mondayWeeksAgo(i), { status: "APPROVED" });
    for (let i = 12; i >= 1; i--) await makeTimesheet(twelve.placement, mondayWeeksAgo(i), { status: "APPROVED" });
    const clocks = await awrClockForPlacements(db(), w.council.id, [ten.placement.id, nine.placement.id, twelve.placement.id]);
    expect(clocks.get(ten.placement.id)!.weeksCounted).toBe(10);
    expect(clocks.get(twelve.placement.id)!.qualified).toBe(true);
    const alerts = await listAwrAlerts(await viewerOf(w.raiser.id));
    expect(alerts.map((a) => [a.id, a.weeksCounted])).toEqual([[ten.placement.id, 10]]);
    expect(await listAwrAlerts(await viewerOf(w.housingManager.id))).toEqual([]);
  });

  it("flags a worker who reached week 10 on the earliest day possible (started on a Sunday, worked that week)", async () => {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    const sunday = new Date(new Date(`${mondayWeeksAgo(9)}T00:00:00Z`).getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
    const earliest = await makePlacement(w.council.id, req, { startDate: sunday });
    for (let i = 9; i >= 0; i--) await makeTimesheet(earliest.placement, mondayWeeksAgo(i), { status: "APPROVED" });
    const alerts = await listAwrAlerts(await viewerOf(w.raiser.id));
    expect(alerts.map((a) => [a.id, a.weeksCounted])).toEqual([[earliest.placement.id, 10]]);
  });

  it("another service's manager cannot see a placement, request a change or propose a conversion by id", async () => {
    const w = await world();
    const housing = await viewerOf(w.housingManager.id);
    await expect(getManagerPlacement(housing, w.placement.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestPlacementChange(housing, { placementId: w.placement.id, type: "EXTENSION", newEndDate: isoPlusDays(99), reason: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeConversion(housing, { placementId: w.placement.id, postTitle: "x", salaryBand: "y", startDate: isoPlusDays(9) })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listManagerPlacements(housing)).total).toBe(0);
    await expect(requestPlacementChange(await viewerOf(w.agency.id), { placementId: w.placement.id, type: "EXTENSION", newEndDate: isoPlusDays(99), reason: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().placementChangeRequest.count()).toBe(0);
    expect(await db().conversion.count()).toBe(0);
  });
});
