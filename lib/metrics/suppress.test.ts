import { describe, expect, it } from "vitest";
import { isSmallGroup, suppressCount, suppressFigure, suppressShare } from "./suppress";

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
