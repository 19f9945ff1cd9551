import { describe, expect, it } from "vitest";
import { isSmallGroup, protectCells, recoverable, suppressCount, suppressFigure, suppressShare, type CellState } from "./suppress";

describe("suppressCount", () => {
  it.each([
    [0, "0"],
    [1, "fewer than 5"],
    [4, "fewer than 5"],
    [5, "5"],
    [1234, "1,234"],
  ])("%i people → %s", (n, display) => {
    expect(suppressCount(n).display).toBe(display);
  });
});

describe("suppressShare", () => {
  it.each([
    [0, 0, "no placements"],
    [3, 20, "fewer than 5"], // the local group is too small
    [10, 12, "fewer than 5"], // the non-local remainder (2) would identify people
    [4, 4, "fewer than 5"],
    [10, 20, "50.0%"],
    [0, 20, "0.0%"],
    [20, 20, "100.0%"],
    [2, 3, "fewer than 5"],
  ])("%i of %i → %s", (part, whole, display) => {
    expect(suppressShare(part, whole).display).toBe(display);
  });
});

describe("suppressFigure", () => {
  it.each([
    [0, "£0", "£0"],
    [1, "£1,200", "fewer than 5"],
    [4, "12.5 days", "fewer than 5"],
    [5, "12.5 days", "12.5 days"],
    [40, "3.2", "3.2"],
  ])("%i people behind %s → %s", (people, display, shown) => {
    expect(suppressFigure(people, display).display).toBe(shown);
    expect(isSmallGroup(people)).toBe(shown === "fewer than 5");
  });
});

/** One breakdown whose cells add up to a shown total (the last cell): the states of the parts, then of the total. */
function oneSet(parts: number[], kind: "people" | "amount" = "people", small?: boolean[]): string {
  const total = parts.reduce((a, b) => a + b, 0);
  const cells = [...parts, total].map((value, i) => ({ value, small: small ? (small[i] ?? false) : isSmallGroup(value) }));
  const states = protectCells({ cells, sums: [{ parts: parts.map((_, i) => i), total: parts.length }], kind });
  const mark: Record<CellState, string> = { shown: "s", small: "<5", withheld: "w" };
  return states.map((x) => mark[x]).join(" ");
}

describe("protectCells: secondary suppression within one breakdown and its total", () => {
  it.each([
    // parts (total last)                  → states of parts, then the total
    ["nothing small", [10, 20, 7], "s s s s"],
    ["one small cell: the next smallest is withheld", [3, 20, 7], "<5 s w s"],
    ["the next smallest is not a zero", [3, 0, 12, 9], "<5 s s w s"],
    ["two small cells that cannot be pinned down", [2, 3, 40], "<5 <5 s s"],
    ["two small cells that can: 1 + 1 = 2, so one more is withheld", [1, 1, 40], "<5 <5 w s"],
    ["4 + 4 = 8 with nothing else to withhold: the total goes", [4, 4], "<5 <5 w"],
    ["1 and a withheld 5 under 6 would give themselves away", [1, 5, 30], "<5 w w s"],
    ["1 and a withheld 7 under 8 do not (2+6, 3+5 fit too)", [1, 7, 30], "<5 w s s"],
    ["a single small cell with only zeros beside it: the total is small too", [3, 0, 0], "<5 s s <5"],
    ["one small cell and one other: both hidden; the total stays", [2, 9], "<5 w s"],
    ["ties are broken by position", [3, 6, 6], "<5 w s s"],
    ["all zero", [0, 0, 0], "s s s s"],
  ] as [string, number[], string][])("%s: %j → %s", (_, parts, expected) => {
    expect(oneSet(parts)).toBe(expected);
  });

  it("money: one hidden amount is the total less the others; two are enough", () => {
    // spend by service, hidden where 1–4 workers are behind it (the small flags), the tile total shown
    expect(oneSet([120_000, 4_500_000, 800_000], "amount", [true, false, false, false])).toBe("<5 s w s");
    expect(oneSet([120_000, 4_500_000, 0, 800_000], "amount", [true, false, false, false, false])).toBe("<5 s s w s");
    expect(oneSet([120_000, 300_000, 800_000], "amount", [true, true, false, false])).toBe("<5 <5 s s");
    expect(oneSet([120_000], "amount", [true, false])).toBe("<5 w"); // one service: hide the total too
  });

  it("a total that is hidden needs nothing more, and a withheld total is protected where it is itself a part", () => {
    // rows: [a, b] → row total r; the row totals add up to the tile. Row 1 (4 + 4 = 8) has to give up its total,
    // which leaves one hidden row total under the tile, so the next smallest row total (row 2) goes as well.
    const cells = [4, 4, 8, 10, 10, 20, 30, 30, 60, 88].map((value) => ({ value, small: isSmallGroup(value) }));
    const sums = [
      { parts: [0, 1], total: 2 },
      { parts: [3, 4], total: 5 },
      { parts: [6, 7], total: 8 },
      { parts: [2, 5, 8], total: 9 },
    ];
    expect(protectCells({ cells, sums, kind: "people" })).toEqual(["small", "small", "withheld", "shown", "shown", "withheld", "shown", "shown", "shown", "shown"]);
    // With the tile itself fewer than 5 nothing is withheld.
    expect(protectCells({ cells: [2, 1, 3].map((value) => ({ value, small: true })), sums: [{ parts: [0, 1], total: 2 }], kind: "people" })).toEqual(["small", "small", "small"]);
  });

  it("recoverable: bounds a reader knows (1–4 for fewer than 5, 5 or more for withheld)", () => {
    expect(recoverable([], "people")).toBe(false);
    expect(recoverable([{ value: 3, state: "small" }], "people")).toBe(true);
    expect(recoverable([{ value: 2, state: "small" }, { value: 3, state: "small" }], "people")).toBe(false);
    expect(recoverable([{ value: 4, state: "small" }, { value: 4, state: "small" }], "people")).toBe(true);
    expect(recoverable([{ value: 4, state: "small" }, { value: 5, state: "withheld" }], "people")).toBe(false); // 9 = 4+5 = 3+6 …
    expect(recoverable([{ value: 1, state: "small" }, { value: 5, state: "withheld" }], "people")).toBe(true); // 6 = 1+5 only
    expect(recoverable([{ value: 10, state: "small" }, { value: 5, state: "withheld" }], "amount")).toBe(false);
  });
});
