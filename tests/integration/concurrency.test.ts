/**
 * Concurrency proofs against real PostgreSQL (issue 8): the writes that must happen once, however many
 * people press the button together. Each race runs the real domain functions in parallel on separate
 * connections of the pool, so the database — not the test — decides the order.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/auth/errors";
import { confirmPlacement } from "@/lib/placements/confirm-placement";
import { approveTimesheet, approveTimesheets } from "@/lib/timesheets/approve-timesheet";
import { queryTimesheet } from "@/lib/timesheets/query-timesheet";
import { mergeCandidates } from "@/lib/duplicates/merge-candidates";
import { resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, makeApplication, makeCandidate, makeCompliant, makeReq, terms } from "./agency-fixtures";
import { makePlacement, makeTimesheet, managerWorld, mondayWeeksAgo } from "./manager-fixtures";
import { makeRequisition } from "./helpers";

const settled = <T>(results: PromiseSettledResult<T>[]) => ({
  ok: results.filter((r): r is PromiseFulfilledResult<T> => r.status === "fulfilled").map((r) => r.value),
  errors: results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as Error),
});

describe("20 simultaneous placement confirmations on a headcount-1 requisition", () => {
  beforeEach(resetDatabase);

  it("make exactly one placement, fill the requisition once and write one audit event of each", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN", headcount: 1 });
    const apps = [];
    for (let i = 0; i < 20; i++) {
      const c = await makeCandidate(w.council.id);
      await makeCompliant(w.council.id, c.id);
      apps.push(await makeApplication(w.council.id, req.id, c.id, "OFFERED"));
    }
    const team = [await viewerOf(w.recruiter.id), await viewerOf(w.recruiter2.id), await viewerOf(w.admin.id)];
    const { ok, errors } = settled(await Promise.allSettled(apps.map((a, i) => confirmPlacement(team[i % team.length], terms(a.id)))));

    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(19);
    for (const e of errors) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e.message).toMatch(/already filled|no seats left/);
    }
    expect(await db().placement.count({ where: { requisitionId: req.id } })).toBe(1);
    const r = await db().requisition.findUniqueOrThrow({ where: { id: req.id }, include: { history: true } });
    expect(r.status).toBe("FILLED");
    expect(r.history.filter((h) => h.toStatus === "FILLED")).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { entityId: req.id, action: "requisition.fill" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "placement.confirm" } })).toBe(1);
    // exactly one application moved to PLACED, the other nineteen still wait as they were
    expect(await db().application.count({ where: { requisitionId: req.id, stage: "PLACED" } })).toBe(1);
    expect(await db().application.count({ where: { requisitionId: req.id, stage: "OFFERED" } })).toBe(19);
    expect(await db().applicationStageChange.count({ where: { toStage: "PLACED" } })).toBe(1);
  });
});

describe("the same timesheet approved twice at once", () => {
  beforeEach(resetDatabase);

  async function world() {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "FILLED" });
    const { placement, profile } = await makePlacement(w.council.id, req, { startDate: mondayWeeksAgo(4) });
    const ts = await makeTimesheet(placement, mondayWeeksAgo(2));
    return { ...w, placement, profile, ts };
  }

  it("by two managers: one approval, one audit event, one set of notifications", async () => {
    const w = await world();
    const [a, b] = [await viewerOf(w.budgetHolder.id), await viewerOf(w.head.id)];
    const { ok, errors } = settled(await Promise.allSettled([approveTimesheet(a, w.ts.id), approveTimesheet(b, w.ts.id)]));
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(DomainError);
    expect(errors[0].message).toMatch(/already approved|Someone else changed this timesheet/);
    const t = await db().timesheet.findUniqueOrThrow({ where: { id: w.ts.id } });
    expect(t.status).toBe("APPROVED");
    expect([w.budgetHolder.id, w.head.id]).toContain(t.approvedById);
    expect(await db().auditEvent.count({ where: { entityId: w.ts.id } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.profile.userId!, kind: "timesheet.approved" } })).toBe(1);
  });

  it("ten times at once by the same manager (double clicks, two tabs, the bulk form): still one approval and one audit event", async () => {
    const w = await world();
    const v = await viewerOf(w.budgetHolder.id);
    const results = await Promise.allSettled([
      ...Array.from({ length: 8 }, () => approveTimesheet(v, w.ts.id)),
      approveTimesheets(v, [w.ts.id]),
      approveTimesheets(v, [w.ts.id, w.ts.id]),
    ]);
    const single = settled(results.slice(0, 8) as PromiseSettledResult<unknown>[]);
    const bulk = results.slice(8).map((r) => (r.status === "fulfilled" ? (r.value as { approved: string[] }).approved.length : 0));
    expect(single.ok.length + bulk.reduce((s, n) => s + n, 0)).toBe(1);
    for (const e of single.errors) expect(e).toBeInstanceOf(DomainError);
    expect(await db().auditEvent.count({ where: { entityId: w.ts.id, action: "timesheet.approve" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: w.ts.id } })).toBe(1);
  });

  it("approved and queried at the same moment: exactly one of them wins, the other changes nothing", async () => {
    const w = await world();
    const [a, b] = [await viewerOf(w.budgetHolder.id), await viewerOf(w.head.id)];
    const { ok, errors } = settled(await Promise.allSettled([approveTimesheet(a, w.ts.id), queryTimesheet(b, { timesheetId: w.ts.id, comment: "Check Tuesday" })]));
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(DomainError);
    const t = await db().timesheet.findUniqueOrThrow({ where: { id: w.ts.id } });
    const events = await db().auditEvent.findMany({ where: { entityId: w.ts.id } });
    expect(events).toHaveLength(1);
    if (t.status === "APPROVED") {
      expect(events[0].action).toBe("timesheet.approve");
      expect(t.queryComment).toBeNull();
    } else {
      expect(t.status).toBe("QUERIED");
      expect(events[0].action).toBe("timesheet.query");
      expect(t.approvedAt).toBeNull();
    }
  });
});

describe("two recruiters merging the same duplicate at once", () => {
  beforeEach(resetDatabase);

  /** Two records of one person, each with its own application, check, note and (one of them) a placement. */
  async function duplicatePair() {
    const w = await agencyWorld();
    const reqA = await makeReq(w, { status: "OPEN", headcount: 2 });
    const reqB = await makeReq(w, { status: "OPEN", headcount: 2 });
    const reqBoth = await makeReq(w, { status: "OPEN", headcount: 2 });
    const older = await makeCandidate(w.council.id, { firstName: "Aaliyah", lastName: "Khan", email: "aaliyah.khan@example.test", withUser: true, skills: ["Manual handling"] });
    const newer = await makeCandidate(w.council.id, { firstName: "Aaliyah", lastName: "Khan", email: "a.khan@example.test", skills: ["Medication"], priorityGroups: ["CARE_LEAVER"] });
    await makeCompliant(w.council.id, older.id);
    await makeCompliant(w.council.id, newer.id, { dbs: "ENHANCED" });
    const apps = {
      older: await makeApplication(w.council.id, reqA.id, older.id, "APPLIED"),
      newer: await makeApplication(w.council.id, reqB.id, newer.id, "SCREENED"),
      olderBoth: await makeApplication(w.council.id, reqBoth.id, older.id, "APPLIED"),
      newerBoth: await makeApplication(w.council.id, reqBoth.id, newer.id, "APPLIED"),
    };
    for (const [c, body] of [[older, "Called about availability"], [newer, "Prefers mornings"]] as const) {
      await db().candidateNote.create({ data: { councilId: w.council.id, candidateId: c.id, authorId: w.recruiter.id, body } });
    }
    const history = async () => ({
      applications: (await db().application.findMany({ where: { candidateId: { in: [older.id, newer.id] } }, select: { id: true } })).map((a) => a.id).sort(),
      checks: (await db().complianceCheck.findMany({ where: { candidateId: { in: [older.id, newer.id] } }, select: { id: true } })).map((c) => c.id).sort(),
      notes: (await db().candidateNote.findMany({ where: { candidateId: { in: [older.id, newer.id] } }, select: { id: true } })).map((n) => n.id).sort(),
    });
    return { w, older, newer, apps, before: await history() };
  }

  const choices = { firstName: "keep", lastName: "keep", email: "keep", phone: "keep", dateOfBirth: "keep", addressLine1: "keep", town: "keep", postcode: "keep", availability: "keep", experienceSummary: "keep", engagementType: "keep" } as const;

  async function expectOneSurvivorWithEverything(p: Awaited<ReturnType<typeof duplicatePair>>, survivorId: string, mergedId: string) {
    const survivor = await db().candidateProfile.findUniqueOrThrow({ where: { id: survivorId } });
    const merged = await db().candidateProfile.findUniqueOrThrow({ where: { id: mergedId } });
    expect(survivor.mergedIntoId).toBeNull();
    expect(merged.mergedIntoId).toBe(survivorId);
    // No lost history: every application, check and note of both records is still there…
    const apps = await db().application.findMany({ where: { candidateId: { in: [p.older.id, p.newer.id] } } });
    const checks = await db().complianceCheck.findMany({ where: { candidateId: { in: [p.older.id, p.newer.id] } } });
    const notes = await db().candidateNote.findMany({ where: { candidateId: { in: [p.older.id, p.newer.id] } } });
    expect(apps.map((a) => a.id).sort()).toEqual(p.before.applications);
    expect(checks.map((c) => c.id).sort()).toEqual(p.before.checks);
    for (const n of p.before.notes) expect(notes.map((x) => x.id)).toContain(n);
    // …and on the survivor: all checks and notes; every application except the one to a requisition both applied for.
    expect(checks.every((c) => c.candidateId === survivorId)).toBe(true);
    expect(notes.every((n) => n.candidateId === survivorId)).toBe(true);
    const onMerged = apps.filter((a) => a.candidateId === mergedId);
    expect(onMerged).toHaveLength(1);
    expect([p.apps.olderBoth.id, p.apps.newerBoth.id]).toContain(onMerged[0].id);
    expect(apps.filter((a) => a.candidateId === survivorId)).toHaveLength(3);
    expect(survivor.skills.sort()).toEqual(["Manual handling", "Medication"]);
    expect(survivor.priorityGroups).toEqual(["CARE_LEAVER"]);
    // one merge, audited once on each record
    expect(await db().auditEvent.count({ where: { action: "candidate.merge" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "candidate.merged-into" } })).toBe(1);
    expect(await db().candidateNote.count({ where: { candidateId: survivorId, body: { startsWith: "Merged with the duplicate record" } } })).toBe(1);
  }

  it("the same way round: one merge happens, the other is told it already happened", async () => {
    const p = await duplicatePair();
    const [r1, r2] = [await viewerOf(p.w.recruiter.id), await viewerOf(p.w.recruiter2.id)];
    const input = { keepId: p.older.id, mergeId: p.newer.id, ...choices };
    const { ok, errors } = settled(await Promise.allSettled([mergeCandidates(r1, input), mergeCandidates(r2, input)]));
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(DomainError);
    expect(errors[0].message).toMatch(/already been merged/);
    await expectOneSurvivorWithEverything(p, p.older.id, p.newer.id);
  });

  it("opposite ways round at the same moment: still one survivor, never two records merged into each other", async () => {
    const p = await duplicatePair();
    const [r1, r2] = [await viewerOf(p.w.recruiter.id), await viewerOf(p.w.recruiter2.id)];
    const { ok, errors } = settled(
      await Promise.allSettled([
        mergeCandidates(r1, { keepId: p.older.id, mergeId: p.newer.id, ...choices }),
        mergeCandidates(r2, { keepId: p.newer.id, mergeId: p.older.id, ...choices }),
      ]),
    );
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(DomainError);
    const { keptId, mergedId } = ok[0];
    await expectOneSurvivorWithEverything(p, keptId, mergedId);
  });
});
