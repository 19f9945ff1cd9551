import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { approveTimesheet, approveTimesheets } from "@/lib/timesheets/approve-timesheet";
import { queryTimesheet } from "@/lib/timesheets/query-timesheet";
import { countTimesheetsToApprove, exportManagerTimesheets, getManagerTimesheet, listManagerTimesheets } from "@/lib/timesheets/manager-queries";
import { checkTimesheetRightToWork } from "@/lib/compliance/timesheet-check";
import { makeRequisition, resetDatabase, viewerOf } from "./helpers";
import { makePlacement, makeTimesheet, managerWorld, mondayWeeksAgo } from "./manager-fixtures";

describe("timesheets: approve, query, approve several, right-to-work gate", () => {
  beforeEach(resetDatabase);

  async function world() {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    const { placement, profile } = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(4) });
    const t1 = await makeTimesheet(placement, mondayWeeksAgo(3));
    const t2 = await makeTimesheet(placement, mondayWeeksAgo(2));
    const t3 = await makeTimesheet(placement, mondayWeeksAgo(1));
    return { ...w, req, placement, profile, t1, t2, t3 };
  }

  it("approves a submitted timesheet; the worker, agency and raiser are told; it cannot be changed afterwards", async () => {
    const w = await world();
    const v = await viewerOf(w.budgetHolder.id);
    expect(await countTimesheetsToApprove(v)).toBe(3);
    const detail = await getManagerTimesheet(v, w.t1.id);
    expect(detail.lines).toHaveLength(5);
    expect(detail.costPence).toBe(37.5 * 1850);
    expect(detail.rightToWork.allowed).toBe(true);
    await approveTimesheet(v, w.t1.id);
    const t = await db().timesheet.findUniqueOrThrow({ where: { id: w.t1.id } });
    expect(t).toMatchObject({ status: "APPROVED", approvedById: w.budgetHolder.id });
    expect(await db().notification.count({ where: { userId: w.profile.userId!, kind: "timesheet.approved" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "timesheet.approved" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: w.t1.id, action: "timesheet.approve" } })).toBe(1);
    await expect(approveTimesheet(v, w.t1.id)).rejects.toThrow(/cannot be changed/);
    await expect(queryTimesheet(v, { timesheetId: w.t1.id, comment: "wrong" })).rejects.toThrow(/cannot be changed/);
    expect((await db().timesheet.findUniqueOrThrow({ where: { id: w.t1.id } })).status).toBe("APPROVED");
  });

  it("queries a timesheet with a comment the worker sees", async () => {
    const w = await world();
    const v = await viewerOf(w.raiser.id);
    await queryTimesheet(v, { timesheetId: w.t2.id, comment: "Thursday was a training day: 3 hours, not 7.5" });
    const t = await db().timesheet.findUniqueOrThrow({ where: { id: w.t2.id } });
    expect(t).toMatchObject({ status: "QUERIED", queryComment: "Thursday was a training day: 3 hours, not 7.5", queriedById: w.raiser.id });
    const n = await db().notification.findFirstOrThrow({ where: { userId: w.profile.userId!, kind: "timesheet.queried" } });
    expect(n.body).toContain("Thursday was a training day");
    // a queried timesheet waits for the worker: it cannot be approved until resubmitted
    await expect(approveTimesheet(v, w.t2.id)).rejects.toBeInstanceOf(DomainError);
    expect((await listManagerTimesheets(v, { status: "QUERIED" })).rows.map((r) => r.id)).toEqual([w.t2.id]);
  });

  it("approves several at once", async () => {
    const w = await world();
    const v = await viewerOf(w.budgetHolder.id);
    const res = await approveTimesheets(v, [w.t1.id, w.t2.id, w.t3.id]);
    expect(res.approved.sort()).toEqual([w.t1.id, w.t2.id, w.t3.id].sort());
    expect(res.refused).toEqual([]);
    expect(await countTimesheetsToApprove(v)).toBe(0);
    expect((await exportManagerTimesheets(v, { status: "APPROVED" })).length).toBe(3);
  });

  it("refuses a week the worker had no valid right to work, with the reason, and approves the others", async () => {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    // time-limited permission that expired on the Wednesday two weeks ago
    const expired = mondayWeeksAgo(2);
    const wednesday = new Date(new Date(`${expired}T00:00:00Z`).getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const { placement } = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(4), rtwExpiry: wednesday });
    const ok = await makeTimesheet(placement, mondayWeeksAgo(3));
    const bad = await makeTimesheet(placement, mondayWeeksAgo(2));
    const gate = await checkTimesheetRightToWork(db(), w.council.id, bad.id);
    expect(gate.allowed).toBe(false);
    expect(gate.uncoveredDates).toHaveLength(2);
    const v = await viewerOf(w.budgetHolder.id);
    await expect(approveTimesheet(v, bad.id)).rejects.toThrow(/right to work/i);
    const res = await approveTimesheets(v, [ok.id, bad.id]);
    expect(res.approved).toEqual([ok.id]);
    expect(res.refused).toEqual([{ id: bad.id, message: expect.stringMatching(/right to work/i) }]);
    expect((await db().timesheet.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe("SUBMITTED");
  });

  it("another service's manager cannot see, approve or query a timesheet by id; other roles are refused", async () => {
    const w = await world();
    const housing = await viewerOf(w.housingManager.id);
    await expect(getManagerTimesheet(housing, w.t1.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveTimesheet(housing, w.t1.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(queryTimesheet(housing, { timesheetId: w.t1.id, comment: "no" })).rejects.toBeInstanceOf(NotFoundError);
    const bulk = await approveTimesheets(housing, [w.t1.id]);
    expect(bulk).toEqual({ approved: [], refused: [{ id: w.t1.id, message: expect.any(String) }] });
    expect((await listManagerTimesheets(housing)).total).toBe(0);
    const candidate = await viewerOf(w.profile.userId!);
    await expect(approveTimesheet(candidate, w.t1.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().timesheet.findUniqueOrThrow({ where: { id: w.t1.id } })).status).toBe("SUBMITTED");
  });
});
