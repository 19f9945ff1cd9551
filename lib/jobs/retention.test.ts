import { describe, expect, it } from "vitest";
import { candidatesDueForAnonymisation, lastActivityOn, rightToWorkCopiesDue, workEndedOn, type WorkPeriod } from "./retention";

const ASOF = "2026-11-24";

describe("lastActivityOn", () => {
  it.each([
    { dates: ["2025-01-01", "2025-06-30", null], last: "2025-06-30" },
    { dates: [null, undefined], last: null },
    { dates: ["2026-01-01"], last: "2026-01-01" },
  ])("$dates → $last", ({ dates, last }) => {
    expect(lastActivityOn(dates)).toBe(last);
  });
});

describe("candidatesDueForAnonymisation (12 months)", () => {
  it.each([
    { name: "last active 12 months ago to the day: due", placed: false, activity: ["2025-11-24"], anonymisedOn: null, due: true },
    { name: "last active 12 months less a day ago: not yet", placed: false, activity: ["2025-11-25"], anonymisedOn: null, due: false },
    { name: "long inactive: due", placed: false, activity: ["2023-03-01"], anonymisedOn: null, due: true },
    { name: "old profile but a recent application: not due", placed: false, activity: ["2024-01-01", "2026-02-01"], anonymisedOn: null, due: false },
    { name: "old profile but signed in recently: not due", placed: false, activity: ["2024-01-01", null, "2026-10-01"], anonymisedOn: null, due: false },
    { name: "placed: worker records follow another schedule", placed: true, activity: ["2023-03-01"], anonymisedOn: null, due: false },
    { name: "already anonymised: nothing to do", placed: false, activity: ["2023-03-01"], anonymisedOn: "2024-03-01", due: false },
  ])("$name", ({ placed, activity, anonymisedOn, due }) => {
    const out = candidatesDueForAnonymisation([{ candidateId: "c1", placed, activity, anonymisedOn }], ASOF, 12);
    expect(out.length).toBe(due ? 1 : 0);
  });

  it("uses the council's period", () => {
    const rows = [{ candidateId: "c1", placed: false, activity: ["2026-05-24"], anonymisedOn: null }];
    expect(candidatesDueForAnonymisation(rows, ASOF, 6).map((c) => c.dueOn)).toEqual(["2026-11-24"]);
    expect(candidatesDueForAnonymisation(rows, ASOF, 12)).toEqual([]);
  });
});

describe("workEndedOn", () => {
  it.each<{ name: string; placements: WorkPeriod[]; ended: string | null }>([
    { name: "no placements", placements: [], ended: null },
    { name: "one ended", placements: [{ status: "ENDED", lastDay: "2024-03-31" }], ended: "2024-03-31" },
    { name: "the latest of several", placements: [{ status: "ENDED", lastDay: "2024-03-31" }, { status: "CONVERTED", lastDay: "2024-09-30" }], ended: "2024-09-30" },
    { name: "one still active", placements: [{ status: "ENDED", lastDay: "2024-03-31" }, { status: "ACTIVE", lastDay: null }], ended: null },
    { name: "one pending", placements: [{ status: "ENDED", lastDay: "2024-03-31" }, { status: "PENDING_START", lastDay: "2027-01-01" }], ended: null },
  ])("$name → $ended", ({ placements, ended }) => {
    expect(workEndedOn(placements)).toBe(ended);
  });
});

describe("rightToWorkCopiesDue (24 months)", () => {
  it.each<{ name: string; placements: WorkPeriod[]; due: boolean }>([
    { name: "work ended 24 months ago to the day: delete", placements: [{ status: "ENDED", lastDay: "2024-11-24" }], due: true },
    { name: "work ended 24 months less a day ago: keep", placements: [{ status: "ENDED", lastDay: "2024-11-25" }], due: false },
    { name: "still working: keep", placements: [{ status: "ENDED", lastDay: "2020-01-01" }, { status: "ACTIVE", lastDay: null }], due: false },
    { name: "never placed: not this rule (anonymisation covers it)", placements: [], due: false },
  ])("$name", ({ placements, due }) => {
    const out = rightToWorkCopiesDue([{ documentId: "d1", candidateId: "c1", placements }], ASOF, 24);
    expect(out.length).toBe(due ? 1 : 0);
  });
});
