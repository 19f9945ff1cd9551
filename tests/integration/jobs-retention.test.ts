/**
 * The retention job against real PostgreSQL and real files: an unsuccessful candidate past the retention
 * period is anonymised (files deleted, sign-in removed, aggregates kept); one not yet due, and a placed
 * worker, are left alone; right-to-work copies go 24 months after work ends, and not before.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pathFor, writeStoredFile } from "@/lib/documents/storage";
import { JOBS } from "@/lib/jobs/registry";
import { resetDatabase } from "./helpers";
import { addCheck, complianceWorld, d, makeWorker, makeWorkerPlacement, type World } from "./compliance-fixtures";

const AS_OF = "2026-11-24";
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "connect2-retention-"));
let w: World;
const ids: Record<string, string> = {};

async function addDocument(councilId: string, candidateId: string, kind: "RIGHT_TO_WORK" | "DBS_CERTIFICATE" | "OTHER", uploadedById: string) {
  const storageKey = `${councilId}/${candidateId}/${kind}-${Math.random().toString(36).slice(2)}.pdf`;
  await writeStoredFile(storageKey, new TextEncoder().encode("%PDF-1.4 test"));
  return db().document.create({
    data: { councilId, candidateId, kind, filename: `${kind.toLowerCase()}-scan.pdf`, mimeType: "application/pdf", sizeBytes: 13, storageKey, sha256: "x".repeat(64), uploadedById },
  });
}

/** Set timestamps Prisma would otherwise stamp with "now". */
async function backdate(candidateId: string, lastActivity: string, applicationUpdated?: string) {
  await db().candidateProfile.update({ where: { id: candidateId }, data: { lastActivityAt: d(lastActivity) } });
  if (applicationUpdated) await db().$executeRaw`update "Application" set "updatedAt" = ${d(applicationUpdated)} where "candidateId" = ${candidateId}`;
}

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploadDir;
  delete process.env.SMTP_URL;
  await resetDatabase();
  w = await complianceWorld("luton"); // 12 months for unsuccessful candidates, 24 for right-to-work copies
  const req = await db().requisition.create({
    data: {
      councilId: w.council.id, serviceId: w.asc.service.id, costCentreId: w.asc.costCentre.id, raisedById: w.ascManager.id, reference: "REQ-R1",
      jobTitle: "Care Worker", grade: "Band 3", roleCategory: "SOCIAL_CARE", reason: "VACANCY_COVER", headcount: 1, hoursPerWeek: 37.5,
      startDate: d("2025-06-02"), expectedEndDate: d("2025-09-26"), payRateMinPence: 1300, payRateMaxPence: 1450, chargeRatePence: 1850,
      estimatedCostPence: 100000, duties: "Care.", status: "FILLED",
    },
  });

  // Due: unsuccessful, last active 14 months ago, with documents, checks, notes, a notification and an email.
  const due = await makeWorker(w.council.id, { firstName: "Dana", lastName: "Due", postcode: "LU2 7AB" });
  await db().candidateProfile.update({
    where: { id: due.profile.id },
    data: { phone: "07700 900123", dateOfBirth: d("1990-05-01"), addressLine1: "1 High Street", town: "Luton", skills: ["Driving"], experienceSummary: "Ten years in care.", priorityGroups: ["VETERAN"], rightToWorkRoute: "TIME_LIMITED", rightToWorkExpiry: d("2027-01-01") },
  });
  await db().application.create({ data: { councilId: w.council.id, candidateId: due.profile.id, requisitionId: req.id, stage: "REJECTED", coverNote: "I live on the High Street.", closedReason: "Another candidate was placed." } });
  const dueDocs = [await addDocument(w.council.id, due.profile.id, "RIGHT_TO_WORK", due.user!.id), await addDocument(w.council.id, due.profile.id, "OTHER", due.user!.id)];
  await addCheck(w.council.id, due.profile.id, { type: "REFERENCE", refereeName: "Pat Referee" });
  await db().candidateNote.create({ data: { councilId: w.council.id, candidateId: due.profile.id, authorId: w.agency.id, body: "Prefers mornings." } });
  await db().notification.create({ data: { councilId: w.council.id, userId: due.user!.id, kind: "application.rejected", title: "Dana, your application", body: "…" } });
  await db().outboundEmail.create({ data: { councilId: w.council.id, to: due.user!.email, subject: "Your application", text: "Dear Dana", transport: "outbox", sentAt: new Date() } });
  await db().user.update({ where: { id: due.user!.id }, data: { lastSignInAt: d("2025-08-01") } });
  await backdate(due.profile.id, "2025-09-20", "2025-09-20");
  ids.due = due.profile.id;
  ids.dueUser = due.user!.id;
  ids.dueEmail = due.user!.email;
  ids.dueFiles = dueDocs.map((x) => x.storageKey).join("|");

  // Not yet due: last active 10 months ago.
  const recent = await makeWorker(w.council.id, { firstName: "Rae", lastName: "Recent" });
  const recentDoc = await addDocument(w.council.id, recent.profile.id, "RIGHT_TO_WORK", recent.user!.id);
  await backdate(recent.profile.id, "2026-01-10");
  ids.recent = recent.profile.id;
  ids.recentFile = recentDoc.storageKey;

  // Old profile, but an application changed 3 months ago: the latest activity counts.
  const busy = await makeWorker(w.council.id, { firstName: "Bo", lastName: "Busy" });
  await db().application.create({ data: { councilId: w.council.id, candidateId: busy.profile.id, requisitionId: req.id, stage: "SCREENED" } });
  await backdate(busy.profile.id, "2024-01-10", "2026-08-24");
  ids.busy = busy.profile.id;

  // Placed long ago (old activity): never anonymised by this rule; work ended 30 months ago, so the
  // right-to-work copy goes but the DBS certificate stays.
  const placedOld = await makeWorker(w.council.id, { firstName: "Pim", lastName: "PlacedOld" });
  await makeWorkerPlacement(w, w.asc, w.ascManager.id, placedOld.profile.id, { status: "ENDED", startDate: "2024-01-08", plannedEndDate: "2024-05-31", actualEndDate: "2024-05-31" });
  const oldRtw = await addDocument(w.council.id, placedOld.profile.id, "RIGHT_TO_WORK", w.agency.id);
  await addCheck(w.council.id, placedOld.profile.id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "BRITISH_OR_IRISH", documentId: oldRtw.id });
  const oldDbs = await addDocument(w.council.id, placedOld.profile.id, "DBS_CERTIFICATE", w.agency.id);
  await backdate(placedOld.profile.id, "2024-05-31");
  ids.placedOld = placedOld.profile.id;
  ids.oldRtw = oldRtw.id;
  ids.oldDbs = oldDbs.id;

  // Placed, work ended 22 months ago: right-to-work copy kept for now.
  const placedRecent = await makeWorker(w.council.id, { firstName: "Quin", lastName: "PlacedRecent" });
  await makeWorkerPlacement(w, w.asc, w.ascManager.id, placedRecent.profile.id, { status: "ENDED", startDate: "2024-10-07", plannedEndDate: "2025-01-31", actualEndDate: "2025-01-31" });
  const recentRtw = await addDocument(w.council.id, placedRecent.profile.id, "RIGHT_TO_WORK", w.agency.id);
  await backdate(placedRecent.profile.id, "2025-01-31");
  ids.placedRecent = placedRecent.profile.id;
  ids.recentRtw = recentRtw.id;

  // Ended long ago but placed again now: still working, so the copy is kept.
  const back = await makeWorker(w.council.id, { firstName: "Ash", lastName: "Back" });
  await makeWorkerPlacement(w, w.asc, w.ascManager.id, back.profile.id, { status: "ENDED", startDate: "2023-01-09", plannedEndDate: "2023-06-30", actualEndDate: "2023-06-30" });
  await makeWorkerPlacement(w, w.asc, w.ascManager.id, back.profile.id, { status: "ACTIVE", startDate: "2026-10-05" });
  ids.backRtw = (await addDocument(w.council.id, back.profile.id, "RIGHT_TO_WORK", w.agency.id)).id;
});

afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

describe("retention job", () => {
  it("anonymises the due candidate and deletes the right-to-work copy that is due — nothing else", async () => {
    const results = await JOBS.retention.run({ asOf: AS_OF });
    const r = results.find((x) => x.job === "retention")!;
    expect(r.counts).toEqual({ anonymised: 1, rtwCopiesDeleted: 1, filesDeleted: 3 });
    expect(r.notificationsWritten).toBe(2); // the summary to the agency user and the admin
  });

  it("the anonymised candidate: identity gone, aggregates kept, sign-in removed, files deleted", async () => {
    const p = await db().candidateProfile.findUniqueOrThrow({ where: { id: ids.due } });
    expect(p).toMatchObject({
      firstName: "Anonymised", lastName: "candidate", email: `anonymised+${ids.due}@invalid`, phone: null, dateOfBirth: null,
      addressLine1: null, town: null, postcode: "LU2", isLocal: true, skills: [], experienceSummary: null, priorityGroups: [],
      rightToWorkRoute: null, rightToWorkExpiry: null,
    });
    expect(p.anonymisedAt).not.toBeNull();
    const u = await db().user.findUniqueOrThrow({ where: { id: ids.dueUser } });
    expect(u).toMatchObject({ email: `anonymised+${ids.dueUser}@invalid`, name: "Anonymised candidate", passwordHash: null, active: false });
    // Applications stay for the funnel figures, without free text about the person.
    const apps = await db().application.findMany({ where: { candidateId: ids.due } });
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ stage: "REJECTED", coverNote: null, closedReason: null });
    expect(await db().complianceCheck.count({ where: { candidateId: ids.due } })).toBe(0);
    expect(await db().candidateNote.count({ where: { candidateId: ids.due } })).toBe(0);
    expect(await db().notification.count({ where: { userId: ids.dueUser } })).toBe(0);
    expect(await db().outboundEmail.count({ where: { to: ids.dueEmail } })).toBe(0);
    const docs = await db().document.findMany({ where: { candidateId: ids.due } });
    expect(docs).toHaveLength(2);
    for (const doc of docs) {
      expect(doc.deletedAt).not.toBeNull();
      expect(doc.filename).toBe("deleted");
    }
    for (const key of ids.dueFiles.split("|")) expect(fs.existsSync(pathFor(key))).toBe(false);
    // The audit trail says what happened and who did it (the system), without personal data.
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "CandidateProfile", entityId: ids.due, action: "candidate.anonymise.retention" } });
    expect(audit.actorId).toBeNull();
    expect(audit.changes).toMatchObject({ documentsDeleted: 2, userDeactivated: true });
    expect(JSON.stringify(audit.changes)).not.toMatch(/Dana|Due|High Street/);
  });

  it("leaves alone: a candidate not yet due, one with recent application activity, and placed workers", async () => {
    for (const id of [ids.recent, ids.busy, ids.placedOld, ids.placedRecent]) {
      const p = await db().candidateProfile.findUniqueOrThrow({ where: { id } });
      expect(p.anonymisedAt).toBeNull();
      expect(p.firstName).not.toBe("Anonymised");
    }
    expect(fs.existsSync(pathFor(ids.recentFile))).toBe(true);
    expect((await db().document.findFirstOrThrow({ where: { candidateId: ids.recent } })).deletedAt).toBeNull();
  });

  it("deletes a right-to-work copy 24 months after work ended, keeps younger copies, other documents and copies of people working again", async () => {
    const oldRtw = await db().document.findUniqueOrThrow({ where: { id: ids.oldRtw } });
    expect(oldRtw.deletedAt).not.toBeNull();
    expect(fs.existsSync(pathFor(oldRtw.storageKey))).toBe(false);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Document", entityId: ids.oldRtw } });
    expect(audit).toMatchObject({ action: "document.delete.retention", actorId: null });
    // The check that used it is kept (that a check was done is part of the employment record).
    expect(await db().complianceCheck.count({ where: { candidateId: ids.placedOld } })).toBe(1);
    for (const id of [ids.oldDbs, ids.recentRtw, ids.backRtw]) {
      const doc = await db().document.findUniqueOrThrow({ where: { id } });
      expect(doc.deletedAt).toBeNull();
      expect(fs.existsSync(pathFor(doc.storageKey))).toBe(true);
    }
  });

  it("running it again changes nothing and tells nobody", async () => {
    const before = { audit: await db().auditEvent.count(), notes: await db().notification.count() };
    const r = (await JOBS.retention.run({ asOf: AS_OF })).find((x) => x.job === "retention")!;
    expect(r).toMatchObject({ due: 0, notificationsWritten: 0, counts: { anonymised: 0, rtwCopiesDeleted: 0, filesDeleted: 0 } });
    expect(await db().auditEvent.count()).toBe(before.audit);
    expect(await db().notification.count()).toBe(before.notes);
  });

  it("two months later the younger copy is due too", async () => {
    const r = (await JOBS.retention.run({ asOf: "2027-01-31" })).find((x) => x.job === "retention")!;
    expect(r.counts).toMatchObject({ rtwCopiesDeleted: 1 });
    expect((await db().document.findUniqueOrThrow({ where: { id: ids.recentRtw } })).deletedAt).not.toBeNull();
    // And the candidate last active on 10 January 2026 is now due as well.
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: ids.recent } })).anonymisedAt).not.toBeNull();
  });
});
