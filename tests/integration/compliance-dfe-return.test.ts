/**
 * The DfE quarterly return against real PostgreSQL: which placements are in a quarter, the regional cap in
 * force, whether it was exceeded and who signed it off; agency team and admins only; one council only.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/errors";
import { dfeQuarterlyReturn } from "@/lib/compliance/dfe-return";
import { parseQuarter } from "@/lib/compliance/dfe";
import { toCsv } from "@/lib/csv";
import { DFE_RETURN_COLUMNS } from "@/app/agency/dfe-return/columns";
import { resetDatabase, viewerOf } from "./helpers";
import { complianceWorld, d, makeWorker, makeWorkerPlacement, type World } from "./compliance-fixtures";

let w: World;
let other: World;
const refs: Record<string, string> = {};
const Q4 = parseQuarter("2026-Q4")!;
const Q2 = parseQuarter("2026-Q2")!;

beforeAll(async () => {
  await resetDatabase();
  w = await complianceWorld("luton"); // region: East of England
  other = await complianceWorld("dudley");
  await db().user.update({ where: { id: w.cfsManager.id }, data: { name: "Helen Head", jobTitle: "Head of Children's Services" } });
  for (const c of [w, other]) {
    await db().socialWorkRateCap.createMany({
      data: [
        { councilId: c.council.id, region: "East of England", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: null, maxPayPence: 4300, effectiveFrom: d("2025-04-01") },
        { councilId: c.council.id, region: "East of England", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: null, maxPayPence: 4500, effectiveFrom: d("2026-04-01") },
        { councilId: c.council.id, region: "East of England", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "Team manager", maxPayPence: 5200, effectiveFrom: d("2026-04-01") },
      ],
    });
  }
  const place = async (world: World, key: string, o: Parameters<typeof makeWorkerPlacement>[4], category: "CHILD_FAMILY_SOCIAL_WORK" | "ADULT_SOCIAL_WORK" = "CHILD_FAMILY_SOCIAL_WORK") => {
    const worker = await makeWorker(world.council.id, { firstName: "Secret", lastName: `Name${key}` });
    const p = await makeWorkerPlacement(world, world.cfs, world.cfsManager.id, worker.profile.id, { roleCategory: category, grade: "Social worker", ...o });
    refs[key] = p.placement.reference;
  };
  await place(w, "within", { startDate: "2026-10-05", payRatePence: 4400 });
  await place(w, "over", { startDate: "2026-09-07", payRatePence: 4800, engagementType: "UMBRELLA", rateCapExceeded: true, rateCapSignOffById: w.cfsManager.id, rateCapSignOffAt: new Date("2026-09-01T10:00:00Z") });
  await place(w, "atCap", { startDate: "2026-11-02", payRatePence: 4500 });
  await place(w, "manager", { startDate: "2026-10-12", payRatePence: 5000, grade: "Team manager" });
  await place(w, "endedQ2", { status: "ENDED", startDate: "2026-03-02", plannedEndDate: "2026-06-26", actualEndDate: "2026-06-26", payRatePence: 4400 });
  await place(w, "endedEarly", { status: "ENDED", startDate: "2026-05-04", plannedEndDate: "2026-12-18", actualEndDate: "2026-09-25", payRatePence: 4200 });
  await place(w, "adults", { startDate: "2026-10-05", payRatePence: 4000 }, "ADULT_SOCIAL_WORK");
  await place(other, "dudley", { startDate: "2026-10-05", payRatePence: 4400 });
});

describe("DfE quarterly return", () => {
  it("lists the quarter's child and family placements with caps, exceedances and sign-offs", async () => {
    const rows = await dfeQuarterlyReturn(await viewerOf(w.agency.id), Q4);
    expect(rows.map((r) => r.reference).sort()).toEqual([refs.within, refs.over, refs.atCap, refs.manager].sort());
    const by = Object.fromEntries(rows.map((r) => [r.reference, r]));
    expect(by[refs.within]).toMatchObject({ capPence: 4500, capExceeded: false, signedOffBy: null, region: "East of England", grade: "Social worker" });
    expect(by[refs.atCap]).toMatchObject({ capPence: 4500, capExceeded: false });
    expect(by[refs.over]).toMatchObject({ capPence: 4500, capExceeded: true, signedOffBy: "Helen Head (Head of Children's Services)", engagementType: "UMBRELLA" });
    expect(by[refs.manager]).toMatchObject({ capPence: 5200, capExceeded: false, grade: "Team manager" });
  });

  it("an earlier quarter: placements running then, with the cap in force at their start", async () => {
    const rows = await dfeQuarterlyReturn(await viewerOf(w.admin.id), Q2);
    expect(rows.map((r) => r.reference).sort()).toEqual([refs.endedQ2, refs.endedEarly].sort());
    const q3 = await dfeQuarterlyReturn(await viewerOf(w.admin.id), parseQuarter("2026-Q3")!);
    expect(q3.map((r) => r.reference).sort()).toEqual([refs.endedEarly, refs.over].sort()); // ended 26 June is not in Q3
    const endedQ2 = (await dfeQuarterlyReturn(await viewerOf(w.admin.id), Q2)).find((r) => r.reference === refs.endedQ2)!;
    expect(endedQ2).toMatchObject({ capPence: 4300, capExceeded: true, signedOffBy: null }); // £44 over the £43 cap then in force
  });

  it("CSV: the fields the return asks for, and no names of workers", async () => {
    const rows = await dfeQuarterlyReturn(await viewerOf(w.agency.id), Q4);
    const csv = toCsv(rows, DFE_RETURN_COLUMNS);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(
      "Placement reference,Role category,Grade,Region,Engagement type,Hours per week,Pay rate (£ per hour),Charge rate (£ per hour),Regional pay cap (£ per hour),Cap exceeded,Cap exceeded: signed off by,Cap exceeded: signed off on,Start date,Planned end date,Actual end date,Status",
    );
    expect(lines).toHaveLength(5);
    const over = lines.find((l) => l.startsWith(refs.over))!;
    expect(over).toBe(`${refs.over},Child and family social work,Social worker,East of England,Umbrella,37.5,48.00,18.50,45.00,Yes,Helen Head (Head of Children's Services),2026-09-01,2026-09-07,2027-03-31,,Active`);
    expect(csv).not.toMatch(/Secret|Name(within|over)/);
  });

  it("refuses hiring managers, board members and candidates", async () => {
    for (const id of [w.cfsManager.id, w.board.id]) {
      await expect(dfeQuarterlyReturn(await viewerOf(id), Q4)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const candidate = await makeWorker(w.council.id);
    await expect(dfeQuarterlyReturn(await viewerOf(candidate.user!.id), Q4)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an ACTIVE placement still running past its planned end is in every quarter up to today (as on the board)", async () => {
    const worker = await makeWorker(w.council.id);
    const p = await makeWorkerPlacement(w, w.cfs, w.cfsManager.id, worker.profile.id, {
      roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "Social worker", startDate: "2026-05-04", plannedEndDate: "2026-09-25", payRatePence: 4400,
    });
    const refsIn = async (key: string, today: string) => (await dfeQuarterlyReturn(await viewerOf(w.agency.id), parseQuarter(key)!, today)).map((r) => r.reference);
    expect(await refsIn("2026-Q4", "2026-11-24")).toContain(p.placement.reference); // planned to end in September, still working
    expect(await refsIn("2026-Q3", "2026-11-24")).toContain(p.placement.reference);
    expect(await refsIn("2027-Q1", "2026-11-24")).not.toContain(p.placement.reference); // a quarter not yet reached
    expect(await refsIn("2026-Q4", "2026-09-28")).not.toContain(p.placement.reference); // as seen before the quarter began
  });

  it("one council only", async () => {
    const rows = await dfeQuarterlyReturn(await viewerOf(other.agency.id), Q4);
    expect(rows.map((r) => r.reference)).toEqual([refs.dudley]);
  });
});
