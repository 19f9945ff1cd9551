import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, AuthError } from "@/lib/auth/errors";
import { auditFilterOptions, exportAuditEvents, listAuditEvents, parseAuditFilter, summariseChanges } from "@/lib/audit/queries";
import { writeAudit } from "@/lib/audit/write";
import { makeCouncil, makeRequisition, makeService, makeUser, resetDatabase, viewerOf } from "./helpers";

async function world() {
  const luton = await makeCouncil("luton");
  const dudley = await makeCouncil("dudley");
  const { service, costCentre } = await makeService(luton.id, "Adult Social Care");
  const admin = await makeUser(luton.id, "ADMIN", { email: "admin@luton.test" });
  const recruiter = await makeUser(luton.id, "AGENCY", { email: "priya@luton.test" });
  await db().user.update({ where: { id: recruiter.id }, data: { name: "Priya Patel" } });
  const manager = await makeUser(luton.id, "HIRING_MANAGER", { email: "sarah@luton.test", services: [{ id: service.id, budgetHolder: true }] });
  const board = await makeUser(luton.id, "BOARD");
  const dudleyAdmin = await makeUser(dudley.id, "ADMIN", { email: "admin@dudley.test" });
  const req = await makeRequisition(luton.id, service.id, costCentre.id, manager.id, { status: "OPEN" });
  const at = (iso: string) => new Date(iso);
  const events = [
    // 1 November 2026 00:30 in London is 00:30 UTC (GMT); 31 October 23:30 UTC is 31 October 23:30 in London... and 1 July 00:30 BST is 30 June 23:30 UTC.
    { actorId: manager.id, actorRole: "HIRING_MANAGER", action: "requisition.submit", entityType: "Requisition", entityId: req.id, changes: { status: ["DRAFT", "SUBMITTED"] }, createdAt: at("2026-11-01T00:30:00Z") },
    { actorId: recruiter.id, actorRole: "AGENCY", action: "requisition.release", entityType: "Requisition", entityId: req.id, changes: { status: ["APPROVED", "OPEN"] }, createdAt: at("2026-11-10T09:00:00Z") },
    { actorId: null, actorRole: null, action: "retention.anonymise", entityType: "CandidateProfile", entityId: "cand-1", changes: { anonymised: true }, createdAt: at("2026-10-31T23:30:00Z") },
    { actorId: recruiter.id, actorRole: "AGENCY", action: "candidate.note", entityType: "CandidateProfile", entityId: "cand-2", changes: null, createdAt: at("2026-06-30T23:30:00Z") },
  ] as const;
  for (const e of events) {
    await db().auditEvent.create({ data: { councilId: luton.id, ...e, changes: e.changes ?? undefined } });
  }
  await writeAudit(db(), { councilId: dudley.id, actorId: dudleyAdmin.id, actorRole: "ADMIN", action: "requisition.release", entityType: "Requisition", entityId: "dudley-req", changes: { status: ["APPROVED", "OPEN"] } });
  return { luton, dudley, admin, recruiter, manager, board, dudleyAdmin, req };
}

const f = (q: Record<string, string>) => {
  const { filter, errors } = parseAuditFilter((n) => q[n]);
  expect(errors).toEqual({});
  return filter;
};

describe("the audit view's queries", () => {
  beforeEach(resetDatabase);

  it("administrators only, and only their own council's events", async () => {
    const w = await world();
    const admin = await viewerOf(w.admin.id);
    const all = await listAuditEvents(admin, {});
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.entityId)).not.toContain("dudley-req");
    expect((await listAuditEvents(await viewerOf(w.dudleyAdmin.id), {})).rows.map((r) => r.entityId)).toEqual(["dudley-req"]);
    for (const u of [w.recruiter, w.manager, w.board]) {
      await expect(listAuditEvents(await viewerOf(u.id), {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportAuditEvents(await viewerOf(u.id), {})).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(listAuditEvents(null, {})).rejects.toBeInstanceOf(AuthError);
    // a Dudley record's id or reference never finds anything in Luton
    expect((await listAuditEvents(admin, f({ record: "dudley-req" }))).total).toBe(0);
  });

  it("newest first, with who, role, the record's reference and a readable summary of the change", async () => {
    const w = await world();
    const page = await listAuditEvents(await viewerOf(w.admin.id), {});
    expect(page.rows.map((r) => r.action)).toEqual(["requisition.release", "requisition.submit", "retention.anonymise", "candidate.note"]);
    expect(page.rows[0]).toMatchObject({
      actorName: "Priya Patel", actorEmail: "priya@luton.test", actorRole: "AGENCY", entityType: "Requisition", recordLabel: w.req.reference,
      changes: "status: APPROVED → OPEN",
    });
    expect(page.rows[2]).toMatchObject({ actorName: "The system", actorEmail: null, changes: "anonymised: true" });
  });

  it("searches by record (id or reference), user (email, name or 'system'), action and record type", async () => {
    const w = await world();
    const admin = await viewerOf(w.admin.id);
    const actions = async (q: Record<string, string>) => (await listAuditEvents(admin, f(q))).rows.map((r) => r.action);
    expect(await actions({ record: w.req.id })).toEqual(["requisition.release", "requisition.submit"]);
    await db().requisition.update({ where: { id: w.req.id }, data: { reference: "LUT-REQ-0042" } });
    expect(await actions({ record: "LUT-REQ-0042" })).toEqual(["requisition.release", "requisition.submit"]);
    expect(await actions({ record: "lut-req-0042" })).toEqual(["requisition.release", "requisition.submit"]);
    expect(await actions({ user: "PRIYA@luton" })).toEqual(["requisition.release", "candidate.note"]);
    expect(await actions({ user: "patel" })).toEqual(["requisition.release", "candidate.note"]);
    expect(await actions({ user: "system" })).toEqual(["retention.anonymise"]);
    expect(await actions({ user: "nobody@nowhere.test" })).toEqual([]);
    // LIKE wildcards and SQL metacharacters are plain text
    for (const user of ["%", "' OR 1=1 --", "%@%"]) expect(await actions({ user }), `user ${user}`).toEqual([]);
    expect(await actions({ user: "_" })).toEqual(["requisition.submit"]); // only the name with a real underscore ("Test HIRING_MANAGER")
    for (const record of ["%", "' OR 1=1 --"]) expect(await actions({ record }), `record ${record}`).toEqual([]);
    expect(await actions({ action: "candidate.note" })).toEqual(["candidate.note"]);
    expect(await actions({ type: "CandidateProfile" })).toEqual(["retention.anonymise", "candidate.note"]);
    expect(await actions({ type: "Requisition", user: "sarah@" })).toEqual(["requisition.submit"]);
    expect(await auditFilterOptions(admin)).toEqual({
      entityTypes: ["CandidateProfile", "Requisition"],
      actions: ["candidate.note", "requisition.release", "requisition.submit", "retention.anonymise"],
    });
  });

  it("searches by calendar day in Europe/London, both ends included (GMT and BST)", async () => {
    const w = await world();
    const admin = await viewerOf(w.admin.id);
    const actions = async (q: Record<string, string>) => (await listAuditEvents(admin, f(q))).rows.map((r) => r.action);
    expect(await actions({ from: "2026-11-01", to: "2026-11-01" })).toEqual(["requisition.submit"]);
    expect(await actions({ to: "2026-10-31" })).toEqual(["retention.anonymise", "candidate.note"]);
    expect(await actions({ from: "2026-11-02" })).toEqual(["requisition.release"]);
    // 30 June 23:30 UTC is 1 July 00:30 in London (BST)
    expect(await actions({ from: "2026-07-01", to: "2026-07-01" })).toEqual(["candidate.note"]);
    expect(await actions({ from: "2026-06-30", to: "2026-06-30" })).toEqual([]);
  });

  it("refuses dates that are not real or the wrong way round, with messages for the form", () => {
    expect(parseAuditFilter((n) => ({ from: "2026-02-30" })[n]).errors).toEqual({ from: expect.stringContaining("real date") });
    expect(parseAuditFilter((n) => ({ from: "2026-11-10", to: "2026-11-01" })[n]).errors).toEqual({ to: expect.stringContaining("after the ‘from’ date") });
    expect(parseAuditFilter((n) => ({ record: `  ${"x".repeat(500)}  ` })[n]).filter.record).toHaveLength(100);
  });

  it("the export holds exactly what the search shows, across pages", async () => {
    const w = await world();
    const admin = await viewerOf(w.admin.id);
    for (let i = 0; i < 60; i++) {
      await writeAudit(db(), { councilId: w.luton.id, actorId: w.recruiter.id, actorRole: "AGENCY", action: "application.move", entityType: "Application", entityId: `app-${i}`, changes: { stage: ["APPLIED", "SCREENED"] } });
    }
    const filter = f({ action: "application.move" });
    const page1 = await listAuditEvents(admin, filter, 1);
    const page2 = await listAuditEvents(admin, filter, 2);
    expect(page1.total).toBe(60);
    expect(page1.pageCount).toBe(2);
    const exported = await exportAuditEvents(admin, filter);
    expect(exported.map((r) => r.id)).toEqual([...page1.rows, ...page2.rows].map((r) => r.id));
  });

  it("summarises changes in one line", () => {
    expect(summariseChanges({ status: ["OPEN", "FILLED"], placements: 1 })).toBe("status: OPEN → FILLED; placements: 1");
    expect(summariseChanges({ before: [null, "x"] })).toBe("before: (none) → x");
    expect(summariseChanges({ moved: { applications: 2 } })).toBe('moved: {"applications":2}');
    expect(summariseChanges(null)).toBe("");
    expect(summariseChanges({ note: "y".repeat(1000) }, 50)).toHaveLength(50);
  });
});
