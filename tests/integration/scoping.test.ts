import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, AuthError } from "@/lib/auth/errors";
import { countManagerRequisitionsByStatus, listAgencyRequisitions, listManagerRequisitions } from "@/lib/requisitions/queries";
import { getCandidateHome } from "@/lib/candidates/queries";
import { fillRate } from "@/lib/metrics";
import { customPeriod } from "@/lib/metrics/period";
import { db } from "@/lib/db";
import { makeCouncil, makeRequisition, makeService, makeUser, resetDatabase, viewerOf } from "./helpers";

/** Every read is scoped by the viewer's council, and within it by service or ownership. */
describe("scoping of portal reads", () => {
  beforeEach(resetDatabase);

  async function twoCouncils() {
    const luton = await makeCouncil("luton");
    const dudley = await makeCouncil("dudley");
    const asc = await makeService(luton.id, "Adult Social Care");
    const housing = await makeService(luton.id, "Housing");
    const dudleyCare = await makeService(dudley.id, "Adult Social Care");
    const manager = await makeUser(luton.id, "HIRING_MANAGER", { services: [{ id: asc.service.id, budgetHolder: true }] });
    const housingManager = await makeUser(luton.id, "HIRING_MANAGER", { services: [{ id: housing.service.id }] });
    const dudleyManager = await makeUser(dudley.id, "HIRING_MANAGER", { services: [{ id: dudleyCare.service.id }] });
    const agency = await makeUser(luton.id, "AGENCY");
    const dudleyAgency = await makeUser(dudley.id, "AGENCY");
    const ascReq = await makeRequisition(luton.id, asc.service.id, asc.costCentre.id, manager.id, { status: "OPEN" });
    const ascDraft = await makeRequisition(luton.id, asc.service.id, asc.costCentre.id, manager.id, { status: "DRAFT" });
    const housingReq = await makeRequisition(luton.id, housing.service.id, housing.costCentre.id, housingManager.id, { status: "APPROVED" });
    const dudleyReq = await makeRequisition(dudley.id, dudleyCare.service.id, dudleyCare.costCentre.id, dudleyManager.id, { status: "OPEN" });
    return { luton, dudley, manager, housingManager, dudleyManager, agency, dudleyAgency, ascReq, ascDraft, housingReq, dudleyReq };
  }

  it("a hiring manager sees only their own services' requisitions", async () => {
    const w = await twoCouncils();
    const page = await listManagerRequisitions(await viewerOf(w.manager.id));
    expect(page.rows.map((r) => r.id).sort()).toEqual([w.ascReq.id, w.ascDraft.id].sort());
    expect(page.total).toBe(2);
    expect(await countManagerRequisitionsByStatus(await viewerOf(w.manager.id))).toEqual({ OPEN: 1, DRAFT: 1 });
    const housing = await listManagerRequisitions(await viewerOf(w.housingManager.id));
    expect(housing.rows.map((r) => r.id)).toEqual([w.housingReq.id]);
  });

  it("the Connect2 team sees every approved and open requisition of its own council, none of another's", async () => {
    const w = await twoCouncils();
    const luton = await listAgencyRequisitions(await viewerOf(w.agency.id));
    expect(luton.rows.map((r) => r.id).sort()).toEqual([w.ascReq.id, w.housingReq.id].sort());
    const dudley = await listAgencyRequisitions(await viewerOf(w.dudleyAgency.id));
    expect(dudley.rows.map((r) => r.id)).toEqual([w.dudleyReq.id]);
  });

  it("refuses other roles and signed-out callers", async () => {
    const w = await twoCouncils();
    const candidate = await makeUser(w.luton.id, "CANDIDATE");
    const board = await makeUser(w.luton.id, "BOARD");
    await expect(listManagerRequisitions(await viewerOf(candidate.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listManagerRequisitions(await viewerOf(w.agency.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAgencyRequisitions(await viewerOf(w.manager.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAgencyRequisitions(await viewerOf(board.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCandidateHome(await viewerOf(w.agency.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(fillRate(await viewerOf(candidate.id), customPeriod("2026-10-01", "2026-12-31", "2026-11-24"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAgencyRequisitions(null)).rejects.toBeInstanceOf(AuthError);
  });

  it("a candidate sees only their own applications", async () => {
    const w = await twoCouncils();
    const me = await makeUser(w.luton.id, "CANDIDATE");
    const other = await makeUser(w.luton.id, "CANDIDATE");
    const meV = await viewerOf(me.id);
    const otherV = await viewerOf(other.id);
    await db().application.create({ data: { councilId: w.luton.id, candidateId: meV.candidateId!, requisitionId: w.ascReq.id } });
    await db().application.create({ data: { councilId: w.luton.id, candidateId: otherV.candidateId!, requisitionId: w.ascReq.id, stage: "SHORTLISTED" } });
    const home = await getCandidateHome(meV);
    expect(home.applications).toHaveLength(1);
    expect(home.applications[0]).toMatchObject({ requisitionId: w.ascReq.id, stage: "APPLIED" });
  });

  it("board figures count only the board member's council", async () => {
    const w = await twoCouncils();
    const board = await makeUser(w.luton.id, "BOARD");
    const dudleyBoard = await makeUser(w.dudley.id, "BOARD");
    // Requisitions released (opened) from October to December 2026: the factory opens OPEN ones on 1 November.
    const period = customPeriod("2026-10-01", "2026-12-31", "2026-11-24");
    const released = async (id: string) => (await fillRate(await viewerOf(id), period)).total.released;
    expect(await released(board.id)).toBe(1);
    await makeRequisition(w.dudley.id, (await db().service.findFirstOrThrow({ where: { councilId: w.dudley.id } })).id,
      (await db().costCentre.findFirstOrThrow({ where: { councilId: w.dudley.id } })).id, w.dudleyManager.id, { status: "OPEN" });
    expect(await released(board.id)).toBe(1);
    expect(await released(dudleyBoard.id)).toBe(2);
  });
});
