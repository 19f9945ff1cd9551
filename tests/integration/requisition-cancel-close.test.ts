/**
 * Cancelling and closing requisitions (lib/requisitions/cancel-requisition.ts, close-requisition.ts): which states,
 * roles and scopes may, what happens to open applications, history, audit and notifications, the job board, and
 * two requests at once.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { cancelRequisition, cancelSchema } from "@/lib/requisitions/cancel-requisition";
import { closeRequisition, closeSchema } from "@/lib/requisitions/close-requisition";
import { endRefusal, VACANCY_ENDED_REASON } from "@/lib/requisitions/end-requisition";
import { searchVacancies } from "@/lib/vacancies/queries";
import { applyForVacancy } from "@/lib/applications/apply";
import type { RequisitionStatus } from "@/lib/generated/prisma/enums";
import { makeCouncil, makeRequisition, makeService, makeUser, resetDatabase, viewerOf } from "./helpers";
import { makePlacement, makeShortlisted, managerWorld } from "./manager-fixtures";

type World = Awaited<ReturnType<typeof world>>;

async function world() {
  const w = await managerWorld();
  const admin = await makeUser(w.council.id, "ADMIN");
  const board = await makeUser(w.council.id, "BOARD");
  const dudley = await makeCouncil("dudley");
  const dudleyService = await makeService(dudley.id, "Adult Social Care");
  const dudleyAgency = await makeUser(dudley.id, "AGENCY");
  const dudleyManager = await makeUser(dudley.id, "HIRING_MANAGER", { services: [{ id: dudleyService.service.id }] });
  return { ...w, admin, board, dudley, dudleyService, dudleyAgency, dudleyManager };
}

/** A requisition of Adult Social Care (raised by the raiser) in any state. */
async function req(w: World, status: RequisitionStatus = "OPEN", headcount = 1) {
  const base = ["DRAFT", "SUBMITTED", "APPROVED", "OPEN", "FILLED", "CLOSED"].includes(status) ? (status as "OPEN") : "OPEN";
  const r = await makeRequisition(w.council.id, w.asc.service.id, w.asc.costCentre.id, w.raiser.id, { status: base, jobTitle: `Support Worker ${status}` });
  return db().requisition.update({ where: { id: r.id }, data: { status, headcount } });
}

const input = (requisitionId: string, reason = "The service restructure removed the need for cover") => ({ requisitionId, reason, confirm: "yes" });

/** Everything a refused call must not have written. */
async function footprint(requisitionId: string) {
  const r = await db().requisition.findUniqueOrThrow({ where: { id: requisitionId }, select: { status: true, cancelledAt: true, closedAt: true } });
  return {
    ...r,
    history: await db().requisitionStatusChange.count({ where: { requisitionId } }),
    audit: await db().auditEvent.count({ where: { entityId: requisitionId } }),
    stageChanges: await db().applicationStageChange.count({ where: { application: { requisitionId } } }),
    notifications: await db().notification.count(),
  };
}

describe("cancelling a requisition", () => {
  beforeEach(resetDatabase);

  it("a manager cancels an open requisition of their service: open applications close, history, audit, candidates and the team told, off the job board", async () => {
    const w = await world();
    const r = await req(w, "OPEN");
    const applied = await makeShortlisted(w.council.id, r.id, { stage: "APPLIED" });
    const shortlisted = await makeShortlisted(w.council.id, r.id, { stage: "SHORTLISTED" });
    const interview = await makeShortlisted(w.council.id, r.id, { stage: "INTERVIEW" });
    const offered = await makeShortlisted(w.council.id, r.id);
    await db().application.update({ where: { id: offered.app.id }, data: { stage: "OFFERED" } });
    const withdrawn = await makeShortlisted(w.council.id, r.id, { stage: "APPLIED" });
    await db().application.update({ where: { id: withdrawn.app.id }, data: { stage: "WITHDRAWN", closedReason: "I have found other work" } });
    const rejected = await makeShortlisted(w.council.id, r.id, { stage: "APPLIED" });
    await db().application.update({ where: { id: rejected.app.id }, data: { stage: "REJECTED", closedReason: "Not enough experience" } });
    const ended = await makePlacement(w.council.id, r, { status: "ENDED" }); // an ended placement does not stop a cancel
    expect((await searchVacancies(w.council.id)).rows.map((v) => v.id)).toContain(r.id);

    const manager = await viewerOf(w.budgetHolder.id);
    const result = await cancelRequisition(manager, input(r.id, "  Budget withdrawn for this post  "), "manager");
    expect(result).toMatchObject({ id: r.id, status: "CANCELLED", from: "OPEN", applicationsClosed: 4 });

    const row = await db().requisition.findUniqueOrThrow({ where: { id: r.id }, include: { history: true } });
    expect(row.status).toBe("CANCELLED");
    expect(row.cancelledAt).toBeInstanceOf(Date);
    expect(row.closedAt).toBeNull();
    expect(row.history).toHaveLength(1);
    expect(row.history[0]).toMatchObject({ fromStatus: "OPEN", toStatus: "CANCELLED", changedById: w.budgetHolder.id, note: "Cancelled: Budget withdrawn for this post" });

    const audit = await db().auditEvent.findMany({ where: { entityId: r.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "requisition.cancel", actorId: w.budgetHolder.id, actorRole: "HIRING_MANAGER" });
    expect(audit[0].changes).toMatchObject({ status: ["OPEN", "CANCELLED"], reason: "Budget withdrawn for this post", applicationsClosed: 4 });

    for (const a of [applied, shortlisted, interview, offered]) {
      const app = await db().application.findUniqueOrThrow({ where: { id: a.app.id }, include: { history: true } });
      expect(app.stage).toBe("REJECTED");
      expect(app.closedReason).toBe(VACANCY_ENDED_REASON.CANCELLED);
      expect(app.history).toHaveLength(1);
      expect(app.history[0]).toMatchObject({ toStage: "REJECTED", reason: VACANCY_ENDED_REASON.CANCELLED, changedById: w.budgetHolder.id });
      const appAudit = await db().auditEvent.findMany({ where: { entityId: a.app.id } });
      expect(appAudit.map((e) => e.action)).toEqual(["application.move"]);
      const told = await db().notification.findMany({ where: { userId: a.user.id } });
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ kind: "application.vacancy-cancelled", link: `/candidate/applications/${a.app.id}` });
      expect(told[0].body).toContain("The vacancy was cancelled");
      expect(told[0].body).not.toContain("Budget withdrawn"); // the council's reason stays internal
    }
    // closed ones keep their own outcome and reason; the placed one is untouched
    expect(await db().application.findUniqueOrThrow({ where: { id: withdrawn.app.id } })).toMatchObject({ stage: "WITHDRAWN", closedReason: "I have found other work" });
    expect(await db().application.findUniqueOrThrow({ where: { id: rejected.app.id } })).toMatchObject({ stage: "REJECTED", closedReason: "Not enough experience" });
    expect((await db().application.findUniqueOrThrow({ where: { id: ended.app.id } })).stage).toBe("PLACED");
    expect(await db().notification.count({ where: { userId: { in: [withdrawn.user.id, rejected.user.id] } } })).toBe(0);

    // the Connect2 team hears it from the manager; the service's managers (including the canceller) do not
    const teamNote = await db().notification.findMany({ where: { userId: { in: [w.agency.id, w.admin.id] } } });
    expect(teamNote.map((n) => n.kind).sort()).toEqual(["requisition.cancelled-by-manager", "requisition.cancelled-by-manager"]);
    expect(teamNote[0].body).toContain("Budget withdrawn for this post");
    expect(teamNote[0].link).toBe(`/agency/requisitions/${r.id}`);
    expect(await db().notification.count({ where: { userId: { in: [w.raiser.id, w.budgetHolder.id, w.head.id] } } })).toBe(0);

    // gone from the job board at once
    expect((await searchVacancies(w.council.id)).rows.map((v) => v.id)).not.toContain(r.id);
  });

  it("may cancel a draft, a submitted or an approved requisition (a draft tells nobody)", async () => {
    const w = await world();
    const manager = await viewerOf(w.raiser.id);
    for (const status of ["DRAFT", "SUBMITTED", "APPROVED"] as const) {
      const r = await req(w, status);
      const before = await db().notification.count();
      await cancelRequisition(manager, input(r.id), "manager");
      const row = await db().requisition.findUniqueOrThrow({ where: { id: r.id }, include: { history: true } });
      expect(row.status).toBe("CANCELLED");
      expect(row.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[status, "CANCELLED"]]);
      expect(await db().auditEvent.count({ where: { entityId: r.id, action: "requisition.cancel" } })).toBe(1);
      expect(await db().notification.count()).toBe(before + (status === "DRAFT" ? 0 : 2)); // the agency user and the admin
    }
  });

  it("refuses a filled, closed, cancelled or declined requisition with a clear message and writes nothing", async () => {
    const w = await world();
    const manager = await viewerOf(w.raiser.id);
    const team = await viewerOf(w.agency.id);
    const cases: [RequisitionStatus, RegExp][] = [
      ["FILLED", /Only a requisition that is a draft, awaiting approval, approved or open can be cancelled; REQ-\w+ is filled\./],
      ["CLOSED", /can be cancelled; REQ-\w+ is closed\./],
      ["DECLINED", /can be cancelled; REQ-\w+ is declined\./],
      ["CANCELLED", /REQ-\w+ has already been cancelled\./],
    ];
    for (const [status, message] of cases) {
      const r = await req(w, status);
      const before = await footprint(r.id);
      for (const [v, by] of [[manager, "manager"], [team, "team"]] as const) {
        const e = await cancelRequisition(v, input(r.id), by).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(DomainError);
        expect((e as Error).message).toMatch(message);
      }
      expect(await footprint(r.id)).toEqual(before);
    }
  });

  it("refuses while a placement is starting or active, and says to close it instead", async () => {
    const w = await world();
    for (const status of ["PENDING_START", "ACTIVE"] as const) {
      const r = await req(w, "OPEN", 2);
      await makePlacement(w.council.id, r, { status });
      const waiting = await makeShortlisted(w.council.id, r.id, { stage: "SHORTLISTED" });
      const before = await footprint(r.id);
      await expect(cancelRequisition(await viewerOf(w.raiser.id), input(r.id), "manager")).rejects.toThrow(/cannot be cancelled: 1 person is placed on it .* Ask Connect2 to close it instead/);
      await expect(cancelRequisition(await viewerOf(w.agency.id), input(r.id), "team")).rejects.toThrow(/1 person is placed on it .* Close it instead/);
      expect(await footprint(r.id)).toEqual(before);
      expect((await db().application.findUniqueOrThrow({ where: { id: waiting.app.id } })).stage).toBe("SHORTLISTED");
    }
  });

  it("the Connect2 team and administrators cancel anywhere in their council and the service's managers are told", async () => {
    const w = await world();
    const housingReq = await makeRequisition(w.council.id, w.housing.service.id, w.housing.costCentre.id, w.housingManager.id, { status: "APPROVED" });
    const cand = await makeShortlisted(w.council.id, housingReq.id, { stage: "APPLIED" });
    await cancelRequisition(await viewerOf(w.agency.id), input(housingReq.id, "Housing found permanent staff"), "team");
    const told = await db().notification.findMany({ where: { kind: "requisition.cancelled-by-team" } });
    expect(told.map((n) => n.userId)).toEqual([w.housingManager.id]); // only Housing's managers
    expect(told[0]).toMatchObject({ link: `/manager/requisitions/${housingReq.id}` });
    expect(told[0].body).toContain("Housing found permanent staff");
    expect(await db().notification.count({ where: { userId: cand.user.id, kind: "application.vacancy-cancelled" } })).toBe(1);
    expect(await db().notification.count({ where: { kind: "requisition.cancelled-by-manager" } })).toBe(0);

    const r = await req(w, "OPEN");
    await cancelRequisition(await viewerOf(w.admin.id), input(r.id), "team");
    expect((await db().requisition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("CANCELLED");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: r.id, action: "requisition.cancel" } });
    expect(audit).toMatchObject({ actorId: w.admin.id, actorRole: "ADMIN" });
    const ascManagers = (await db().notification.findMany({ where: { kind: "requisition.cancelled-by-team", link: `/manager/requisitions/${r.id}` } })).map((n) => n.userId).sort();
    expect(ascManagers).toEqual([w.raiser.id, w.budgetHolder.id, w.head.id].sort());
  });

  it("refuses the wrong role, the wrong portal, another service and another council, writing nothing", async () => {
    const w = await world();
    const r = await req(w, "OPEN");
    const candidate = await makeUser(w.council.id, "CANDIDATE");
    const before = await footprint(r.id);
    for (const [who, by] of [[candidate.id, "manager"], [candidate.id, "team"], [w.board.id, "team"], [w.board.id, "manager"]] as const) {
      await expect(cancelRequisition(await viewerOf(who), input(r.id), by)).rejects.toBeInstanceOf(ForbiddenError);
    }
    // each portal's action serves only its own role
    await expect(cancelRequisition(await viewerOf(w.raiser.id), input(r.id), "team")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelRequisition(await viewerOf(w.agency.id), input(r.id), "manager")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cancelRequisition(null, input(r.id), "manager")).rejects.toThrow(/sign in/);
    // another service of the same council; another council's team and manager
    await expect(cancelRequisition(await viewerOf(w.housingManager.id), input(r.id), "manager")).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelRequisition(await viewerOf(w.dudleyAgency.id), input(r.id), "team")).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelRequisition(await viewerOf(w.dudleyManager.id), input(r.id), "manager")).rejects.toBeInstanceOf(NotFoundError);
    expect(await footprint(r.id)).toEqual(before);
  });

  it("needs a reason of up to 500 characters and a ticked confirmation, beside each field", async () => {
    const w = await world();
    const r = await req(w, "OPEN");
    const manager = await viewerOf(w.raiser.id);
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ requisitionId: r.id, reason: "   ", confirm: "yes" }, { reason: "Enter why you are cancelling the requisition" }],
      [{ requisitionId: r.id, reason: "x".repeat(501), confirm: "yes" }, { reason: "Reason must be 500 characters or fewer" }],
      [{ requisitionId: r.id, reason: "No longer needed" }, { confirm: "Confirm that you want to cancel this requisition" }],
      [{ requisitionId: r.id, reason: "No longer needed", confirm: "no" }, { confirm: "Confirm that you want to cancel this requisition" }],
    ];
    for (const [raw, fieldErrors] of cases) {
      const e = await cancelRequisition(manager, raw as never, "manager").catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).fieldErrors).toEqual(fieldErrors);
    }
    expect(cancelSchema.safeParse({ requisitionId: r.id, reason: "x".repeat(500), confirm: "yes" }).success).toBe(true);
    expect(closeSchema.safeParse({ requisitionId: r.id, reason: "", confirm: "yes" }).error?.issues[0].message).toBe("Enter why you are closing the requisition");
    expect((await db().requisition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("OPEN");
  });
});

describe("closing a requisition", () => {
  beforeEach(resetDatabase);

  it("the team closes a partly filled open requisition: placements carry on, open applications close, managers told", async () => {
    const w = await world();
    const r = await req(w, "OPEN", 3);
    const placed = await makePlacement(w.council.id, r, { status: "ACTIVE" });
    const starting = await makePlacement(w.council.id, r, { status: "PENDING_START" });
    const waiting = await makeShortlisted(w.council.id, r.id, { stage: "INTERVIEW" });

    const result = await closeRequisition(await viewerOf(w.agency.id), input(r.id, "Two of three filled; the service will manage with two"));
    expect(result).toMatchObject({ status: "CLOSED", from: "OPEN", applicationsClosed: 1 });
    const row = await db().requisition.findUniqueOrThrow({ where: { id: r.id }, include: { history: true } });
    expect(row).toMatchObject({ status: "CLOSED", cancelledAt: null });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(row.history.map((h) => [h.fromStatus, h.toStatus, h.note, h.changedById])).toEqual([
      ["OPEN", "CLOSED", "Closed: Two of three filled; the service will manage with two", w.agency.id],
    ]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: r.id } });
    expect(audit).toMatchObject({ action: "requisition.close", actorRole: "AGENCY" });
    expect(audit.changes).toMatchObject({ status: ["OPEN", "CLOSED"], livePlacements: 2, applicationsClosed: 1 });

    expect((await db().placement.findUniqueOrThrow({ where: { id: placed.placement.id } })).status).toBe("ACTIVE");
    expect((await db().placement.findUniqueOrThrow({ where: { id: starting.placement.id } })).status).toBe("PENDING_START");
    expect((await db().application.findUniqueOrThrow({ where: { id: placed.app.id } })).stage).toBe("PLACED");
    const app = await db().application.findUniqueOrThrow({ where: { id: waiting.app.id }, include: { history: true } });
    expect(app).toMatchObject({ stage: "REJECTED", closedReason: VACANCY_ENDED_REASON.CLOSED });
    expect(app.history.map((h) => [h.fromStage, h.toStage])).toEqual([["INTERVIEW", "REJECTED"]]);
    expect(await db().notification.findMany({ where: { userId: waiting.user.id } })).toMatchObject([{ kind: "application.vacancy-closed" }]);
    expect(await db().notification.count({ where: { userId: { in: [placed.profile.userId!, starting.profile.userId!] } } })).toBe(0);
    const managers = (await db().notification.findMany({ where: { kind: "requisition.closed-by-team" } })).map((n) => n.userId).sort();
    expect(managers).toEqual([w.raiser.id, w.budgetHolder.id, w.head.id].sort());
    expect((await searchVacancies(w.council.id)).rows.map((v) => v.id)).not.toContain(r.id);
  });

  it("only an open requisition closes; managers, other councils and other roles are refused", async () => {
    const w = await world();
    const team = await viewerOf(w.admin.id);
    for (const [status, message] of [
      ["DRAFT", /Only a requisition that is open can be closed; REQ-\w+ is draft\./],
      ["APPROVED", /can be closed; REQ-\w+ is approved\./],
      ["FILLED", /can be closed; REQ-\w+ is filled\./],
      ["CANCELLED", /can be closed; REQ-\w+ is cancelled\./],
      ["CLOSED", /REQ-\w+ has already been closed\./],
    ] as const) {
      const r = await req(w, status);
      const before = await footprint(r.id);
      await expect(closeRequisition(team, input(r.id))).rejects.toThrow(message);
      expect(await footprint(r.id)).toEqual(before);
    }
    const r = await req(w, "OPEN");
    const before = await footprint(r.id);
    await expect(closeRequisition(await viewerOf(w.budgetHolder.id), input(r.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(closeRequisition(await viewerOf(w.board.id), input(r.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(closeRequisition(await viewerOf(w.dudleyAgency.id), input(r.id))).rejects.toBeInstanceOf(NotFoundError);
    expect(await footprint(r.id)).toEqual(before);
  });
});

describe("two requests at once", () => {
  beforeEach(resetDatabase);

  it("two cancels (manager and team) give one result: one history row, one audit event, each application closed once", async () => {
    const w = await world();
    for (let round = 0; round < 3; round++) {
      const r = await req(w, "OPEN");
      const apps = [];
      for (let i = 0; i < 3; i++) apps.push(await makeShortlisted(w.council.id, r.id, { stage: "APPLIED" }));
      const results = await Promise.allSettled([
        cancelRequisition(await viewerOf(w.raiser.id), input(r.id, "First"), "manager"),
        cancelRequisition(await viewerOf(w.agency.id), input(r.id, "Second"), "team"),
      ]);
      const ok = results.filter((x) => x.status === "fulfilled");
      const failed = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
      expect(ok).toHaveLength(1);
      expect(failed).toHaveLength(1);
      expect(failed[0].reason).toBeInstanceOf(DomainError);
      expect(failed[0].reason.message).toMatch(/has already been cancelled|Someone else changed this requisition/);
      const row = await db().requisition.findUniqueOrThrow({ where: { id: r.id }, include: { history: true } });
      expect(row.status).toBe("CANCELLED");
      expect(row.history).toHaveLength(1);
      expect(await db().auditEvent.count({ where: { entityId: r.id } })).toBe(1);
      for (const a of apps) {
        expect(await db().applicationStageChange.count({ where: { applicationId: a.app.id } })).toBe(1);
        expect(await db().notification.count({ where: { userId: a.user.id } })).toBe(1);
      }
    }
  });

  it("a cancel and a close at once: exactly one of them happens", async () => {
    const w = await world();
    const r = await req(w, "OPEN");
    const results = await Promise.allSettled([
      cancelRequisition(await viewerOf(w.agency.id), input(r.id), "team"),
      closeRequisition(await viewerOf(w.admin.id), input(r.id)),
    ]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const row = await db().requisition.findUniqueOrThrow({ where: { id: r.id }, include: { history: true } });
    expect(["CANCELLED", "CLOSED"]).toContain(row.status);
    expect(row.history).toHaveLength(1);
    expect(row.history[0].toStatus).toBe(row.status);
  });
});

describe("applications arriving while a requisition is cancelled", () => {
  beforeEach(resetDatabase);

  it("no application is left open on a cancelled requisition, whichever commits first", async () => {
    const w = await world();
    for (let round = 0; round < 3; round++) {
      const r = await req(w, "OPEN");
      const applicants = [];
      for (let i = 0; i < 4; i++) applicants.push(await viewerOf((await makeUser(w.council.id, "CANDIDATE")).id));
      const results = await Promise.allSettled([
        ...applicants.slice(0, 2).map((v) => applyForVacancy(v, { requisitionId: r.id, coverNote: null, availabilityConfirmed: "yes" })),
        cancelRequisition(await viewerOf(w.agency.id), input(r.id), "team"),
        ...applicants.slice(2).map((v) => applyForVacancy(v, { requisitionId: r.id, coverNote: null, availabilityConfirmed: "yes" })),
      ]);
      expect(results[2].status).toBe("fulfilled"); // the cancel
      for (const x of results) if (x.status === "rejected") expect((x.reason as Error).message).toMatch(/no longer taking applications|not open|closed/i);
      expect((await db().requisition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("CANCELLED");
      const stages = await db().application.findMany({ where: { requisitionId: r.id }, select: { stage: true } });
      expect(stages.filter((a) => a.stage !== "REJECTED")).toEqual([]);
    }
  });
});

describe("endRefusal (pure)", () => {
  const cancel = { to: "CANCELLED", from: ["DRAFT", "SUBMITTED", "APPROVED", "OPEN"], byManager: true } as const;
  it.each([
    ["OPEN", 0, null],
    ["DRAFT", 0, null],
    ["OPEN", 2, /2 people are placed on it/],
    ["SUBMITTED", 0, null],
    ["FILLED", 0, /is filled\./],
    ["CANCELLED", 0, /already been cancelled/],
  ] as const)("cancel %s with %d live placements", (status, livePlacements, expected) => {
    const got = endRefusal({ reference: "LUT-REQ-0001", status, livePlacements }, cancel);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatch(expected);
  });
  it("close ignores live placements (a partly filled requisition closes)", () => {
    expect(endRefusal({ reference: "LUT-REQ-0001", status: "OPEN", livePlacements: 2 }, { to: "CLOSED", from: ["OPEN"], byManager: false })).toBeNull();
  });
});
