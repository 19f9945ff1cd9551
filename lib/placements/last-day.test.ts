import { describe, expect, it } from "vitest";
import { lastDayOnOrAfterWhere, placementLastDay, type LastDayFacts } from "./last-day";

const TODAY = "2026-11-24";

const cases: [string, LastDayFacts, string][] = [
  ["running, planned end ahead", { status: "ACTIVE", plannedEndDate: "2027-03-31", actualEndDate: null }, "2027-03-31"],
  ["running past its planned end: still working today", { status: "ACTIVE", plannedEndDate: "2026-06-30", actualEndDate: null }, TODAY],
  ["planned end today", { status: "ACTIVE", plannedEndDate: TODAY, actualEndDate: null }, TODAY],
  ["ended early: its actual end", { status: "ENDED", plannedEndDate: "2027-03-31", actualEndDate: "2026-09-25" }, "2026-09-25"],
  ["ended with no actual end recorded: its planned end", { status: "ENDED", plannedEndDate: "2026-06-30", actualEndDate: null }, "2026-06-30"],
  ["converted", { status: "CONVERTED", plannedEndDate: "2027-03-31", actualEndDate: "2026-08-28" }, "2026-08-28"],
  ["not started yet: its planned end", { status: "PENDING_START", plannedEndDate: "2027-03-05", actualEndDate: null }, "2027-03-05"],
];

describe("placementLastDay", () => {
  it.each(cases)("%s", (_, p, expected) => {
    expect(placementLastDay(p, TODAY)).toBe(expected);
  });
});

/** Evaluates the Prisma filter on one placement, to check it says the same as placementLastDay. */
function matches(where: ReturnType<typeof lastDayOnOrAfterWhere>, p: LastDayFacts): boolean {
  const d = (x: string | null) => (x ? new Date(`${x}T00:00:00.000Z`) : null);
  return (where.OR ?? []).some((clause) =>
    Object.entries(clause).every(([field, cond]) => {
      const value = field === "status" ? p.status : d(field === "actualEndDate" ? p.actualEndDate : p.plannedEndDate);
      if (cond === null) return value === null;
      if (typeof cond === "string") return value === cond;
      const gte = (cond as { gte: Date }).gte;
      return value instanceof Date && value.getTime() >= gte.getTime();
    }),
  );
}

describe("lastDayOnOrAfterWhere agrees with placementLastDay", () => {
  const froms = ["2026-01-01", "2026-07-01", "2026-10-01", TODAY, "2027-01-01", "2027-04-01"];
  it.each(cases.flatMap(([name, p]) => froms.map((from) => [name, from, p] as const)))("%s, from %s", (_, from, p) => {
    expect(matches(lastDayOnOrAfterWhere(from, TODAY), p)).toBe(placementLastDay(p, TODAY) >= from);
  });
});
