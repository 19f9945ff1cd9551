/**
 * IR35 disagreements (rule 3) against real PostgreSQL: the Connect2 team records that a worker disagreed (the
 * respond-by date is received + 44, the 45th day counting the day received), answers it — upheld or changed,
 * with a new determination — within the council only, audited, the worker told; the pages show open / answered
 * / overdue; the daily alerts tell the team once when the deadline is 7 days away and once when it has passed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { recordDetermination } from "@/lib/applications/record-determination";
import { disagreementResponseSchema, respondToDisagreement, type DisagreementResponseInput } from "@/lib/applications/respond-to-disagreement";
import { getAgencyApplication } from "@/lib/applications/agency-queries";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { disagreementStatus } from "@/lib/compliance/ir35";
import { londonToday } from "@/lib/jobs/clock";
import { runIr35DisagreementAlerts } from "@/lib/jobs/ir35-disagreements";
import { runDailyAlerts } from "@/lib/jobs/registry";
import { zodFieldErrors } from "@/lib/forms";
import { resetDatabase, viewerOf } from "./helpers";
import { complianceWorld, makeWorker, makeWorkerPlacement, type World } from "./compliance-fixtures";

const TODAY = "2026-11-24";
let luton: World;
let dudley: World;
let upheld: { applicationId: string; placementId: string; workerUserId: string };
let changed: { applicationId: string; placementId: string; workerUserId: string };
let dudleyApp: string;

async function psc(w: World, firstName: string) {
  const worker = await makeWorker(w.council.id, { firstName });
  const { application, placement } = await makeWorkerPlacement(w, w.asc, w.ascManager.id, worker.profile.id, { startDate: "2026-09-07", engagementType: "LIMITED_COMPANY" });
  return { applicationId: application.id, placementId: placement.id, workerUserId: worker.user!.id };
}

const sds = (applicationId: string, disagreementReceivedOn: string | null = null) => ({
  applicationId, status: "INSIDE" as const, reasons: "The council directs how, when and where the work is done.", determinedOn: "2026-09-01", disagreementReceivedOn,
});
const answer = (applicationId: string, over: Partial<DisagreementResponseInput> = {}): DisagreementResponseInput => ({
  applicationId, outcome: "UPHELD", response: "The council still directs the work day to day.", respondedOn: "2026-11-10", ...over,
});

beforeAll(async () => {
  await resetDatabase();
  luton = await complianceWorld("luton");
  dudley = await complianceWorld("dudley");
  upheld = await psc(luton, "Uma");
  changed = await psc(luton, "Chen");
  const d = await psc(dudley, "Dev");
  dudleyApp = d.applicationId;
  const agency = await viewerOf(luton.agency.id);
  await recordDetermination(agency, sds(upheld.applicationId), TODAY);
  await recordDetermination(agency, sds(changed.applicationId), TODAY);
  await recordDetermination(await viewerOf(dudley.agency.id), sds(dudleyApp, "2026-10-12"), TODAY);
});

const determination = (applicationId: string) => db().statusDetermination.findUniqueOrThrow({ where: { applicationId } });
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

describe("recording that a disagreement was received", () => {
  it("sets the respond-by date to the 45th day counting the day received, audited", async () => {
    await recordDetermination(await viewerOf(luton.agency.id), sds(upheld.applicationId, "2026-10-01"), TODAY);
    const row = await determination(upheld.applicationId);
    expect(iso(row.disagreementReceivedOn)).toBe("2026-10-01");
    expect(iso(row.disagreementRespondBy)).toBe("2026-11-14");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: upheld.applicationId, action: "application.ir35-determination" }, orderBy: { createdAt: "desc" } });
    expect(audit.changes).toMatchObject({ disagreementRespondBy: "2026-11-14", disagreementReceivedOn: [null, "2026-10-01"] });
  });

  it("refuses a received date in the future", async () => {
    const e = await recordDetermination(await viewerOf(luton.agency.id), sds(changed.applicationId, "2026-11-25"), TODAY).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).fieldErrors).toEqual({ disagreementReceivedOn: "Date the disagreement was received must be today or in the past" });
    expect((await determination(changed.applicationId)).disagreementReceivedOn).toBeNull();
  });

  it("the pages show it open, then overdue, with the deadline", async () => {
    const v = await viewerOf(luton.agency.id);
    expect((await getAgencyApplication(v, upheld.applicationId, "2026-11-10")).ir35?.disagreement).toMatchObject({
      receivedOn: "2026-10-01", respondBy: "2026-11-14", state: "open", daysRemaining: 4, summary: "Open: respond by 14 November 2026 (4 days left).",
    });
    expect((await getAgencyApplication(v, upheld.applicationId, TODAY)).ir35?.disagreement).toMatchObject({ state: "overdue", daysRemaining: -10 });
    const placement = await getAgencyPlacement(v, upheld.placementId);
    expect(placement.ir35?.disagreement).toMatchObject({ respondBy: "2026-11-14", state: disagreementStatus({ receivedOn: "2026-10-01" }, londonToday()).state });
  });
});

describe("answering a disagreement", () => {
  it("checks the form: an outcome, a response, a real date; reasons when the determination changes", () => {
    const errors = (input: Record<string, string>) => {
      const r = disagreementResponseSchema.safeParse({ applicationId: "x", ...input });
      return r.success ? {} : zodFieldErrors(r.error);
    };
    expect(errors({ outcome: "", response: "  ", respondedOn: "" })).toEqual({
      outcome: "Choose whether the determination is upheld or changed", response: "Enter the council's response to the disagreement", respondedOn: "Enter the date of the response",
    });
    expect(errors({ outcome: "CHANGED", response: "We agree.", respondedOn: "invalid", newReasons: "" })).toEqual({
      respondedOn: "Date of the response must be a real date", newReasons: "Give the reasons for the new determination",
    });
    expect(errors({ outcome: "UPHELD", response: "x".repeat(5001), respondedOn: "2026-11-10" })).toEqual({ response: "The response must be 5,000 characters or fewer" });
    expect(errors({ outcome: "UPHELD", response: "Stands.", respondedOn: "2026-11-10" })).toEqual({});
  });

  it("is refused to hiring managers, workers and board members, and to another council's team", async () => {
    for (const id of [luton.ascManager.id, upheld.workerUserId, luton.board.id]) {
      await expect(respondToDisagreement(await viewerOf(id), answer(upheld.applicationId), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(respondToDisagreement(await viewerOf(dudley.agency.id), answer(upheld.applicationId), TODAY)).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToDisagreement(await viewerOf(luton.agency.id), answer(dudleyApp), TODAY)).rejects.toBeInstanceOf(NotFoundError);
    expect((await determination(upheld.applicationId)).disagreementRespondedOn).toBeNull();
    expect((await determination(dudleyApp)).disagreementRespondedOn).toBeNull();
  });

  it("refuses when no disagreement is recorded, and dates before receipt or in the future", async () => {
    const v = await viewerOf(luton.agency.id);
    await expect(respondToDisagreement(v, answer(changed.applicationId), TODAY)).rejects.toThrow("No disagreement has been recorded for this determination");
    const fieldErrors = async (respondedOn: string) => {
      const e = await respondToDisagreement(v, answer(upheld.applicationId, { respondedOn }), TODAY).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DomainError);
      return (e as DomainError).fieldErrors;
    };
    expect(await fieldErrors("2026-09-30")).toEqual({ respondedOn: "Date of the response must be on or after the date the disagreement was received, 1 October 2026" });
    expect(await fieldErrors("2026-11-25")).toEqual({ respondedOn: "Date of the response must be today or in the past" });
    expect(await db().auditEvent.count({ where: { action: "application.ir35-disagreement-response" } })).toBe(0);
  });

  it("upheld: records the response and its date, keeps the determination, audits and tells the worker; only once", async () => {
    const out = await respondToDisagreement(await viewerOf(luton.agency.id), answer(upheld.applicationId), TODAY);
    expect(out).toMatchObject({ outcome: "UPHELD", status: "INSIDE", respondBy: "2026-11-14", answeredLate: false });
    const row = await determination(upheld.applicationId);
    expect(row).toMatchObject({ status: "INSIDE", reasons: "The council directs how, when and where the work is done.", disagreementResponse: "The council still directs the work day to day." });
    expect(iso(row.disagreementRespondedOn)).toBe("2026-11-10");
    expect(iso(row.determinedOn)).toBe("2026-09-01");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: upheld.applicationId, action: "application.ir35-disagreement-response" } });
    expect(audit).toMatchObject({ actorId: luton.agency.id, changes: { outcome: "UPHELD", disagreementReceivedOn: "2026-10-01", disagreementRespondBy: "2026-11-14", disagreementRespondedOn: "2026-11-10", answeredLate: false } });
    const told = await db().notification.findMany({ where: { userId: upheld.workerUserId, kind: "ir35.disagreement-answered" } });
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain("upholds its status determination");
    expect((await getAgencyApplication(await viewerOf(luton.agency.id), upheld.applicationId, TODAY)).ir35?.disagreement).toMatchObject({
      state: "answered", answeredLate: false, response: "The council still directs the work day to day.", summary: "Answered on 10 November 2026, within the deadline of 14 November 2026.",
    });
    await expect(respondToDisagreement(await viewerOf(luton.admin.id), answer(upheld.applicationId, { respondedOn: "2026-11-12" }), TODAY)).rejects.toThrow(
      "This disagreement has already been answered, on 10 November 2026.",
    );
    expect(await db().auditEvent.count({ where: { action: "application.ir35-disagreement-response" } })).toBe(1);
  });

  it("changed (by an administrator, late): records the new determination with its reasons, flagged late", async () => {
    await recordDetermination(await viewerOf(luton.agency.id), sds(changed.applicationId, "2026-09-20"), TODAY); // respond by 3 November
    const out = await respondToDisagreement(
      await viewerOf(luton.admin.id),
      answer(changed.applicationId, { outcome: "CHANGED", response: "You are right: you decide how the work is done.", newReasons: "The worker controls the method and may send a substitute.", respondedOn: "2026-11-06" }),
      TODAY,
    );
    expect(out).toMatchObject({ outcome: "CHANGED", status: "OUTSIDE", respondBy: "2026-11-03", answeredLate: true });
    const row = await determination(changed.applicationId);
    expect(row).toMatchObject({ status: "OUTSIDE", reasons: "The worker controls the method and may send a substitute.", determinedById: luton.admin.id });
    expect(iso(row.determinedOn)).toBe("2026-11-06");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: changed.applicationId, action: "application.ir35-disagreement-response" } });
    expect(audit.changes).toMatchObject({
      outcome: "CHANGED", answeredLate: true, status: ["INSIDE", "OUTSIDE"], determinedOn: ["2026-09-01", "2026-11-06"], previousReasons: "The council directs how, when and where the work is done.",
    });
    expect((await db().notification.findFirstOrThrow({ where: { userId: changed.workerUserId, kind: "ir35.disagreement-answered" } })).body).toContain("now concludes that the engagement is outside IR35");
  });

  it("a new received date is a new disagreement: the earlier answer is cleared", async () => {
    await recordDetermination(await viewerOf(luton.agency.id), { ...sds(changed.applicationId, "2026-11-20"), status: "OUTSIDE", reasons: "The worker controls the method." }, TODAY);
    const row = await determination(changed.applicationId);
    expect(row.disagreementRespondedOn).toBeNull();
    expect(row.disagreementResponse).toBeNull();
    expect(iso(row.disagreementRespondBy)).toBe("2027-01-03");
    // re-saving with the same received date keeps an answer
    await recordDetermination(await viewerOf(luton.agency.id), sds(upheld.applicationId, "2026-10-01"), TODAY);
    expect(iso((await determination(upheld.applicationId)).disagreementRespondedOn)).toBe("2026-11-10");
  });
});

describe("daily alerts: IR35 disagreement response overdue or due within 7 days", () => {
  it("tells the council's team once per stage, never another council, nothing for answered ones", async () => {
    // Luton: Chen's disagreement (received 20 November, respond by 3 January 2027) is open; Uma's is answered.
    // Dudley: received 12 October, respond by 25 November — due tomorrow on 24 November.
    const first = await runIr35DisagreementAlerts({ asOf: TODAY });
    expect(first).toMatchObject({ job: "ir35-disagreements", considered: 2, due: 1, notificationsWritten: 2 }); // Dudley's agency + admin
    const dudleyTeam = await db().notification.findMany({ where: { councilId: dudley.council.id, kind: "ir35.disagreement-due" }, orderBy: { userId: "asc" } });
    expect(dudleyTeam.map((n) => n.userId).sort()).toEqual([dudley.agency.id, dudley.admin.id].sort());
    const dudleyDet = await determination(dudleyApp);
    expect(dudleyTeam[0]).toMatchObject({ dedupeKey: `ir35-disagreement:${dudleyDet.id}:2026-10-12:due-soon`, link: `/agency/applications/${dudleyApp}` });
    expect(dudleyTeam[0].title).toMatch(/^IR35 disagreement response due by 25 November 2026: Dev /);
    expect(await db().notification.count({ where: { councilId: luton.council.id, kind: "ir35.disagreement-due" } })).toBe(0);
    // The same day again, and the next day (still due soon): nothing new. Part of the daily alerts.
    const again = await runDailyAlerts({ asOf: TODAY });
    expect(again.find((r) => r.job === "ir35-disagreements")).toMatchObject({ due: 1, notificationsWritten: 0 });
    expect((await runIr35DisagreementAlerts({ asOf: "2026-11-25" })).notificationsWritten).toBe(0);
    // Overdue from 26 November: told once more.
    expect((await runIr35DisagreementAlerts({ asOf: "2026-11-26" })).notificationsWritten).toBe(2);
    expect((await runIr35DisagreementAlerts({ asOf: "2026-11-27" })).notificationsWritten).toBe(0);
    // Luton's open one falls due: 27 December is 7 days before 3 January.
    expect((await runIr35DisagreementAlerts({ asOf: "2026-12-27", councilId: luton.council.id })).notificationsWritten).toBe(2);
    // Once answered, no more alerts.
    await respondToDisagreement(await viewerOf(luton.agency.id), answer(changed.applicationId, { respondedOn: TODAY }), TODAY);
    expect(await runIr35DisagreementAlerts({ asOf: "2027-01-05", councilId: luton.council.id })).toMatchObject({ considered: 0, notificationsWritten: 0 });
  });
});
