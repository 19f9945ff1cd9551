/**
 * Absences on a placement (rule 2) against real PostgreSQL: the Connect2 team records and removes them, within the
 * council, inside the placement's dates and without overlaps, audited; a sickness absence over a break keeps the
 * AWR clock from resetting, and removing it resets it again.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, DomainError } from "@/lib/auth/errors";
import { absenceSchema, recordAbsence } from "@/lib/placements/record-absence";
import { removeAbsence } from "@/lib/placements/remove-absence";
import { awrClockForPlacements } from "@/lib/compliance/awr-status";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { zodFieldErrors } from "@/lib/forms";
import { resetDatabase, viewerOf } from "./helpers";
import { addTimesheets, complianceWorld, makeWorker, makeWorkerPlacement, mondays, type World } from "./compliance-fixtures";

let luton: World;
let dudley: World;
let placementId: string;
let dudleyPlacementId: string;
let workerUserId: string;

// Worked 4 weeks from Monday 1 June 2026, off sick for the 8 weeks from 29 June, back for 3 weeks from 24 August.
const AS_OF = "2026-09-14";
const SICK = { type: "SICKNESS" as const, startDate: "2026-06-29", endDate: "2026-08-21" };

beforeAll(async () => {
  await resetDatabase();
  luton = await complianceWorld("luton");
  dudley = await complianceWorld("dudley");
  const worker = await makeWorker(luton.council.id, { firstName: "Sasha" });
  workerUserId = worker.user!.id;
  const { placement } = await makeWorkerPlacement(luton, luton.asc, luton.ascManager.id, worker.profile.id, { startDate: "2026-06-01", plannedEndDate: "2027-03-31", awrRoleKey: "support-sasha" });
  placementId = placement.id;
  await addTimesheets(placement, workerUserId, [...mondays("2026-06-01", 4), ...mondays("2026-08-24", 3)]);
  const other = await makeWorker(dudley.council.id, { firstName: "Dana" });
  dudleyPlacementId = (await makeWorkerPlacement(dudley, dudley.asc, dudley.ascManager.id, other.profile.id, { startDate: "2026-06-01" })).placement.id;
});

const clock = async () => (await awrClockForPlacements(db(), luton.council.id, [placementId], AS_OF)).get(placementId)!;
const absences = () => db().absence.count({ where: { placementId } });
const audits = (action: string) => db().auditEvent.count({ where: { entityId: placementId, action } });

describe("recording an absence", () => {
  it("is refused to hiring managers, workers and board members, and to another council's team", async () => {
    for (const id of [luton.ascManager.id, workerUserId, luton.board.id]) {
      await expect(recordAbsence(await viewerOf(id), { placementId, ...SICK })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(recordAbsence(null, { placementId, ...SICK })).rejects.toThrow(/sign in/);
    await expect(recordAbsence(await viewerOf(dudley.agency.id), { placementId, ...SICK })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordAbsence(await viewerOf(luton.agency.id), { placementId: dudleyPlacementId, ...SICK })).rejects.toBeInstanceOf(NotFoundError);
    expect(await absences()).toBe(0);
    expect(await db().absence.count({ where: { placementId: dudleyPlacementId } })).toBe(0);
  });

  it("checks the form: a type, real dates, the end on or after the start", () => {
    const errors = (input: Record<string, string>) => {
      const r = absenceSchema.safeParse({ placementId, ...input });
      return r.success ? {} : zodFieldErrors(r.error);
    };
    expect(errors({ type: "", startDate: "", endDate: "" })).toEqual({
      type: "Choose the type of absence", startDate: "Enter the first day of the absence", endDate: "Enter the last day of the absence",
    });
    expect(errors({ type: "HOLIDAY", startDate: "invalid", endDate: "invalid" })).toEqual({
      type: "Choose the type of absence", startDate: "Start date must be a real date, like 3 11 2026", endDate: "End date must be a real date, like 7 11 2026",
    });
    expect(errors({ type: "SICKNESS", startDate: "2026-07-10", endDate: "2026-07-09" })).toEqual({ endDate: "End date must be the same as or after the start date" });
    expect(errors({ type: "JURY_SERVICE", startDate: "2026-07-10", endDate: "2026-07-10" })).toEqual({});
  });

  it("refuses dates outside the placement, with the message beside the field, and writes nothing", async () => {
    const v = await viewerOf(luton.agency.id);
    const fieldErrors = async (input: { startDate: string; endDate: string }) => {
      const e = await recordAbsence(v, { placementId, type: "SICKNESS", ...input }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DomainError);
      return (e as DomainError).fieldErrors;
    };
    expect(await fieldErrors({ startDate: "2026-05-29", endDate: "2026-06-02" })).toEqual({ startDate: "Start date must be on or after the placement's start date, 1 June 2026" });
    expect(await fieldErrors({ startDate: "2027-03-30", endDate: "2027-04-02" })).toEqual({ endDate: "End date must be on or before the placement's end date, 31 March 2027" });
    expect(await absences()).toBe(0);
    expect(await audits("placement.absence-record")).toBe(0);
  });

  it("records a sickness absence, audited, and the AWR clock no longer resets over the 8-week break", async () => {
    const before = await clock();
    expect(before.weeksCounted).toBe(3); // the 8-week break reset the clock
    const out = await recordAbsence(await viewerOf(luton.agency.id), { placementId, ...SICK });
    const row = await db().absence.findUniqueOrThrow({ where: { id: out.id } });
    expect(row).toMatchObject({ councilId: luton.council.id, placementId, type: "SICKNESS", recordedById: luton.agency.id });
    expect(row.startDate.toISOString().slice(0, 10)).toBe("2026-06-29");
    expect(row.endDate.toISOString().slice(0, 10)).toBe("2026-08-21");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: placementId, action: "placement.absence-record" } });
    expect(audit).toMatchObject({ actorId: luton.agency.id, councilId: luton.council.id, changes: { absenceId: out.id, type: "SICKNESS", startDate: "2026-06-29", endDate: "2026-08-21" } });
    const after = await clock();
    expect(after.weeksCounted).toBe(7); // paused, not reset: 4 + 3
    expect(after.qualifyingDate < before.qualifyingDate).toBe(true);
    // The team's placement page shows it.
    const page = await getAgencyPlacement(await viewerOf(luton.admin.id), placementId);
    expect(page.absences.map((a) => ({ id: a.id, type: a.type, by: a.recordedByName }))).toEqual([{ id: out.id, type: "SICKNESS", by: expect.any(String) }]);
  });

  it("refuses an absence that overlaps one already recorded", async () => {
    const e = await recordAbsence(await viewerOf(luton.admin.id), { placementId, type: "ANNUAL_LEAVE", startDate: "2026-08-21", endDate: "2026-08-28" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).fieldErrors).toEqual({ startDate: "The absence overlaps the sickness absence already recorded from 29 June 2026 to 21 August 2026" });
    expect(await absences()).toBe(1);
  });

  it("an administrator may record one too (the day after the other ends)", async () => {
    await recordAbsence(await viewerOf(luton.admin.id), { placementId, type: "JURY_SERVICE", startDate: "2026-08-22", endDate: "2026-08-23" });
    expect(await absences()).toBe(2);
    expect(await audits("placement.absence-record")).toBe(2);
  });
});

describe("removing an absence", () => {
  it("is refused to other roles, another council, and through another placement", async () => {
    const sick = await db().absence.findFirstOrThrow({ where: { placementId, type: "SICKNESS" } });
    for (const id of [luton.ascManager.id, workerUserId, luton.board.id]) {
      await expect(removeAbsence(await viewerOf(id), { placementId, absenceId: sick.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(removeAbsence(await viewerOf(dudley.agency.id), { placementId, absenceId: sick.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeAbsence(await viewerOf(luton.agency.id), { placementId: dudleyPlacementId, absenceId: sick.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await absences()).toBe(2);
    expect(await audits("placement.absence-remove")).toBe(0);
  });

  it("removes it, audited with what it said, and the clock resets over the break again", async () => {
    const sick = await db().absence.findFirstOrThrow({ where: { placementId, type: "SICKNESS" } });
    await removeAbsence(await viewerOf(luton.agency.id), { placementId, absenceId: sick.id });
    expect(await db().absence.findUnique({ where: { id: sick.id } })).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: placementId, action: "placement.absence-remove" } });
    expect(audit).toMatchObject({ actorId: luton.agency.id, changes: { absenceId: sick.id, type: "SICKNESS", startDate: "2026-06-29", endDate: "2026-08-21" } });
    expect((await clock()).weeksCounted).toBe(3);
    // removing it again: nothing to find
    await expect(removeAbsence(await viewerOf(luton.agency.id), { placementId, absenceId: sick.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await audits("placement.absence-remove")).toBe(1);
  });
});
