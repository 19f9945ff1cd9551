import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthError, DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { profileSchema } from "@/lib/candidates/schemas";
import { updateMyProfile } from "@/lib/candidates/update-profile";
import { getMyProfile } from "@/lib/candidates/queries";
import { uploadMyDocument } from "@/lib/documents/upload-document";
import { deleteMyDocument } from "@/lib/documents/delete-document";
import { openDocument } from "@/lib/documents/access";
import { getMyChecks, listMyDocuments } from "@/lib/documents/queries";
import { pathFor, uploadRoot } from "@/lib/documents/storage";
import { applyForVacancy } from "@/lib/applications/apply";
import { resetDatabase } from "./helpers";
import { candidateWorld, d, isoPlusDays, JPG, PDF, PNG, viewerOf } from "./candidate-fixtures";

const TODAY = new Date().toISOString().slice(0, 10);
const profileForm = (over: Record<string, unknown> = {}) =>
  profileSchema(TODAY).parse({
    firstName: "Alice", lastName: "Okoro", phone: "07700 900123", addressLine1: "1 High Street", town: "Luton", postcode: "lu2 7ab",
    rightToWorkRoute: "BRITISH_OR_IRISH", rightToWorkExpiry: "", availability: "ONE_WEEK", skills: "Medication, manual handling\nDriving",
    experienceSummary: "Three years caring for a relative.", priorityGroups: [], ...over,
  });

describe("profile", () => {
  beforeEach(resetDatabase);

  it("saves the profile and recomputes the local-resident flag from the postcode, never from the form", async () => {
    const w = await candidateWorld();
    const p = await updateMyProfile(w.alice.viewer, profileForm({ postcode: "LU5 4QL", isLocal: "true" } as Record<string, unknown>));
    expect(p).toMatchObject({ postcode: "LU5 4QL", isLocal: false, skills: ["Medication", "manual handling", "Driving"], availability: "ONE_WEEK" });
    const back = await updateMyProfile(w.alice.viewer, profileForm({ postcode: "lu4 9en" }));
    expect(back).toMatchObject({ postcode: "LU4 9EN", isLocal: true });
    const audit = await db().auditEvent.findMany({ where: { entityId: w.alice.profile.id, action: "candidate.profile.update" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0].changes).toMatchObject({ localResident: [true, false] });
    expect((await db().user.findUniqueOrThrow({ where: { id: w.alice.user.id } })).name).toBe("Alice Okoro");
  });

  it("dates declared priority groups when they change and clears the date when none are declared", async () => {
    const w = await candidateWorld();
    const a = await updateMyProfile(w.alice.viewer, profileForm({ priorityGroups: ["CARE_LEAVER", "NEET_16_24"] }));
    expect(a.priorityGroups.sort()).toEqual(["CARE_LEAVER", "NEET_16_24"]);
    expect(a.priorityGroupsDeclaredAt).toBeInstanceOf(Date);
    const same = await updateMyProfile(w.alice.viewer, profileForm({ priorityGroups: ["NEET_16_24", "CARE_LEAVER"] }));
    expect(same.priorityGroupsDeclaredAt?.getTime()).toBe(a.priorityGroupsDeclaredAt?.getTime());
    const none = await updateMyProfile(w.alice.viewer, profileForm({ priorityGroups: [] }));
    expect(none.priorityGroupsDeclaredAt).toBeNull();
  });

  it("asks for the expiry of time-limited permission, and only then keeps it", () => {
    const s = profileSchema(TODAY);
    const base = { firstName: "A", lastName: "B", postcode: "LU1 1AA", availability: "IMMEDIATE" };
    const err = (input: Record<string, unknown>) => Object.fromEntries(s.safeParse({ ...base, ...input }).error!.issues.map((i) => [i.path[0], i.message]));
    expect(err({ rightToWorkRoute: "TIME_LIMITED", rightToWorkExpiry: "" }).rightToWorkExpiry).toMatch(/Enter the date your permission to work ends/);
    expect(err({ rightToWorkRoute: "TIME_LIMITED", rightToWorkExpiry: "invalid" }).rightToWorkExpiry).toMatch(/real date/);
    expect(err({ rightToWorkRoute: "TIME_LIMITED", rightToWorkExpiry: "2020-01-01" }).rightToWorkExpiry).toMatch(/today or in the future/);
    expect(err({}).rightToWorkRoute).toMatch(/Select your right to work/);
    expect(err({ rightToWorkRoute: "SETTLED", postcode: "LU1" }).postcode).toMatch(/full UK postcode/);
    expect(err({ rightToWorkRoute: "SETTLED", priorityGroups: ["ROYALTY"] }).priorityGroups).toBeDefined();
    expect(s.parse({ ...base, rightToWorkRoute: "TIME_LIMITED", rightToWorkExpiry: "2099-03-31" }).rightToWorkExpiry).toBe("2099-03-31");
    expect(s.parse({ ...base, rightToWorkRoute: "SETTLED", rightToWorkExpiry: "2099-03-31" }).rightToWorkExpiry).toBeNull();
  });

  it("is the candidate's own: other roles cannot read or write it", async () => {
    const w = await candidateWorld();
    expect((await getMyProfile(w.alice.viewer)).id).toBe(w.alice.profile.id);
    await expect(getMyProfile(await viewerOf(w.agency.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateMyProfile(await viewerOf(w.manager.id), profileForm())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateMyProfile(null, profileForm())).rejects.toBeInstanceOf(AuthError);
  });
});

describe("documents", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "connect2-uploads-"));
    process.env.UPLOAD_DIR = dir;
  });
  afterAll(() => {
    delete process.env.UPLOAD_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(resetDatabase);

  it.each([
    ["passport.pdf", PDF, "application/pdf"],
    ["photo.png", PNG, "image/png"],
    ["scan.jpeg", JPG, "image/jpeg"],
    ["named-wrongly.txt", PNG, "image/png"], // the content decides, not the name
  ])("accepts %s as %s, stored outside public/ under UPLOAD_DIR", async (filename, bytes, mime) => {
    const w = await candidateWorld();
    const doc = await uploadMyDocument(w.alice.viewer, { kind: "RIGHT_TO_WORK", filename, bytes: new Uint8Array(bytes) });
    expect(doc).toMatchObject({ mimeType: mime, sizeBytes: bytes.length, filename, candidateId: w.alice.profile.id, uploadedById: w.alice.user.id });
    expect(uploadRoot()).toBe(dir);
    const onDisk = pathFor(doc.storageKey);
    expect(onDisk.startsWith(dir)).toBe(true);
    expect(fs.readFileSync(onDisk).equals(bytes)).toBe(true);
    expect(doc.storageKey).not.toContain(filename);
    expect(await db().auditEvent.count({ where: { entityId: doc.id, action: "document.upload" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "document.uploaded" } })).toBe(1);
  });

  it.each([
    ["a text file called .pdf", Buffer.from("this is not really a PDF"), /must be a PDF, JPG or PNG/],
    ["an HTML page called .png", Buffer.from("<html><script>alert(1)</script></html>"), /must be a PDF, JPG or PNG/],
    ["a GIF", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), /must be a PDF, JPG or PNG/],
    ["an empty file", Buffer.alloc(0), /is empty/],
    ["a file over 10 MB", Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), /smaller than 10 MB/],
  ])("refuses %s, leaving nothing behind", async (_name, bytes, message) => {
    const w = await candidateWorld();
    const err = await uploadMyDocument(w.alice.viewer, { kind: "DBS_CERTIFICATE", filename: "x.pdf", bytes: new Uint8Array(bytes) }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.file).toMatch(message);
    expect(await db().document.count()).toBe(0);
    expect(fs.existsSync(path.join(dir, w.luton.id))).toBe(false);
  });

  it("serves a document only to its owner and the Connect2 team of the same council", async () => {
    const w = await candidateWorld();
    const doc = await uploadMyDocument(w.alice.viewer, { kind: "QUALIFICATION", filename: "NVQ level 2 – care.pdf", bytes: new Uint8Array(PDF) });
    const read = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

    const mine = await openDocument(w.alice.viewer, doc.id);
    expect(mine).toMatchObject({ filename: "NVQ level 2 – care.pdf", mimeType: "application/pdf" });
    expect((await read(mine.body)).equals(PDF)).toBe(true);

    const team = await openDocument(await viewerOf(w.agency.id), doc.id);
    expect((await read(team.body)).equals(PDF)).toBe(true);
    await read((await openDocument(await viewerOf(w.admin.id), doc.id)).body);
    expect(await db().auditEvent.count({ where: { entityId: doc.id, action: "document.download" } })).toBe(2);

    await expect(openDocument(w.bob.viewer, doc.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openDocument(await viewerOf(w.dudleyAgency.id), doc.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openDocument(await viewerOf(w.manager.id), doc.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(openDocument(await viewerOf(w.board.id), doc.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(openDocument(null, doc.id)).rejects.toBeInstanceOf(AuthError);
  });

  it("lists and removes the candidate's own documents; one used for a check is kept", async () => {
    const w = await candidateWorld();
    const a = await uploadMyDocument(w.alice.viewer, { kind: "OTHER", filename: "wrong.png", bytes: new Uint8Array(PNG) });
    const b = await uploadMyDocument(w.alice.viewer, { kind: "DBS_CERTIFICATE", filename: "dbs.pdf", bytes: new Uint8Array(PDF) });
    await uploadMyDocument(w.bob.viewer, { kind: "OTHER", filename: "bob.png", bytes: new Uint8Array(PNG) });
    expect((await listMyDocuments(w.alice.viewer)).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());

    await expect(deleteMyDocument(w.bob.viewer, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await deleteMyDocument(w.alice.viewer, a.id);
    expect(fs.existsSync(pathFor(a.storageKey))).toBe(false);
    expect((await db().document.findUniqueOrThrow({ where: { id: a.id } })).deletedAt).toBeInstanceOf(Date);
    expect((await listMyDocuments(w.alice.viewer)).map((x) => x.id)).toEqual([b.id]);
    await expect(openDocument(w.alice.viewer, a.id)).rejects.toBeInstanceOf(NotFoundError);

    await db().complianceCheck.create({ data: { councilId: w.luton.id, candidateId: w.alice.profile.id, type: "DBS", status: "PENDING", documentId: b.id } });
    await expect(deleteMyDocument(w.alice.viewer, b.id)).rejects.toThrow(/used this document for one of your checks/);
  });

  it("shows what each live application needs, by the placement gate's rules, and which checks are expiring", async () => {
    const w = await candidateWorld();
    await applyForVacancy(w.alice.viewer, { requisitionId: w.careJob.id, coverNote: null, availabilityConfirmed: "yes" });
    const before = await getMyChecks(w.alice.viewer);
    expect(before.checks).toEqual([]);
    expect(before.applications).toHaveLength(1);
    const app = before.applications[0];
    expect(app.ready).toBe(false);
    const rule = (name: string) => app.rules.find((r) => r.rule === name);
    expect(rule("Right to work")).toMatchObject({ done: false });
    expect(rule("Right to work")?.messages[0]).toMatch(/No right to work check is recorded/);
    expect(rule("DBS")).toMatchObject({ done: false });
    expect(rule("DBS")?.messages[0]).toMatch(/enhanced DBS check with barred list/i);
    expect(rule("References")).toMatchObject({ done: false }); // social care needs two
    expect(rule("DBS")?.whatToDo).toMatch(/Upload your DBS certificate/);

    await db().complianceCheck.createMany({
      data: [
        { councilId: w.luton.id, candidateId: w.alice.profile.id, type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "TIME_LIMITED", checkedOn: d("2026-01-05"), expiresOn: d(isoPlusDays(20)) },
        { councilId: w.luton.id, candidateId: w.alice.profile.id, type: "DBS", status: "PASSED", dbsLevel: "ENHANCED_BARRED", checkedOn: d("2026-01-05") },
        { councilId: w.luton.id, candidateId: w.alice.profile.id, type: "REFERENCE", status: "PASSED", checkedOn: d("2026-01-05") },
        { councilId: w.luton.id, candidateId: w.alice.profile.id, type: "REFERENCE", status: "PENDING" },
      ],
    });
    const after = await getMyChecks(w.alice.viewer);
    const states = Object.fromEntries(after.checks.map((c) => [`${c.type}:${c.status}`, c.state]));
    expect(states).toMatchObject({ "RIGHT_TO_WORK:PASSED": "expiring", "DBS:PASSED": "done", "REFERENCE:PENDING": "pending" });
    const a2 = after.applications[0];
    expect(a2.rules.find((r) => r.rule === "DBS")).toMatchObject({ done: true });
    expect(a2.rules.find((r) => r.rule === "References")?.messages[0]).toMatch(/Only 1 of the 2 references/);
    // Bob sees none of it
    expect(await getMyChecks(w.bob.viewer)).toEqual({ checks: [], applications: [] });
  });
});
