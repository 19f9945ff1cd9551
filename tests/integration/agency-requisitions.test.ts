import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { exportAgencyInbox, getAgencyRequisition, listAgencyInbox } from "@/lib/requisitions/agency-queries";
import { releaseRequisition } from "@/lib/requisitions/release-requisition";
import { addToPipeline } from "@/lib/applications/add-to-pipeline";
import { moveApplication } from "@/lib/applications/move-application";
import { getAgencyApplication, listPipeline } from "@/lib/applications/agency-queries";
import { resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, d, isoPlusDays, makeApplication, makeCandidate, makeReq } from "./agency-fixtures";

describe("requisition inbox", () => {
  beforeEach(resetDatabase);

  it("lists approved and open requisitions of the council with pipeline counts, days open and flags; CSV matches the filter", async () => {
    const w = await agencyWorld();
    const approved = await makeReq(w, { status: "APPROVED", jobTitle: "Approved one" });
    await db().requisition.update({ where: { id: approved.id }, data: { approvedAt: new Date(Date.now() - 2 * 86_400_000) } });
    // released 2026-11-02 (a Monday): 16 working days to 2026-11-24, nobody shortlisted
    const stale = await makeReq(w, { status: "OPEN", jobTitle: "Stale", openedAt: new Date("2026-11-02T09:00:00Z"), startDate: "2027-01-11" });
    // released recently with a shortlist, starting within 7 days and unfilled
    const soon = await makeReq(w, { status: "OPEN", jobTitle: "Soon", openedAt: new Date("2026-11-20T09:00:00Z"), startDate: "2026-11-30" });
    const c = await makeCandidate(w.council.id);
    await makeApplication(w.council.id, soon.id, c.id, "SHORTLISTED");
    await makeApplication(w.council.id, stale.id, (await makeCandidate(w.council.id)).id, "APPLIED");
    await makeReq(w, { status: "DRAFT", jobTitle: "Draft" });
    const other = await agencyWorld("dudley");
    await makeReq(other, { status: "OPEN", jobTitle: "Other council" });

    const v = await viewerOf(w.recruiter.id);
    const page = await listAgencyInbox(v, {}, "2026-11-24");
    // waiting to be released first, then flagged, soonest start first
    expect(page.rows.map((r) => r.jobTitle)).toEqual(["Approved one", "Soon", "Stale"]);
    const byTitle = Object.fromEntries(page.rows.map((r) => [r.jobTitle, r]));
    expect(byTitle.Stale.flags).toEqual(["NO_SHORTLIST"]);
    expect(byTitle.Stale.pipeline).toEqual({ APPLIED: 1 });
    expect(byTitle.Soon.flags).toEqual(["STARTING_UNFILLED"]);
    expect(byTitle.Soon.pipeline).toEqual({ SHORTLISTED: 1 });
    expect(byTitle["Approved one"].daysOpen).toBe(2);
    expect(byTitle["Approved one"].flags).toEqual([]);

    const flagged = await listAgencyInbox(v, { flag: "NO_SHORTLIST" }, "2026-11-24");
    expect(flagged.rows.map((r) => r.id)).toEqual([stale.id]);
    expect((await exportAgencyInbox(v, { flag: "NO_SHORTLIST" }, "2026-11-24")).map((r) => r.id)).toEqual([stale.id]);
    expect((await exportAgencyInbox(v, { status: "APPROVED" }, "2026-11-24")).map((r) => r.id)).toEqual([approved.id]);
    expect((await listAgencyInbox(v, { q: "soon" }, "2026-11-24")).rows.map((r) => r.id)).toEqual([soon.id]);
  });

  it("releases an approved requisition with advert text and closing date: OPEN, history, audit, managers told", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "APPROVED" });
    const v = await viewerOf(w.recruiter.id);
    await expect(releaseRequisition(v, { requisitionId: req.id, advertText: "Join us", closingDate: "2026-11-01", location: null }, "2026-11-24")).rejects.toBeInstanceOf(DomainError);
    const out = await releaseRequisition(v, { requisitionId: req.id, advertText: "Join our friendly team in Luton.", closingDate: "2026-12-15", location: "Luton town centre" }, "2026-11-24");
    expect(out.released).toBe(true);
    const r = await db().requisition.findUniqueOrThrow({ where: { id: req.id }, include: { history: true } });
    expect(r).toMatchObject({ status: "OPEN", advertText: "Join our friendly team in Luton.", location: "Luton town centre" });
    expect(r.closingDate?.toISOString().slice(0, 10)).toBe("2026-12-15");
    expect(r.openedAt).not.toBeNull();
    expect(r.history).toEqual([expect.objectContaining({ fromStatus: "APPROVED", toStatus: "OPEN", changedById: w.recruiter.id })]);
    expect(await db().auditEvent.count({ where: { entityId: req.id, action: "requisition.release" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "requisition.released" } })).toBe(1);
    // editing the advert of an open requisition: no second release
    const again = await releaseRequisition(v, { requisitionId: req.id, advertText: "Updated advert", closingDate: "2026-12-20", location: null }, "2026-11-24");
    expect(again.released).toBe(false);
    expect(await db().requisitionStatusChange.count({ where: { requisitionId: req.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: req.id, action: "requisition.advert-update" } })).toBe(1);
    // a draft cannot be released
    const draft = await makeReq(w, { status: "DRAFT" });
    await expect(releaseRequisition(v, { requisitionId: draft.id, advertText: "x", closingDate: "2026-12-15", location: null }, "2026-11-24")).rejects.toThrow(/Only an approved requisition/);
  });

  it("never shows or changes another council's requisition, by id; managers and board are refused", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const theirs = await makeReq(other, { status: "APPROVED" });
    const v = await viewerOf(w.recruiter.id);
    await expect(getAgencyRequisition(v, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPipeline(v, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(releaseRequisition(v, { requisitionId: theirs.id, advertText: "x", closingDate: "2026-12-15", location: null }, "2026-11-24")).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().requisition.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("APPROVED");
    await expect(listAgencyInbox(await viewerOf(w.manager.id))).rejects.toBeInstanceOf(ForbiddenError);
    const board = await db().user.create({ data: { councilId: w.council.id, email: "board@x.test", name: "B", role: "BOARD" } });
    await expect(releaseRequisition(await viewerOf(board.id), { requisitionId: theirs.id, advertText: "x", closingDate: "2026-12-15", location: null })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("pipeline", () => {
  beforeEach(resetDatabase);

  it("adds a candidate from the talent pool, moves through the stages, needs a reason to reject, notifies the manager on shortlist", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const cand = await makeCandidate(w.council.id, { withUser: true });
    const v = await viewerOf(w.recruiter.id);
    const app = await addToPipeline(v, { requisitionId: req.id, candidateId: cand.id });
    expect(app.stage).toBe("SCREENED");
    await expect(addToPipeline(v, { requisitionId: req.id, candidateId: cand.id })).rejects.toThrow(/already in this pipeline/);

    await moveApplication(v, { applicationId: app.id, to: "SHORTLISTED", reason: null });
    const a = await db().application.findUniqueOrThrow({ where: { id: app.id }, include: { history: { orderBy: { changedAt: "asc" } } } });
    expect(a.stage).toBe("SHORTLISTED");
    expect(a.shortlistedAt).not.toBeNull();
    expect(a.history.map((h) => h.toStage)).toEqual(["SCREENED", "SHORTLISTED"]);
    expect(await db().notification.count({ where: { userId: w.manager.id, kind: "shortlist.sent" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: cand.userId!, kind: "application.shortlisted" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: app.id, action: "application.move" } })).toBe(1);

    // not allowed: back to applied, or placed by hand; rejecting needs a reason
    await expect(moveApplication(v, { applicationId: app.id, to: "SCREENED", reason: null })).rejects.toThrow(/cannot move/);
    await expect(moveApplication(v, { applicationId: app.id, to: "REJECTED", reason: "  " })).rejects.toThrow(/reason/);
    await moveApplication(v, { applicationId: app.id, to: "REJECTED", reason: "Not enough experience with dementia care" });
    const after = await getAgencyApplication(v, app.id);
    expect(after.stage).toBe("REJECTED");
    expect(after.closedReason).toBe("Not enough experience with dementia care");
    expect(after.moves).toEqual([]);
    const pipeline = await listPipeline(v, req.id);
    expect(pipeline.map((p) => [p.name, p.stage])).toEqual([[`${cand.firstName} ${cand.lastName}`, "REJECTED"]]);
  });

  it("refuses another council's candidate or application by id, and a merged record", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const req = await makeReq(w, { status: "OPEN" });
    const theirCand = await makeCandidate(other.council.id);
    const theirReq = await makeReq(other, { status: "OPEN" });
    const theirApp = await makeApplication(other.council.id, theirReq.id, theirCand.id, "SCREENED");
    const v = await viewerOf(w.recruiter.id);
    await expect(addToPipeline(v, { requisitionId: req.id, candidateId: theirCand.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveApplication(v, { applicationId: theirApp.id, to: "SHORTLISTED", reason: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAgencyApplication(v, theirApp.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().application.findUniqueOrThrow({ where: { id: theirApp.id } })).stage).toBe("SCREENED");
    const a = await makeCandidate(w.council.id);
    const b = await makeCandidate(w.council.id);
    await db().candidateProfile.update({ where: { id: b.id }, data: { mergedIntoId: a.id } });
    await expect(addToPipeline(v, { requisitionId: req.id, candidateId: b.id })).rejects.toThrow(/merged/);
  });

  it("two recruiters moving one application at once: one wins", async () => {
    const w = await agencyWorld();
    const req = await makeReq(w, { status: "OPEN" });
    const c = await makeCandidate(w.council.id);
    const app = await makeApplication(w.council.id, req.id, c.id, "SCREENED");
    const results = await Promise.allSettled([
      moveApplication(await viewerOf(w.recruiter.id), { applicationId: app.id, to: "SHORTLISTED", reason: null }),
      moveApplication(await viewerOf(w.recruiter2.id), { applicationId: app.id, to: "REJECTED", reason: "Duplicate" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().applicationStageChange.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("days open uses the release date", async () => {
    const w = await agencyWorld();
    await makeReq(w, { status: "OPEN", openedAt: d(isoPlusDays(-3)) });
    const page = await listAgencyInbox(await viewerOf(w.recruiter.id));
    expect(page.rows[0].daysOpen).toBe(3);
  });
});
