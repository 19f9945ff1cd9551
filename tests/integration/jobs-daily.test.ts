/**
 * The daily alerts job against real PostgreSQL: AWR week-10 alerts, right-to-work expiry (30 days ahead and
 * expired) and professional-registration renewals — each expected alert once, to the people the rules name,
 * within the council; a second run writes and emails nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/registry";
import { resetDatabase } from "./helpers";
import { addCheck, addTimesheets, complianceWorld, makeWorker, makeWorkerPlacement, mondays, type World } from "./compliance-fixtures";

const AS_OF = "2026-11-24"; // a Tuesday: the week of 23 November is in progress

type Ids = Record<string, string>;
let luton: World;
let dudley: World;
const ids: Ids = {};

async function activeInAsc(w: World, firstName: string, start = "2026-09-14") {
  const worker = await makeWorker(w.council.id, { firstName });
  const p = await makeWorkerPlacement(w, w.asc, w.ascManager.id, worker.profile.id, { startDate: start, awrRoleKey: `support-${firstName}` });
  return { ...worker, ...p };
}

beforeAll(async () => {
  delete process.env.SMTP_URL; // emails go to the development outbox
  await resetDatabase();
  luton = await complianceWorld("luton");
  dudley = await complianceWorld("dudley");

  // AWR: 10, 9 and 12 counted weeks up to the week beginning 16 November.
  const ten = await activeInAsc(luton, "Ten");
  await addTimesheets(ten.placement, ten.user!.id, mondays("2026-09-14", 10));
  const nine = await activeInAsc(luton, "Nine");
  await addTimesheets(nine.placement, nine.user!.id, mondays("2026-09-21", 9));
  const twelve = await activeInAsc(luton, "Twelve", "2026-08-31");
  await addTimesheets(twelve.placement, twelve.user!.id, mondays("2026-08-31", 12));
  // 10 weeks, but the latest one only QUERIED and one with no hours: 8 counted, no alert.
  const queried = await activeInAsc(luton, "Queried");
  await addTimesheets(queried.placement, queried.user!.id, mondays("2026-09-14", 8));
  await addTimesheets(queried.placement, queried.user!.id, ["2026-11-09"], { hoursPerDay: 0 });
  await addTimesheets(queried.placement, queried.user!.id, ["2026-11-16"], { status: "QUERIED" });
  ids.ten = ten.placement.id;
  ids.nine = nine.placement.id;
  ids.twelve = twelve.placement.id;

  // Right to work.
  const soon = await activeInAsc(luton, "Soon");
  ids.soonCheck = (await addCheck(luton.council.id, soon.profile.id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: "2026-12-10" })).id;
  ids.soonUser = soon.user!.id;
  const gone = await activeInAsc(luton, "Gone");
  ids.goneCheck = (await addCheck(luton.council.id, gone.profile.id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: "2026-11-20" })).id;
  ids.goneUser = gone.user!.id;
  const later = await activeInAsc(luton, "Later");
  await addCheck(luton.council.id, later.profile.id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: "2027-06-01" });
  const british = await activeInAsc(luton, "British");
  await addCheck(luton.council.id, british.profile.id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "BRITISH_OR_IRISH" });
  const notPlaced = await makeWorker(luton.council.id, { firstName: "NotPlaced" });
  await addCheck(luton.council.id, notPlaced.profile.id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: "2026-12-01" });
  ids.notPlacedUser = notPlaced.user!.id;

  // Social Work England registration, no renewal date recorded: renews by 30 November.
  const sw = await makeWorker(luton.council.id, { firstName: "Social" });
  await makeWorkerPlacement(luton, luton.cfs, luton.cfsManager.id, sw.profile.id, { startDate: "2026-10-05", roleCategory: "CHILD_FAMILY_SOCIAL_WORK" });
  ids.swCheck = (await addCheck(luton.council.id, sw.profile.id, { type: "PROFESSIONAL_REGISTRATION", registrationBody: "Social Work England" })).id;
  ids.swUser = sw.user!.id;

  // The other council: one worker at week 10.
  const dTen = await activeInAsc(dudley, "DudleyTen");
  await addTimesheets(dTen.placement, dTen.user!.id, mondays("2026-09-14", 10));
  ids.dudleyTen = dTen.placement.id;
});

const keysOf = async (userId: string) => (await db().notification.findMany({ where: { userId }, select: { dedupeKey: true } })).map((n) => n.dedupeKey).sort();

describe("daily alerts job", () => {
  it("first run: each expected alert, to the people the rules name", async () => {
    const results = await JOBS["daily-alerts"].run({ asOf: AS_OF });
    const byJob = Object.fromEntries(results.map((r) => [r.job, r]));
    expect(byJob["awr-alerts"]).toMatchObject({ due: 2, notificationsWritten: 6 }); // Luton + Dudley, 3 people each
    expect(byJob["rtw-expiry"]).toMatchObject({ due: 2, notificationsWritten: 7 }); // expiring: worker + 2 team; expired: + manager
    expect(byJob["registration-renewals"]).toMatchObject({ due: 1, notificationsWritten: 3 });
    expect(byJob["deliver-emails"].counts).toEqual({ emailed: 16 });

    const awrLuton = `awr-week10:${ids.ten}:2026-09-14`;
    const rtwSoon = `rtw-expiry:${ids.soonCheck}:2026-12-10`;
    const rtwGone = `rtw-expired:${ids.goneCheck}:2026-11-20`;
    const swe = `registration-renewal:${ids.swCheck}:2026-11-30:7-days`;
    // The Connect2 team (agency and admin) hear about everything in their council, nothing from the other one.
    for (const u of [luton.agency, luton.admin]) expect(await keysOf(u.id)).toEqual([awrLuton, rtwSoon, rtwGone, swe].sort());
    expect(await keysOf(luton.inactiveAgency.id)).toEqual([]);
    // The service's managers: AWR and expired right to work in their service only.
    expect(await keysOf(luton.ascManager.id)).toEqual([awrLuton, rtwGone].sort());
    expect(await keysOf(luton.cfsManager.id)).toEqual([]);
    expect(await keysOf(luton.board.id)).toEqual([]);
    // Workers hear about their own right to work and registration, never AWR.
    expect(await keysOf(ids.soonUser)).toEqual([rtwSoon]);
    expect(await keysOf(ids.goneUser)).toEqual([rtwGone]);
    expect(await keysOf(ids.swUser)).toEqual([swe]);
    expect(await keysOf(ids.notPlacedUser)).toEqual([]);
    // Dudley's own team and manager only.
    const awrDudley = `awr-week10:${ids.dudleyTen}:2026-09-14`;
    for (const u of [dudley.agency, dudley.admin, dudley.ascManager]) expect(await keysOf(u.id)).toEqual([awrDudley]);
    // No alert for weeks 9 or 12, nor for a clock held back by a queried and a nil timesheet.
    const awrKeys = (await db().notification.findMany({ where: { kind: "awr.week10" }, select: { dedupeKey: true } })).map((n) => n.dedupeKey);
    expect(new Set(awrKeys)).toEqual(new Set([awrLuton, awrDudley]));

    // Explainable: the alert says where the clock stands and when equal treatment starts.
    const alert = await db().notification.findFirstOrThrow({ where: { userId: luton.agency.id, kind: "awr.week10" } });
    expect(alert.title).toMatch(/is at week 10 of 12$/);
    expect(alert.body).toContain("equal basic pay and conditions apply from Monday 7 December 2026");
    expect(alert.link).toBe(`/agency/placements/${ids.ten}`);
    const managerAlert = await db().notification.findFirstOrThrow({ where: { userId: luton.ascManager.id, kind: "awr.week10" } });
    expect(managerAlert.link).toBe(`/manager/placements/${ids.ten}`);
    const workerRtw = await db().notification.findFirstOrThrow({ where: { userId: ids.soonUser } });
    expect(workerRtw.title).toBe("Your right to work ends on 10 December 2026");

    // Every notification was emailed once, to the right address.
    const emails = await db().outboundEmail.findMany({ where: { transport: "outbox" } });
    expect(emails).toHaveLength(16);
    const agencyEmail = (await db().user.findUniqueOrThrow({ where: { id: luton.agency.id } })).email;
    expect(emails.filter((e) => e.to === agencyEmail)).toHaveLength(4);
    expect(await db().notification.count({ where: { emailedAt: null } })).toBe(0);
  });

  it("second run the same day: nothing new is written or emailed", async () => {
    const before = { n: await db().notification.count(), e: await db().outboundEmail.count() };
    const results = await JOBS["daily-alerts"].run({ asOf: AS_OF });
    for (const r of results.filter((x) => x.job !== "deliver-emails")) expect(r.notificationsWritten).toBe(0);
    expect(results.find((r) => r.job === "deliver-emails")?.counts).toEqual({ emailed: 0 });
    expect(await db().notification.count()).toBe(before.n);
    expect(await db().outboundEmail.count()).toBe(before.e);
  });

  it("later days: the same clock run and the same expiry are not told again; a new stage is", async () => {
    const before = await db().notification.count();
    // A week later the worker at week 10 has worked week 11: same clock run, same key.
    await addTimesheets({ id: ids.ten, councilId: luton.council.id }, luton.agency.id, ["2026-11-23"]);
    const results = await JOBS["daily-alerts"].run({ asOf: "2026-11-30" });
    const byJob = Object.fromEntries(results.map((r) => [r.job, r]));
    expect(byJob["awr-alerts"].notificationsWritten).toBe(0);
    expect(byJob["rtw-expiry"].notificationsWritten).toBe(0);
    // 30 November: the registration is due today, still the 7-day stage: nothing new.
    expect(byJob["registration-renewals"].notificationsWritten).toBe(0);
    expect(await db().notification.count()).toBe(before);
    // 11 December: the permission that ended on 10 December has now expired — a new stage, told once
    // (worker, agency, admin and the service's manager); everything else is unchanged.
    const later = await JOBS["daily-alerts"].run({ asOf: "2026-12-11" });
    const laterByJob = Object.fromEntries(later.map((r) => [r.job, r]));
    expect(laterByJob["rtw-expiry"].notificationsWritten).toBe(4);
    expect(laterByJob["awr-alerts"].notificationsWritten).toBe(0);
    expect(await keysOf(ids.soonUser)).toEqual([`rtw-expired:${ids.soonCheck}:2026-12-10`, `rtw-expiry:${ids.soonCheck}:2026-12-10`]);
    const again = await JOBS["daily-alerts"].run({ asOf: "2026-12-11" });
    expect(again.reduce((n, r) => n + r.notificationsWritten, 0)).toBe(0);
  });
});
