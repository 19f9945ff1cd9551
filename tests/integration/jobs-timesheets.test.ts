/**
 * Weekly timesheet reminders against real PostgreSQL: Monday — workers with no timesheet for last week;
 * Tuesday — each service's managers, with how many timesheets wait for approval. Each once per week.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/registry";
import { resetDatabase } from "./helpers";
import { addTimesheets, complianceWorld, makeWorker, makeWorkerPlacement, type World } from "./compliance-fixtures";

const MONDAY = "2026-11-23"; // last week began 16 November
const TUESDAY = "2026-11-24";
let w: World;
const ids: Record<string, string> = {};

beforeAll(async () => {
  delete process.env.SMTP_URL;
  await resetDatabase();
  w = await complianceWorld("luton");
  const missing = await makeWorker(w.council.id, { firstName: "Missing" });
  ids.missingPlacement = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, missing.profile.id, { startDate: "2026-09-07" })).placement.id;
  ids.missingUser = missing.user!.id;
  const done = await makeWorker(w.council.id, { firstName: "Done" });
  const donePl = await makeWorkerPlacement(w, w.asc, w.ascManager.id, done.profile.id, { startDate: "2026-09-07" });
  await addTimesheets(donePl.placement, done.user!.id, ["2026-11-09", "2026-11-16"], { status: "SUBMITTED" });
  ids.doneUser = done.user!.id;
  const starting = await makeWorker(w.council.id, { firstName: "Starting" });
  await makeWorkerPlacement(w, w.asc, w.ascManager.id, starting.profile.id, { status: "PENDING_START", startDate: "2026-12-07" });
  ids.startingUser = starting.user!.id;
  // Children and Families: one waiting from last week, one approved.
  const cfsWorker = await makeWorker(w.council.id, { firstName: "Cfs" });
  const cfsPl = await makeWorkerPlacement(w, w.cfs, w.cfsManager.id, cfsWorker.profile.id, { startDate: "2026-09-07" });
  await addTimesheets(cfsPl.placement, cfsWorker.user!.id, ["2026-11-09"], { status: "APPROVED" });
  await addTimesheets(cfsPl.placement, cfsWorker.user!.id, ["2026-11-16"], { status: "SUBMITTED" });
});

describe("Monday: workers' timesheet reminders", () => {
  it("reminds only the worker with no timesheet for last week, once", async () => {
    const [r] = await JOBS["timesheet-reminders-workers"].run({ asOf: MONDAY });
    expect(r).toMatchObject({ due: 1, notificationsWritten: 1 });
    const n = await db().notification.findFirstOrThrow({ where: { userId: ids.missingUser } });
    expect(n).toMatchObject({ kind: "timesheet.missing", dedupeKey: `timesheet-reminder:${ids.missingPlacement}:2026-11-16`, link: "/candidate/timesheets" });
    expect(n.title).toBe("Submit your timesheet for the week beginning 16 November 2026");
    expect(await db().notification.count({ where: { userId: { in: [ids.doneUser, ids.startingUser] } } })).toBe(0);
    const [again] = await JOBS["timesheet-reminders-workers"].run({ asOf: MONDAY });
    expect(again).toMatchObject({ due: 1, notificationsWritten: 0 });
  });
});

describe("Tuesday: managers' approval reminders", () => {
  it("tells each service's managers how many wait, once a week", async () => {
    const [r] = await JOBS["timesheet-reminders-managers"].run({ asOf: TUESDAY });
    expect(r).toMatchObject({ due: 2, notificationsWritten: 2 });
    const asc = await db().notification.findFirstOrThrow({ where: { userId: w.ascManager.id, kind: "timesheet.awaiting-approval" } });
    expect(asc.title).toBe("2 timesheets are waiting for approval in Adult Social Care");
    const cfs = await db().notification.findFirstOrThrow({ where: { userId: w.cfsManager.id, kind: "timesheet.awaiting-approval" } });
    expect(cfs.title).toBe("1 timesheet is waiting for approval in Children and Families");
    expect(cfs.link).toBe("/manager/timesheets");
    expect(await db().notification.count({ where: { userId: { in: [w.agency.id, w.board.id] } } })).toBe(0);
    const [again] = await JOBS["timesheet-reminders-managers"].run({ asOf: TUESDAY });
    expect(again.notificationsWritten).toBe(0);
    // The next Tuesday is a new week: told again if still waiting.
    const [next] = await JOBS["timesheet-reminders-managers"].run({ asOf: "2026-12-01" });
    expect(next.notificationsWritten).toBe(2);
  });
});
