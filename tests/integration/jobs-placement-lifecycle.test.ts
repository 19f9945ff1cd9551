/**
 * The daily placement lifecycle (lib/jobs/placement-lifecycle.ts) against real PostgreSQL: upcoming placements start on
 * their start date when every check still passes, or stay on hold with the reasons told; running placements end after
 * their last day. Audited, told once, and a second run the same day changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/registry";
import { runPlacementLifecycle } from "@/lib/jobs/placement-lifecycle";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { resetDatabase, viewerOf } from "./helpers";
import { addCheck, complianceWorld, makeWorker, makeWorkerPlacement, notificationsOf, type World } from "./compliance-fixtures";

const TODAY = "2026-11-24";
let w: World;
let other: World;
const ids: Record<string, string> = {};

async function compliant(councilId: string, candidateId: string, rtwExpires?: string) {
  await addCheck(councilId, candidateId, rtwExpires
    ? { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: rtwExpires }
    : { type: "RIGHT_TO_WORK", rightToWorkRoute: "BRITISH_OR_IRISH" });
  await addCheck(councilId, candidateId, { type: "REFERENCE", refereeName: "First Referee" });
  await addCheck(councilId, candidateId, { type: "REFERENCE", refereeName: "Second Referee" });
}

const statusOf = async (id: string) => (await db().placement.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  await resetDatabase();
  w = await complianceWorld("luton");
  other = await complianceWorld("dudley");

  const starts = await makeWorker(w.council.id, { firstName: "Starts" });
  await compliant(w.council.id, starts.profile.id);
  ids.starts = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, starts.profile.id, { status: "PENDING_START", startDate: TODAY })).placement.id;

  const later = await makeWorker(w.council.id, { firstName: "Later" });
  await compliant(w.council.id, later.profile.id);
  ids.later = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, later.profile.id, { status: "PENDING_START", startDate: "2026-11-30" })).placement.id;

  // Right to work ran out after the placement was made, before its start date.
  const lapsed = await makeWorker(w.council.id, { firstName: "Lapsed" });
  await compliant(w.council.id, lapsed.profile.id, "2026-11-20");
  ids.lapsed = (await makeWorkerPlacement(w, w.cfs, w.cfsManager.id, lapsed.profile.id, { status: "PENDING_START", startDate: "2026-11-23" })).placement.id;
  ids.lapsedUser = lapsed.user!.id;

  const finished = await makeWorker(w.council.id, { firstName: "Finished" });
  ids.finished = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, finished.profile.id, { startDate: "2026-09-07", plannedEndDate: "2026-11-23" })).placement.id;
  ids.finishedUser = finished.user!.id;

  const lastDay = await makeWorker(w.council.id, { firstName: "LastDay" });
  ids.lastDay = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, lastDay.profile.id, { startDate: "2026-09-07", plannedEndDate: TODAY })).placement.id;

  const early = await makeWorker(w.council.id, { firstName: "Early" });
  ids.early = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, early.profile.id, { startDate: "2026-09-07", plannedEndDate: "2027-03-31", actualEndDate: "2026-11-20" })).placement.id;
  await db().placement.update({ where: { id: ids.early }, data: { endReason: "Ended early at the service's request: service redesign" } });

  const converted = await makeWorker(w.council.id, { firstName: "Converted" });
  ids.converted = (await makeWorkerPlacement(w, w.asc, w.ascManager.id, converted.profile.id, { status: "CONVERTED", startDate: "2026-06-01", plannedEndDate: "2026-10-30", actualEndDate: "2026-10-30" })).placement.id;

  // Another council's placement, due to start: only that council's run touches it.
  const dudleyWorker = await makeWorker(other.council.id, { firstName: "Dudley" });
  await compliant(other.council.id, dudleyWorker.profile.id);
  ids.dudley = (await makeWorkerPlacement(other, other.asc, other.ascManager.id, dudleyWorker.profile.id, { status: "PENDING_START", startDate: TODAY })).placement.id;
});

describe("placement lifecycle", () => {
  it("is a scheduled job that also runs when the worker starts", () => {
    expect(JOBS["placement-lifecycle"]).toMatchObject({ cron: "5 0 * * *", runAtStart: true });
  });

  it("one council at a time: another council's placements are left to its own run", async () => {
    const r = await runPlacementLifecycle({ asOf: TODAY, councilId: other.council.id });
    expect(r).toMatchObject({ considered: 1, due: 1, counts: { started: 1, ended: 0, blocked: 0 } });
    expect(await statusOf(ids.dudley)).toBe("ACTIVE");
    expect(await statusOf(ids.starts)).toBe("PENDING_START");
  });

  it("starts, ends and holds what is due, and leaves the rest", async () => {
    const r = await runPlacementLifecycle({ asOf: TODAY, councilId: w.council.id });
    expect(r).toMatchObject({ job: "placement-lifecycle", considered: 4, due: 4, counts: { started: 1, ended: 2, blocked: 1 } });

    expect(await statusOf(ids.starts)).toBe("ACTIVE");
    expect(await statusOf(ids.later)).toBe("PENDING_START");
    expect(await statusOf(ids.lastDay)).toBe("ACTIVE");
    expect(await statusOf(ids.converted)).toBe("CONVERTED");

    // Ran to its planned end: that becomes its actual end.
    expect(await db().placement.findUniqueOrThrow({ where: { id: ids.finished } })).toMatchObject({
      status: "ENDED", actualEndDate: new Date("2026-11-23T00:00:00.000Z"), endReason: "Reached its planned end date",
    });
    // Ended early: its own end date and reason are kept.
    expect(await db().placement.findUniqueOrThrow({ where: { id: ids.early } })).toMatchObject({
      status: "ENDED", actualEndDate: new Date("2026-11-20T00:00:00.000Z"), endReason: "Ended early at the service's request: service redesign",
    });
  });

  it("keeps a placement whose right to work lapsed on hold, and tells the team and the service why", async () => {
    expect(await statusOf(ids.lapsed)).toBe("PENDING_START");
    const [told] = await notificationsOf(w.agency.id).then((ns) => ns.filter((n) => n.kind === "placement.start-blocked"));
    expect(told.title).toMatch(/^PL-.*: Lapsed .* cannot start yet$/);
    expect(told.body).toContain("was due to start on 23 November 2026");
    expect(told.body).toMatch(/right to work/i);
    expect(told.link).toBe(`/agency/placements/${ids.lapsed}`);
    const managers = (await notificationsOf(w.cfsManager.id)).filter((n) => n.kind === "placement.start-blocked");
    expect(managers).toHaveLength(1);
    expect(managers[0].link).toBe(`/manager/placements/${ids.lapsed}`);
    // The other service's manager and the worker hear nothing of it.
    expect((await notificationsOf(w.ascManager.id)).filter((n) => n.kind === "placement.start-blocked")).toHaveLength(0);
    expect((await notificationsOf(ids.lapsedUser)).filter((n) => n.kind === "placement.start-blocked")).toHaveLength(0);
    // The team's placement page says why it is held; an upcoming placement not yet due is not "held".
    const team = await viewerOf(w.agency.id);
    const held = await getAgencyPlacement(team, ids.lapsed);
    expect(held.startHeldBy).not.toBeNull();
    expect(held.startHeldBy!.join(" ")).toMatch(/right to work/i);
    expect((await getAgencyPlacement(team, ids.later)).startHeldBy).toBeNull();
    expect((await getAgencyPlacement(team, ids.starts)).startHeldBy).toBeNull();
  });

  it("tells the worker and the service's managers when a placement ends", async () => {
    const worker = (await notificationsOf(ids.finishedUser)).filter((n) => n.kind === "placement.ended");
    expect(worker).toHaveLength(1);
    expect(worker[0]).toMatchObject({ title: "Your placement as Support Worker has ended", link: "/candidate/timesheets" });
    expect(worker[0].body).toContain("ended on 23 November 2026");
    const managers = (await notificationsOf(w.ascManager.id)).filter((n) => n.kind === "placement.ended");
    expect(managers).toHaveLength(2); // finished and early
  });

  it("audits every change as the system's, with the old and new status", async () => {
    const events = await db().auditEvent.findMany({ where: { entityId: { in: [ids.starts, ids.finished, ids.early, ids.lapsed] } } });
    const byEntity = Object.fromEntries(events.map((e) => [e.entityId, e]));
    expect(byEntity[ids.starts]).toMatchObject({ action: "placement.start", actorId: null, changes: { status: ["PENDING_START", "ACTIVE"] } });
    expect(byEntity[ids.finished]).toMatchObject({ action: "placement.end", actorId: null, changes: { status: ["ACTIVE", "ENDED"], actualEndDate: [null, "2026-11-23"] } });
    expect(byEntity[ids.early]).toMatchObject({ action: "placement.end", changes: { status: ["ACTIVE", "ENDED"] } });
    expect(byEntity[ids.lapsed]).toBeUndefined(); // nothing changed
  });

  it("a second run the same day changes nothing and tells nobody again", async () => {
    const audits = await db().auditEvent.count();
    const notes = await db().notification.count();
    const r = await runPlacementLifecycle({ asOf: TODAY });
    expect(r).toMatchObject({ due: 1, notificationsWritten: 0, counts: { started: 0, ended: 0, blocked: 1 } });
    expect(await db().auditEvent.count()).toBe(audits);
    expect(await db().notification.count()).toBe(notes);
  });

  it("once the right to work is checked again, the held placement starts on the next run", async () => {
    await db().complianceCheck.updateMany({ where: { candidate: { placements: { some: { id: ids.lapsed } } }, type: "RIGHT_TO_WORK" }, data: { supersededAt: new Date() } });
    const lapsed = await db().placement.findUniqueOrThrow({ where: { id: ids.lapsed }, select: { candidateId: true } });
    await addCheck(w.council.id, lapsed.candidateId, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: "2028-01-31" });
    const r = await runPlacementLifecycle({ asOf: TODAY });
    expect(r).toMatchObject({ counts: { started: 1, blocked: 0 } });
    expect(await statusOf(ids.lapsed)).toBe("ACTIVE");
  });

  it("the next day, yesterday's last day has passed", async () => {
    const r = await runPlacementLifecycle({ asOf: "2026-11-25" });
    expect(r.counts).toMatchObject({ ended: 1 });
    expect(await statusOf(ids.lastDay)).toBe("ENDED");
  });
});
