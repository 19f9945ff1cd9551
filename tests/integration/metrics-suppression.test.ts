import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { boardDashboard, type BoardDashboardView } from "@/lib/metrics/dashboard";
import { quarterPeriod, yearPeriod } from "@/lib/metrics/period";
import { resetDatabase, viewerOf } from "./helpers";
import { budget, candidate, metricsCouncil, offContract, placement, req, weeks, type World } from "./metrics-fixtures";

/**
 * The board never lets a figure about 1 to 4 people be worked out by subtraction: when the cells of a breakdown add up to
 * a figure shown elsewhere, hiding one small cell is not enough (secondary suppression, lib/metrics/suppress.ts).
 * Today is 24 November 2026; Q2 2026/27 = 1 July – 30 September 2026.
 */
const TODAY = "2026-11-24";
const Q2 = quarterPeriod(2026, 2, TODAY);

const tile = (v: BoardDashboardView, id: string) => v.sections.flatMap((s) => s.tiles).find((t) => t.id === id)!;
const table = (v: BoardDashboardView, id: string) => v.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;

describe("secondary suppression on the board", () => {
  let w: World;
  let viewer: Viewer;

  beforeAll(async () => {
    await resetDatabase();
    w = await metricsCouncil("supp");
    viewer = await viewerOf(w.board.id);
    await budget(w, w.asc.costCentre.id, 2026, 3_650_000);
    await budget(w, w.housing.costCentre.id, 2026, 7_300_000);
    // Adult Social Care: 3 care leavers (local), each on 10 weeks from 20 July → week 10 of the AWR clock at 30 September.
    const asc = await req(w, "asc", { headcount: 3 });
    for (let i = 0; i < 3; i++) {
      const c = await candidate(w);
      const p = await placement(w, { candidateId: c.id, requisition: asc, start: "2026-07-20", plannedEnd: "2027-03-31", priorityGroup: "CARE_LEAVER" });
      await weeks(w, p, "2026-07-20", 10);
    }
    // Housing: 7 workers (5 local, 2 not; 6 veterans), each on 12 weeks from 6 July → qualified at 30 September.
    const housing = await req(w, "housing", { headcount: 7 });
    for (let i = 0; i < 7; i++) {
      const c = await candidate(w, { isLocal: i >= 2 });
      const p = await placement(w, { candidateId: c.id, requisition: housing, start: "2026-07-06", plannedEnd: "2027-03-31", isLocal: i >= 2, priorityGroup: i < 6 ? "VETERAN" : null });
      await weeks(w, p, "2026-07-06", 12);
    }
    // Q1: 3 short placements of local people, over by the end of June.
    for (let i = 0; i < 3; i++) {
      await placement(w, { candidateId: (await candidate(w)).id, requisition: asc, start: "2026-04-06", plannedEnd: "2026-06-26", actualEnd: "2026-06-26", status: "ENDED" });
    }
  });

  it("a small cell's neighbour is withheld when the total is shown, in every breakdown", async () => {
    const v = await boardDashboard(viewer, Q2, {});
    // Priority groups: 3 care leavers + 6 veterans = 9 shown on the tile, so the 6 would give the 3 away.
    expect(tile(v, "priority-group-hires").cell.display).toBe("9");
    const groups = table(v, "priority-group-hires");
    expect(groups.rows.map((r) => [r.group.display, r.people.display])).toEqual([
      ["Care leavers", "fewer than 5"],
      ["Long-term unemployed", "0"],
      ["Aged 16 to 24, not in work, education or training", "0"],
      ["Armed forces veterans", "withheld"],
      ["Disabled people", "0"],
    ]);
    expect(groups.note).toContain("withheld");
    // Workers and AWR exposure by service: 3 + 7 = 10 on the tiles.
    expect(tile(v, "active-temps").cell.display).toBe("10");
    expect(tile(v, "awr-exposure").cell.display).toBe("10");
    expect(table(v, "workforce-by-service").rows.map((r) => [r.service.display, r.active.display, r.awr.display])).toEqual([
      ["Adult Social Care", "fewer than 5", "fewer than 5"],
      ["Housing", "withheld", "withheld"],
    ]);
    // …and the tile's own split: 3 at week 10 or 11, 7 qualified.
    expect(tile(v, "awr-exposure").detail).toContain("fewer than 5 at week 10 or 11, a withheld number at 12 weeks or more");
    // Spend: 3 workers' spend hidden, so Housing's (7 workers) is withheld with its share of budget and margin.
    expect(tile(v, "spend").cell.display).not.toMatch(/fewer|withheld/);
    expect(table(v, "spend-vs-budget").rows.map((r) => [r.service.display, r.spend.display, r.used.display, r.margin.display])).toEqual([
      ["Adult Social Care", "fewer than 5", "fewer than 5", "fewer than 5"],
      ["Housing", "withheld", "withheld", "withheld"],
    ]);
    expect(table(v, "spend-by-cost-centre").rows.map((r) => r.spend.display)).toEqual(["fewer than 5", "withheld"]);
  });

  it("a share and its counts: 8 local of 10 started would show that 2 were not local", async () => {
    const v = await boardDashboard(viewer, Q2, {});
    const q2 = table(v, "local-share-by-quarter").rows.find((r) => r.quarter.display === "Q2 2026/27")!;
    expect([q2.started.display, q2.local.display, q2.share.display]).toEqual(["10", "withheld", "fewer than 5"]);
    expect(tile(v, "local-share").cell.display).toBe("fewer than 5");
  });

  it("over a year the quarters add up to the headline figures, so they are protected together", async () => {
    const v = await boardDashboard(viewer, yearPeriod(2026, TODAY), {});
    // Started in 2026/27: 3 in Q1 and 10 in Q2 = 13, in the tile's sentence; the 10 would give the 3 away.
    expect(tile(v, "local-share").detail).toMatch(/^13 placements started/);
    expect(tile(v, "local-share").cell.display).toBe("fewer than 5"); // 11 local, 2 not
    expect(table(v, "local-share-by-quarter").rows.map((r) => [r.quarter.display, r.started.display, r.local.display, r.share.display])).toEqual([
      ["Q4 2025/26", "0", "0", "none started"],
      ["Q1 2026/27", "fewer than 5", "fewer than 5", "fewer than 5"],
      ["Q2 2026/27", "withheld", "withheld", "fewer than 5"],
      ["Q3 2026/27 (to date)", "0", "0", "none started"],
    ]);
  });

  it("the on-contract share does not give away spend about fewer than 5 people", async () => {
    const small = await metricsCouncil("supp-small");
    const r = await req(small, "asc", { headcount: 2 });
    for (let i = 0; i < 2; i++) {
      const p = await placement(small, { candidateId: (await candidate(small)).id, requisition: r, start: "2026-07-06", plannedEnd: "2027-03-31" });
      await weeks(small, p, "2026-07-06", 4);
    }
    await offContract(small, "asc", "2026-07-01", "2026-09-30", 1_000_000);
    const v = await boardDashboard(await viewerOf(small.board.id), Q2, {});
    expect(tile(v, "spend").cell.display).toBe("fewer than 5");
    // £10,000 off contract is in the sentence beside it, so a percentage would reveal the two workers' spend.
    expect(tile(v, "on-contract-share").cell.display).toBe("fewer than 5");
  });
});
