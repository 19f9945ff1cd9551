import { describe, expect, it } from "vitest";
import { compareDbsLevels, dbsRank, dbsSufficient } from "./dbs";
import { DBS_LEVELS, type DbsLevel } from "./types";

describe("dbsSufficient", () => {
  it.each<[DbsLevel, DbsLevel | null, boolean, string]>([
    ["NONE", null, true, "The role does not need a DBS check."],
    ["NONE", "BASIC", true, "The role does not need a DBS check."],
    ["BASIC", null, false, "No DBS check is held; the role needs a basic DBS check or higher."],
    ["BASIC", "NONE", false, "No DBS check is held; the role needs a basic DBS check or higher."],
    ["BASIC", "BASIC", true, "The basic DBS check held meets the role's need for a basic DBS check or higher."],
    ["BASIC", "ENHANCED_BARRED", true, "The enhanced with barred list DBS check held meets the role's need for a basic DBS check or higher."],
    ["STANDARD", "BASIC", false, "The DBS check held is basic; the role needs a standard DBS check or higher."],
    ["ENHANCED", "STANDARD", false, "The DBS check held is standard; the role needs an enhanced DBS check or higher."],
    ["ENHANCED", "ENHANCED", true, "The enhanced DBS check held meets the role's need for an enhanced DBS check or higher."],
    ["ENHANCED", "ENHANCED_BARRED", true, "The enhanced with barred list DBS check held meets the role's need for an enhanced DBS check or higher."],
    ["ENHANCED_BARRED", "ENHANCED", false, "The DBS check held is enhanced; the role needs an enhanced DBS check with barred list or higher."],
    ["ENHANCED_BARRED", "ENHANCED_BARRED", true, "The enhanced with barred list DBS check held meets the role's need for an enhanced DBS check with barred list or higher."],
  ])("required %s, held %s → %s", (required, held, sufficient, reason) => {
    expect(dbsSufficient(required, held)).toEqual({ sufficient, reason });
  });

  it("orders levels low to high", () => {
    expect(DBS_LEVELS.map(dbsRank)).toEqual([0, 1, 2, 3, 4]);
    expect(compareDbsLevels("STANDARD", "ENHANCED")).toBeLessThan(0);
    expect(compareDbsLevels("ENHANCED_BARRED", "BASIC")).toBeGreaterThan(0);
    expect(compareDbsLevels("BASIC", "BASIC")).toBe(0);
  });

  it("rejects an unknown level", () => {
    expect(() => dbsRank("SUPER" as DbsLevel)).toThrow(RangeError);
  });
});
