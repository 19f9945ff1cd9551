import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/errors";
import { exportMyData, myDataCsv, myDataJson } from "@/lib/privacy/export-my-data";
import { requestErasure } from "@/lib/privacy/request-erasure";
import { erasureRequestSchema } from "@/lib/privacy/schemas";
import { listMyErasureRequests } from "@/lib/privacy/queries";
import { applyForVacancy } from "@/lib/applications/apply";
import { submitTimesheet } from "@/lib/timesheets/submit-timesheet";
import { resetDatabase } from "./helpers";
import { candidateWorld, makePlacementFor, mondayWeeksAgo, viewerOf } from "./candidate-fixtures";

describe("my data: download everything, ask for deletion", () => {
  beforeEach(resetDatabase);

  async function world() {
    const w = await candidateWorld();
    await applyForVacancy(w.alice.viewer, { requisitionId: w.housingJob.id, coverNote: "Alice's own note", availabilityConfirmed: "yes" });
    await applyForVacancy(w.bob.viewer, { requisitionId: w.housingJob.id, coverNote: "Bob's secret note", availabilityConfirmed: "yes" });
    const placement = await makePlacementFor(w.luton.id, w.alice.profile.id, w.careJob, w.agency.id);
    await submitTimesheet(w.alice.viewer, { placementId: placement.id, weekStart: mondayWeeksAgo(1), hours: [8, 8, 0, 0, 0, 0, 0] });
    await db().candidateNote.create({ data: { councilId: w.luton.id, candidateId: w.alice.profile.id, authorId: w.agency.id, body: "Great with people" } });
    return { ...w, placement };
  }

  it("exports the candidate's own records as JSON and CSV, nothing of anyone else's and no charge rates", async () => {
    const w = await world();
    const data = await exportMyData(w.alice.viewer);
    expect(data.account.email).toBe(w.alice.user.email);
    expect(data.profile.id).toBe(w.alice.profile.id);
    expect(data.applications).toHaveLength(2); // the housing application and the placed care one
    expect(data.applications.map((a) => a.jobTitle).sort()).toEqual(["Housing Officer", "Reablement Support Worker"]);
    expect(data.notesByTheTeam.map((n) => n.body)).toEqual(["Great with people"]);
    expect(data.placements).toHaveLength(1);
    expect(data.timesheets[0].lines).toHaveLength(2);

    const json = myDataJson(data);
    expect(json).toContain("Alice's own note");
    expect(json).not.toContain("Bob's secret note");
    expect(json).not.toContain(w.bob.user.email);
    expect(json).not.toMatch(/chargeRate|passwordHash|onCostRate/);
    expect(JSON.parse(json).timesheets[0].totalHours).toBe("16");

    const csv = myDataCsv(data);
    const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as { Section: string; Record: string; Field: string; Value: string }[];
    expect(rows.find((r) => r.Section === "account" && r.Field === "email")?.Value).toBe(w.alice.user.email);
    expect(rows.some((r) => r.Section === "applications" && r.Field === "coverNote" && r.Value === "Alice's own note")).toBe(true);
    expect(csv).not.toContain("Bob's secret note");
    expect(await db().auditEvent.count({ where: { action: "privacy.export", actorId: w.alice.user.id } })).toBe(1);
  });

  it("records one erasure request for the team to action, and tells the team and the candidate", async () => {
    const w = await world();
    const req = await requestErasure(w.alice.viewer, erasureRequestSchema.parse({ confirm: "yes", reason: "I have moved away" }));
    expect(req).toMatchObject({ status: "REQUESTED", candidateId: w.alice.profile.id, reason: "I have moved away" });
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "privacy.erasure.requested" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.alice.user.id, kind: "privacy.erasure.received" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: req.id, action: "privacy.erasure.request" } })).toBe(1);
    // nothing is deleted by the request itself
    expect(await db().candidateProfile.count({ where: { id: w.alice.profile.id } })).toBe(1);

    await expect(requestErasure(w.alice.viewer, { confirm: "yes", reason: null })).rejects.toThrow(/already|asked for your account to be deleted on/);
    const both = await Promise.allSettled([requestErasure(w.bob.viewer, { confirm: "yes", reason: null }), requestErasure(w.bob.viewer, { confirm: "yes", reason: null })]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().erasureRequest.count()).toBe(2);
    expect((await listMyErasureRequests(w.alice.viewer)).map((r) => r.id)).toEqual([req.id]);
  });

  it("needs the deletion confirmed, and refuses staff", async () => {
    const w = await world();
    expect(erasureRequestSchema.safeParse({}).error!.issues[0].message).toMatch(/Confirm that you want us to delete/);
    await expect(exportMyData(await viewerOf(w.agency.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestErasure(await viewerOf(w.admin.id), { confirm: "yes", reason: null })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
