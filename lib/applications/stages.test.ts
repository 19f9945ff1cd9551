import { describe, expect, it } from "vitest";
import { canMove } from "./stages";

describe("application stage moves", () => {
  it.each([
    ["APPLIED", "SCREENED", "AGENCY", null, true],
    ["APPLIED", "SCREENED", "HIRING_MANAGER", null, false], // managers do not screen
    ["APPLIED", "SHORTLISTED", "AGENCY", null, false], // must be screened first
    ["SCREENED", "SHORTLISTED", "AGENCY", null, true],
    ["SHORTLISTED", "INTERVIEW", "HIRING_MANAGER", null, true],
    ["SHORTLISTED", "OFFERED", "HIRING_MANAGER", null, true],
    ["SHORTLISTED", "REJECTED", "HIRING_MANAGER", "Not enough experience", true],
    ["SHORTLISTED", "REJECTED", "HIRING_MANAGER", "  ", false], // reason required
    ["APPLIED", "WITHDRAWN", "CANDIDATE", "Found another job", true],
    ["APPLIED", "WITHDRAWN", "CANDIDATE", null, false],
    ["OFFERED", "PLACED", "AGENCY", null, true],
    ["OFFERED", "PLACED", "HIRING_MANAGER", null, false],
    ["PLACED", "WITHDRAWN", "CANDIDATE", "x", false], // final
    ["REJECTED", "SCREENED", "AGENCY", null, false], // final
    ["INTERVIEW", "OFFERED", "BOARD", null, false],
  ] as const)("%s → %s by %s (reason %s): %s", (from, to, role, reason, ok) => {
    expect(canMove(from, to, role, reason).ok).toBe(ok);
  });
});
