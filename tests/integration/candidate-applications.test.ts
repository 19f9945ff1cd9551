import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { AlreadyAppliedError, applyForVacancy, applySchema } from "@/lib/applications/apply";
import { withdrawApplication, withdrawSchema } from "@/lib/applications/withdraw";
import { getMyApplication, listMyApplications, myApplicationFor } from "@/lib/applications/candidate-queries";
import { searchVacancies, vacancyServices } from "@/lib/vacancies/queries";
import { resetDatabase } from "./helpers";
import { candidateWorld, makeRequisition, viewerOf } from "./candidate-fixtures";

const apply = (requisitionId: string, coverNote = "I have cared for my grandmother for three years.") =>
  applySchema.parse({ requisitionId, coverNote, availabilityConfirmed: "yes" });

describe("candidate applications: apply, refuse twice, follow, withdraw", () => {
  beforeEach(resetDatabase);

  it("applies with a note and confirmed availability; the first timeline entry, audit and the team's notification are written", async () => {
    const w = await candidateWorld();
    const app = await applyForVacancy(w.alice.viewer, apply(w.careJob.id));
    expect(app).toMatchObject({ stage: "APPLIED", availabilityConfirmed: true, candidateId: w.alice.profile.id, councilId: w.luton.id });
    expect(app.coverNote).toContain("grandmother");
    const history = await db().applicationStageChange.findMany({ where: { applicationId: app.id } });
    expect(history).toMatchObject([{ fromStage: null, toStage: "APPLIED", changedById: w.alice.user.id }]);
    expect(await db().auditEvent.count({ where: { entityId: app.id, action: "application.create" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "application.created" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.dudleyAgency.id } })).toBe(0);

    const mine = await listMyApplications(w.alice.viewer);
    expect(mine.map((a) => a.id)).toEqual([app.id]);
    expect(await listMyApplications(w.bob.viewer)).toEqual([]);
    expect((await myApplicationFor(w.alice.viewer, w.careJob.id))?.id).toBe(app.id);
    expect(await myApplicationFor(w.bob.viewer, w.careJob.id)).toBeNull();
  });

  it("refuses a second application to the same vacancy politely, also when two arrive at once", async () => {
    const w = await candidateWorld();
    const first = await applyForVacancy(w.alice.viewer, apply(w.careJob.id));
    const again = await applyForVacancy(w.alice.viewer, apply(w.careJob.id)).catch((e) => e);
    expect(again).toBeInstanceOf(AlreadyAppliedError);
    expect((again as AlreadyAppliedError).applicationId).toBe(first.id);
    expect((again as Error).message).toMatch(/already applied for this job on/);

    const racing = await Promise.allSettled([applyForVacancy(w.bob.viewer, apply(w.housingJob.id)), applyForVacancy(w.bob.viewer, apply(w.housingJob.id))]);
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = racing.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AlreadyAppliedError);
    expect(await db().application.count({ where: { candidateId: w.bob.profile.id } })).toBe(1);
  });

  it("refuses filled, closed, unreleased and other councils' vacancies, and roles other than candidate", async () => {
    const w = await candidateWorld();
    const filled = await makeRequisition(w.luton.id, w.asc.service.id, w.asc.costCentre.id, w.manager.id, { status: "FILLED" });
    const closed = await makeRequisition(w.luton.id, w.asc.service.id, w.asc.costCentre.id, w.manager.id, { status: "OPEN", closingDate: new Date("2020-01-01") });
    const draft = await makeRequisition(w.luton.id, w.asc.service.id, w.asc.costCentre.id, w.manager.id, { status: "DRAFT" });
    await expect(applyForVacancy(w.alice.viewer, apply(filled.id))).rejects.toThrow(/has been filled/);
    await expect(applyForVacancy(w.alice.viewer, apply(closed.id))).rejects.toThrow(/has closed/);
    await expect(applyForVacancy(w.alice.viewer, apply(draft.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(applyForVacancy(w.alice.viewer, apply(w.dudleyJob.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(applyForVacancy(await viewerOf(w.agency.id), apply(w.careJob.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(applyForVacancy(null, apply(w.careJob.id))).rejects.toThrow(/sign in/);
    expect(await db().application.count()).toBe(0);
  });

  it("the form needs availability confirmed and keeps the note short", () => {
    const r = applySchema.safeParse({ requisitionId: "x", coverNote: "a".repeat(2001) });
    expect(r.success).toBe(false);
    const fields = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(fields.availabilityConfirmed).toMatch(/Confirm that you can work/);
    expect(fields.coverNote).toMatch(/2,000 characters/);
  });

  it("shows a dated timeline, withdraws with a reason, and refuses to withdraw twice", async () => {
    const w = await candidateWorld();
    const app = await applyForVacancy(w.alice.viewer, apply(w.careJob.id));
    // the team screens and shortlists it
    await db().application.update({ where: { id: app.id }, data: { stage: "SHORTLISTED" } });
    await db().applicationStageChange.updateMany({ where: { applicationId: app.id }, data: { changedAt: new Date(Date.now() - 3000) } });
    await db().applicationStageChange.createMany({
      data: [
        { councilId: w.luton.id, applicationId: app.id, fromStage: "APPLIED", toStage: "SCREENED", changedById: w.agency.id, changedAt: new Date(Date.now() - 2000), reason: "internal screening note" },
        { councilId: w.luton.id, applicationId: app.id, fromStage: "SCREENED", toStage: "SHORTLISTED", changedById: w.agency.id, changedAt: new Date(Date.now() - 1000) },
      ],
    });
    const before = await getMyApplication(w.alice.viewer, app.id);
    expect(before.timeline.map((t) => t.stage)).toEqual(["APPLIED", "SCREENED", "SHORTLISTED"]);
    expect(before.timeline.every((t) => t.reason === null)).toBe(true); // the team's notes stay with the team
    expect(before.canWithdraw).toBe(true);

    const input = withdrawSchema.parse({ applicationId: app.id, reason: "other", otherReason: "I am moving away" });
    await withdrawApplication(w.alice.viewer, input);
    const after = await getMyApplication(w.alice.viewer, app.id);
    expect(after.stage).toBe("WITHDRAWN");
    expect(after.canWithdraw).toBe(false);
    expect(after.timeline.at(-1)).toMatchObject({ stage: "WITHDRAWN", from: "SHORTLISTED", reason: "I am moving away" });
    expect(await db().auditEvent.count({ where: { entityId: app.id, action: "application.withdraw" } })).toBe(1);
    // shortlisted: the service's managers are told as well as the team
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "application.withdrawn" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "application.withdrawn" } })).toBe(1);

    await expect(withdrawApplication(w.alice.viewer, input)).rejects.toThrow(/already withdrawn/);
    // and applying again to the same vacancy is still refused
    await expect(applyForVacancy(w.alice.viewer, apply(w.careJob.id))).rejects.toBeInstanceOf(AlreadyAppliedError);
  });

  it("a placed application cannot be withdrawn here", async () => {
    const w = await candidateWorld();
    const app = await applyForVacancy(w.alice.viewer, apply(w.careJob.id));
    await db().application.update({ where: { id: app.id }, data: { stage: "PLACED" } });
    await expect(withdrawApplication(w.alice.viewer, { applicationId: app.id, reason: "I have found other work" })).rejects.toThrow(/placed in this job/);
  });

  it("needs a reason to withdraw", () => {
    expect(withdrawSchema.safeParse({ applicationId: "a", reason: "" }).error!.issues[0].message).toMatch(/Select why/);
    expect(withdrawSchema.safeParse({ applicationId: "a", reason: "other", otherReason: "" }).error!.issues[0]).toMatchObject({ path: ["otherReason"] });
    expect(withdrawSchema.safeParse({ applicationId: "a", reason: "made up" }).error!.issues[0]).toMatchObject({ path: ["reason"] });
  });

  it("another candidate's application is not found, by id, for reading or withdrawing", async () => {
    const w = await candidateWorld();
    const app = await applyForVacancy(w.alice.viewer, apply(w.careJob.id));
    await expect(getMyApplication(w.bob.viewer, app.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawApplication(w.bob.viewer, { applicationId: app.id, reason: "I have found other work" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMyApplication(await viewerOf(w.manager.id), app.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().application.findUniqueOrThrow({ where: { id: app.id } })).stage).toBe("APPLIED");
  });
});

describe("vacancy board filters", () => {
  beforeEach(resetDatabase);

  it("filters by service, role category, full or part time and minimum pay, within the council", async () => {
    const w = await candidateWorld();
    const ids = async (f: Parameters<typeof searchVacancies>[1]) => (await searchVacancies(w.luton.id, f)).rows.map((r) => r.id).sort();
    expect(await ids({})).toEqual([w.careJob.id, w.housingJob.id].sort());
    expect(await ids({ serviceId: w.housing.service.id })).toEqual([w.housingJob.id]);
    expect(await ids({ serviceId: w.dudleyCare.service.id })).toEqual([]);
    expect(await ids({ roleCategory: "SOCIAL_CARE" })).toEqual([w.careJob.id]);
    expect(await ids({ hours: "full" })).toEqual([w.careJob.id]); // 37.5 hours
    expect(await ids({ hours: "part" })).toEqual([w.housingJob.id]); // 18.5 hours
    expect(await ids({ minPayPence: 1500 })).toEqual([w.housingJob.id]); // up to £18.00 vs up to £14.50
    expect(await ids({ minPayPence: 2000 })).toEqual([]);
    expect(await ids({ q: "town hall" })).toEqual([w.housingJob.id]); // location
    expect(await ids({ q: "housing", hours: "full" })).toEqual([]);
    expect((await vacancyServices(w.luton.id)).map((s) => s.name)).toEqual(["Adult Social Care", "Housing"]);
  });
});

