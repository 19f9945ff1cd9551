/**
 * awrStatusForCouncil over real timesheets and absences: which weeks count (submitted or approved, with
 * hours), the clock across placements in the same role, a different role, pauses, and tenancy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { awrStatusForCouncil } from "@/lib/compliance/awr-status";
import { resetDatabase } from "./helpers";
import { addTimesheets, complianceWorld, d, makeWorker, makeWorkerPlacement, mondays, type World } from "./compliance-fixtures";

const AS_OF = "2026-11-24";
let w: World;
let other: World;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase();
  w = await complianceWorld("luton");
  other = await complianceWorld("dudley");

  // Two placements in the same role with the council: the clock runs across both (6 + 4 = 10 weeks).
  const a = await makeWorker(w.council.id, { firstName: "Across" });
  const first = await makeWorkerPlacement(w, w.asc, w.ascManager.id, a.profile.id, { status: "ENDED", startDate: "2026-08-24", actualEndDate: "2026-10-02", awrRoleKey: "care-worker" });
  await addTimesheets(first.placement, a.user!.id, mondays("2026-08-24", 6), { status: "APPROVED" });
  const second = await makeWorkerPlacement(w, w.asc, w.ascManager.id, a.profile.id, { startDate: "2026-10-26", awrRoleKey: "care-worker" });
  await addTimesheets(second.placement, a.user!.id, mondays("2026-10-26", 4), { status: "SUBMITTED" });
  ids.across = second.placement.id;
  ids.acrossEnded = first.placement.id;

  // A different role afterwards resets: only the new role's weeks count.
  const b = await makeWorker(w.council.id, { firstName: "Switch" });
  const old = await makeWorkerPlacement(w, w.asc, w.ascManager.id, b.profile.id, { status: "ENDED", startDate: "2026-06-01", actualEndDate: "2026-09-25", awrRoleKey: "cook" });
  await addTimesheets(old.placement, b.user!.id, mondays("2026-06-01", 17));
  const now = await makeWorkerPlacement(w, w.asc, w.ascManager.id, b.profile.id, { startDate: "2026-10-26", awrRoleKey: "care-worker" });
  await addTimesheets(now.placement, b.user!.id, mondays("2026-10-26", 4));
  ids.switch = now.placement.id;

  // Care work, then 3 weeks as a cook, then care again: the return to care starts a new clock (reg 7(3)),
  // it does not resume the first one.
  const r = await makeWorker(w.council.id, { firstName: "Return" });
  const care1 = await makeWorkerPlacement(w, w.asc, w.ascManager.id, r.profile.id, { status: "ENDED", startDate: "2026-08-31", actualEndDate: "2026-10-02", awrRoleKey: "care-worker" });
  await addTimesheets(care1.placement, r.user!.id, mondays("2026-08-31", 5));
  const cook = await makeWorkerPlacement(w, w.asc, w.ascManager.id, r.profile.id, { status: "ENDED", startDate: "2026-10-05", actualEndDate: "2026-10-23", awrRoleKey: "cook" });
  await addTimesheets(cook.placement, r.user!.id, mondays("2026-10-05", 3));
  const care2 = await makeWorkerPlacement(w, w.asc, w.ascManager.id, r.profile.id, { startDate: "2026-10-26", awrRoleKey: "care-worker" });
  await addTimesheets(care2.placement, r.user!.id, mondays("2026-10-26", 4));
  ids.returned = care2.placement.id;
  ids.cook = cook.placement.id;

  // Queried and nil timesheets do not count; a 3-week sickness absence pauses the clock.
  const c = await makeWorker(w.council.id, { firstName: "Paused" });
  const p = await makeWorkerPlacement(w, w.asc, w.ascManager.id, c.profile.id, { startDate: "2026-08-03", awrRoleKey: "driver" });
  await addTimesheets(p.placement, c.user!.id, mondays("2026-08-03", 7)); // to 14 September
  await db().absence.create({ data: { councilId: w.council.id, placementId: p.placement.id, type: "SICKNESS", startDate: d("2026-09-21"), endDate: d("2026-10-09"), recordedById: w.agency.id } });
  await addTimesheets(p.placement, c.user!.id, mondays("2026-10-12", 4)); // to 2 November: 11 counted
  await addTimesheets(p.placement, c.user!.id, ["2026-11-09"], { status: "QUERIED" });
  await addTimesheets(p.placement, c.user!.id, ["2026-11-16"], { hoursPerDay: 0 });
  ids.paused = p.placement.id;

  // Another council's worker with the same role key: separate hirer, separate clock, never returned.
  const x = await makeWorker(other.council.id, { firstName: "Elsewhere" });
  const xp = await makeWorkerPlacement(other, other.asc, other.ascManager.id, x.profile.id, { startDate: "2026-08-24", awrRoleKey: "care-worker" });
  await addTimesheets(xp.placement, x.user!.id, mondays("2026-08-24", 12));
  ids.elsewhere = xp.placement.id;
});

describe("awrStatusForCouncil", () => {
  it("counts weeks across placements in the same role, resets on a different role, pauses for sickness", async () => {
    const rows = await awrStatusForCouncil(db(), w.council.id, { asOf: AS_OF });
    const by = new Map(rows.map((r) => [r.placementId, r]));
    expect(rows.map((r) => r.placementId).sort()).toEqual([ids.across, ids.switch, ids.paused, ids.returned].sort()); // ACTIVE only by default
    expect(by.get(ids.returned)).toMatchObject({ weeksCounted: 4, clockStart: "2026-10-26" });
    expect(by.get(ids.across)).toMatchObject({ weeksCounted: 10, alertDue: true, qualified: false, clockStart: "2026-08-24", qualifyingDate: "2026-12-07" });
    expect(by.get(ids.switch)).toMatchObject({ weeksCounted: 4, alertDue: false, clockStart: "2026-10-26" });
    expect(by.get(ids.paused)).toMatchObject({ weeksCounted: 11, alertDue: true, clockStart: "2026-08-03" });
    expect(by.get(ids.paused)!.explanation[0]).toBe("11 of 12 qualifying weeks counted as at 24 November 2026.");
    expect(by.get(ids.switch)!.explanation.join(" ")).toContain("substantially different role");
  });

  it("narrows to a placement or candidate, widens to other statuses, and stays in the council", async () => {
    const one = await awrStatusForCouncil(db(), w.council.id, { placementIds: [ids.acrossEnded], statuses: ["ENDED"], asOf: AS_OF });
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ status: "ENDED", weeksCounted: 10 });
    // The cook placement's own clock stops at its 3 weeks (later care weeks are not its count).
    const cookClock = await awrStatusForCouncil(db(), w.council.id, { placementIds: [ids.cook], statuses: ["ENDED"], asOf: AS_OF });
    expect(cookClock[0]).toMatchObject({ weeksCounted: 3, clockStart: "2026-10-05" });
    expect(await awrStatusForCouncil(db(), w.council.id, { placementIds: [ids.elsewhere], asOf: AS_OF })).toEqual([]);
    const dudley = await awrStatusForCouncil(db(), other.council.id, { asOf: AS_OF });
    expect(dudley).toHaveLength(1);
    expect(dudley[0]).toMatchObject({ placementId: ids.elsewhere, weeksCounted: 12, qualified: true, qualifyingDate: "2026-11-16" });
  });
});
