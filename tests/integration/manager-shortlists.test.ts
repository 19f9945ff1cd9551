import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { decideOnCandidate, managerDecisionSchema } from "@/lib/applications/manager-decision";
import { countCandidatesAwaitingDecision, getShortlist, listShortlistsToReview } from "@/lib/applications/manager-queries";
import { makeRequisition, resetDatabase, viewerOf } from "./helpers";
import { makeShortlisted, managerWorld } from "./manager-fixtures";

describe("shortlist review", () => {
  beforeEach(resetDatabase);

  async function world() {
    const w = await managerWorld();
    const req = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: "OPEN" });
    const a = await makeShortlisted(w.council.id, req.id, { firstName: "Amina" });
    const b = await makeShortlisted(w.council.id, req.id, { firstName: "Ben" });
    const c = await makeShortlisted(w.council.id, req.id, { firstName: "Chloe" });
    const notYet = await makeShortlisted(w.council.id, req.id, { firstName: "Dev", stage: "APPLIED" });
    return { ...w, req, a, b, c, notYet };
  }

  it("shows what a manager needs — never the home address or declared priority groups", async () => {
    const w = await world();
    const v = await viewerOf(w.raiser.id);
    const list = await listShortlistsToReview(v);
    expect(list.rows).toEqual([expect.objectContaining({ requisitionId: w.req.id, awaiting: 3 })]);
    expect(await countCandidatesAwaitingDecision(v)).toBe(3);
    const s = await getShortlist(v, w.req.id);
    expect(s.candidates.map((c) => c.name.split(" ")[0])).toEqual(["Amina", "Ben", "Chloe"]);
    const first = s.candidates[0];
    expect(first).toMatchObject({ experienceSummary: "Six years in domiciliary care.", availability: "ONE_WEEK", ratePence: 1400, stage: "SHORTLISTED" });
    // no right-to-work, DBS or references recorded: not ready, and says why
    expect(first.compliance.ready).toBe(false);
    expect(first.compliance.issues.join(" ")).toMatch(/right to work/i);
    const text = JSON.stringify(s);
    expect(text).not.toContain("Secret Street");
    expect(text).not.toContain("LU1 1AA");
    expect(text).not.toContain("CARE_LEAVER");
    expect(text).not.toContain("@example.test");
  });

  it("invites to interview, accepts (an offer request) and rejects with a reason; the agency and raiser are told", async () => {
    const w = await world();
    const v = await viewerOf(w.budgetHolder.id);
    expect(await decideOnCandidate(v, { applicationId: w.a.app.id, decision: "INTERVIEW", reason: null })).toMatchObject({ stage: "INTERVIEW" });
    expect(await decideOnCandidate(v, { applicationId: w.a.app.id, decision: "ACCEPTED", reason: null })).toMatchObject({ stage: "OFFERED" });
    expect(await decideOnCandidate(v, { applicationId: w.b.app.id, decision: "ACCEPTED", reason: null })).toMatchObject({ stage: "OFFERED" });
    expect(await decideOnCandidate(v, { applicationId: w.c.app.id, decision: "REJECTED", reason: "Needs a driving licence" })).toMatchObject({ stage: "REJECTED" });
    const c = await db().application.findUniqueOrThrow({ where: { id: w.c.app.id }, include: { history: true } });
    expect(c).toMatchObject({ managerDecision: "REJECTED", managerDecisionReason: "Needs a driving licence", closedReason: "Needs a driving licence", managerDecidedById: w.budgetHolder.id });
    expect(c.history).toEqual([expect.objectContaining({ fromStage: "SHORTLISTED", toStage: "REJECTED", changedById: w.budgetHolder.id })]);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "shortlist.accepted" } })).toBe(2);
    expect(await db().notification.count({ where: { userId: w.raiser.id, kind: "shortlist.rejected" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityType: "Application" } })).toBe(4);
    // decided already: cannot be decided again
    await expect(decideOnCandidate(v, { applicationId: w.c.app.id, decision: "ACCEPTED", reason: null })).rejects.toBeInstanceOf(DomainError);
    // not shortlisted yet: the manager cannot act on it
    await expect(decideOnCandidate(v, { applicationId: w.notYet.app.id, decision: "ACCEPTED", reason: null })).rejects.toBeInstanceOf(DomainError);
    expect((await listShortlistsToReview(v)).total).toBe(0);
  });

  it("a rejection needs a reason", () => {
    const r = managerDecisionSchema.safeParse({ applicationId: "x", decision: "REJECTED", reason: "  " });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["reason"] });
  });

  it("another service's manager cannot see or decide the shortlist by id; other roles are refused", async () => {
    const w = await world();
    const housing = await viewerOf(w.housingManager.id);
    await expect(getShortlist(housing, w.req.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideOnCandidate(housing, { applicationId: w.a.app.id, decision: "ACCEPTED", reason: null })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listShortlistsToReview(housing)).total).toBe(0);
    await expect(decideOnCandidate(await viewerOf(w.agency.id), { applicationId: w.a.app.id, decision: "ACCEPTED", reason: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().application.findUniqueOrThrow({ where: { id: w.a.app.id } })).stage).toBe("SHORTLISTED");
  });
});
