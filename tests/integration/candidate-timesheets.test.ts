import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { submitTimesheet, TimesheetExistsError } from "@/lib/timesheets/submit-timesheet";
import { respondToQuery } from "@/lib/timesheets/respond-to-query";
import { queryTimesheet } from "@/lib/timesheets/query-timesheet";
import { respondToQuerySchema, submitTimesheetSchema } from "@/lib/timesheets/schemas";
import { getMyTimesheet, getTimesheetWeekForm, listMyTimesheets } from "@/lib/timesheets/candidate-queries";
import { getMyPlacement, listMyPlacements } from "@/lib/placements/candidate-queries";
import { addDays } from "@/lib/compliance/dates";
import { resetDatabase } from "./helpers";
import { candidateWorld, isoPlusDays, makePlacementFor, mondayWeeksAgo, viewerOf } from "./candidate-fixtures";

const FIVE_DAYS = { mon: "7.5", tue: "7.5", wed: "7.5", thu: "7.5", fri: "7.5", sat: "", sun: "" };
const submit = (placementId: string, weekStart: string, days: Record<string, string> = FIVE_DAYS) =>
  submitTimesheetSchema.parse({ placementId, weekStart, ...days });

async function world() {
  const w = await candidateWorld();
  const placement = await makePlacementFor(w.luton.id, w.alice.profile.id, w.careJob, w.agency.id, { startDate: mondayWeeksAgo(4) });
  const bobs = await makePlacementFor(w.luton.id, w.bob.profile.id, w.housingJob, w.agency.id, { startDate: mondayWeeksAgo(2) });
  return { ...w, placement, bobs };
}

describe("placements and timesheets for the worker", () => {
  beforeEach(resetDatabase);

  it("submits a week of hours with rates frozen from the placement; the managers are told", async () => {
    const w = await world();
    const ts = await submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(1)));
    expect(ts).toMatchObject({ status: "SUBMITTED", payRatePence: 1400, chargeRatePence: 1850, submittedById: w.alice.user.id });
    expect(ts.totalHours.toString()).toBe("37.5");
    const lines = await db().timesheetLine.findMany({ where: { timesheetId: ts.id }, orderBy: { workDate: "asc" } });
    expect(lines.map((l) => [l.workDate.toISOString().slice(0, 10), l.hours.toString()])).toHaveLength(5);
    expect(lines[0].workDate.toISOString().slice(0, 10)).toBe(mondayWeeksAgo(1));
    expect(await db().auditEvent.count({ where: { entityId: ts.id, action: "timesheet.submit" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "timesheet.submitted" } })).toBe(1);

    const mine = await getMyTimesheet(w.alice.viewer, ts.id);
    expect(mine.days.map((x) => x.hours)).toEqual(["7.5", "7.5", "7.5", "7.5", "7.5", "", ""]);
    expect((await listMyTimesheets(w.alice.viewer)).map((t) => t.id)).toEqual([ts.id]);
    expect(await listMyTimesheets(w.bob.viewer)).toEqual([]);
  });

  it("refuses a second timesheet for the same week, also when two arrive at once", async () => {
    const w = await world();
    const first = await submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(2)));
    const again = await submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(2))).catch((e) => e);
    expect(again).toBeInstanceOf(TimesheetExistsError);
    expect((again as TimesheetExistsError).timesheetId).toBe(first.id);
    expect((again as Error).message).toMatch(/already sent a timesheet for the week beginning/);

    const racing = await Promise.allSettled([
      submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(3))),
      submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(3))),
    ]);
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((racing.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(TimesheetExistsError);
    expect(await db().timesheet.count({ where: { placementId: w.placement.id } })).toBe(2);
  });

  it("refuses a week outside the placement, a week not yet started and more than 24 hours in a day", async () => {
    const w = await world();
    await expect(submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(6)))).rejects.toThrow(/outside your placement/);
    await expect(submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(-1)))).rejects.toThrow(/has not started yet/);
    expect(submitTimesheetSchema.safeParse({ placementId: w.placement.id, weekStart: mondayWeeksAgo(1), ...FIVE_DAYS, wed: "25" }).success).toBe(false);
    // the domain function holds the rule too, whatever reaches it
    const err = await submitTimesheet(w.alice.viewer, { placementId: w.placement.id, weekStart: mondayWeeksAgo(1), hours: [7, 7, 26, 0, 0, 0, 0] }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.wed).toMatch(/24 or fewer/);
    expect(await db().timesheet.count()).toBe(0);
  });

  it("refuses hours after an ended placement's actual end, and for a placement that has not started", async () => {
    const w = await candidateWorld();
    const ended = await makePlacementFor(w.luton.id, w.alice.profile.id, w.careJob, w.agency.id, {
      status: "ENDED", startDate: mondayWeeksAgo(5), actualEndDate: addDays(mondayWeeksAgo(1), 2), // the Wednesday of last week
    });
    const err = await submitTimesheet(w.alice.viewer, submit(ended.id, mondayWeeksAgo(1))).catch((e) => e);
    expect((err as DomainError).fieldErrors?.thu).toMatch(/your placement runs/);
    const ok = await submitTimesheet(w.alice.viewer, submit(ended.id, mondayWeeksAgo(1), { mon: "8", tue: "8", wed: "8" }));
    expect(ok.totalHours.toString()).toBe("24");
    const pending = await makePlacementFor(w.luton.id, w.bob.profile.id, w.housingJob, w.agency.id, { status: "PENDING_START", startDate: isoPlusDays(14) });
    await expect(submitTimesheet(w.bob.viewer, submit(pending.id, mondayWeeksAgo(0)))).rejects.toThrow(/has not started yet/);
  });

  it("answers a query and resubmits: lines replaced in one go, status SUBMITTED, the query comment and the answer both kept", async () => {
    const w = await world();
    const ts = await submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(1)));
    await expect(respondToQuery(w.alice.viewer, respondToQuerySchema.parse({ timesheetId: ts.id, response: "x", ...FIVE_DAYS }))).rejects.toThrow(/waiting for approval/);
    await queryTimesheet(await viewerOf(w.manager.id), { timesheetId: ts.id, comment: "Thursday was a training day: 3 hours" });

    const bad = await respondToQuery(w.alice.viewer, { timesheetId: ts.id, response: "fixed", hours: [7.5, 7.5, 7.5, 30, 7.5, 0, 0] }).catch((e) => e);
    expect((bad as DomainError).fieldErrors?.thu).toMatch(/24 or fewer/);
    expect((await db().timesheet.findUniqueOrThrow({ where: { id: ts.id } })).status).toBe("QUERIED");

    await respondToQuery(w.alice.viewer, respondToQuerySchema.parse({ timesheetId: ts.id, response: "Sorry, corrected Thursday to 3 hours", ...FIVE_DAYS, thu: "3" }));
    const after = await db().timesheet.findUniqueOrThrow({ where: { id: ts.id }, include: { lines: { orderBy: { workDate: "asc" } } } });
    expect(after).toMatchObject({ status: "SUBMITTED", queryComment: "Thursday was a training day: 3 hours", queryResponse: "Sorry, corrected Thursday to 3 hours" });
    expect(after.totalHours.toString()).toBe("33");
    expect(after.lines.map((l) => l.hours.toString())).toEqual(["7.5", "7.5", "7.5", "3", "7.5"]);
    expect(await db().auditEvent.count({ where: { entityId: ts.id, action: "timesheet.resubmit" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "timesheet.resubmitted" } })).toBe(1);
    // a double post cannot resubmit twice
    await expect(respondToQuery(w.alice.viewer, { timesheetId: ts.id, response: "again", hours: [1, 0, 0, 0, 0, 0, 0] })).rejects.toThrow(/already been sent/);

    const view = await getMyTimesheet(w.alice.viewer, ts.id);
    expect(view).toMatchObject({ status: "SUBMITTED", queryComment: "Thursday was a training day: 3 hours", queryResponse: "Sorry, corrected Thursday to 3 hours" });
  });

  it("lists the worker's placements and weeks, newest first, without the charge rate", async () => {
    const w = await world();
    const ts = await submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(2)));
    const list = await listMyPlacements(w.alice.viewer);
    expect(list.map((p) => p.id)).toEqual([w.placement.id]);
    expect(list[0]).not.toHaveProperty("chargeRatePence");
    const detail = await getMyPlacement(w.alice.viewer, w.placement.id);
    expect(detail.weeks.map((x) => x.weekStart)).toEqual([0, 1, 2, 3, 4].map(mondayWeeksAgo));
    expect(detail.weeks[2]).toMatchObject({ timesheet: { id: ts.id, status: "SUBMITTED" }, canSubmit: false });
    expect(detail.weeks[0]).toMatchObject({ timesheet: null, canSubmit: true });
    const form = await getTimesheetWeekForm(w.alice.viewer, w.placement.id, mondayWeeksAgo(2));
    expect(form.existingId).toBe(ts.id);
    const odd = await getTimesheetWeekForm(w.alice.viewer, w.placement.id, "2026-13-45");
    expect(odd.weekStart).toBe(mondayWeeksAgo(0));
  });

  it("another worker's placement and timesheet are refused by id: read, submit and answer", async () => {
    const w = await world();
    const ts = await submitTimesheet(w.alice.viewer, submit(w.placement.id, mondayWeeksAgo(1)));
    await queryTimesheet(await viewerOf(w.manager.id), { timesheetId: ts.id, comment: "check Friday" });
    await expect(getMyPlacement(w.bob.viewer, w.placement.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMyTimesheet(w.bob.viewer, ts.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTimesheetWeekForm(w.bob.viewer, w.placement.id, mondayWeeksAgo(2))).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitTimesheet(w.bob.viewer, submit(w.placement.id, mondayWeeksAgo(2)))).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToQuery(w.bob.viewer, { timesheetId: ts.id, response: "mine now", hours: [1, 0, 0, 0, 0, 0, 0] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitTimesheet(await viewerOf(w.agency.id), submit(w.placement.id, mondayWeeksAgo(2)))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().timesheet.count()).toBe(1);
    expect((await db().timesheet.findUniqueOrThrow({ where: { id: ts.id } })).status).toBe("QUERIED");
  });
});
