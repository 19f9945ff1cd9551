import { describe, expect, it } from "vitest";
import { canMove, needsManagerAcceptance } from "./stages";

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

describe("an offer or a placement needs the hiring manager's acceptance", () => {
  it.each([
    ["OFFERED", "ACCEPTED", true],
    ["PLACED", "ACCEPTED", true],
    ["OFFERED", null, false], // the team cannot offer on its own say-so
    ["OFFERED", "INTERVIEW", false],
    ["OFFERED", "REJECTED", false],
    ["PLACED", null, false],
    ["PLACED", "INTERVIEW", false],
    ["PLACED", "REJECTED", false],
    ["INTERVIEW", null, true], // other moves are not affected
    ["REJECTED", null, true],
    ["SHORTLISTED", "REJECTED", true],
  ] as const)("to %s with the manager's decision %s: %s", (to, decision, ok) => {
    expect(needsManagerAcceptance(to, decision).ok).toBe(ok);
  });

  it("says what to do next", () => {
    expect(needsManagerAcceptance("PLACED", null)).toEqual({
      ok: false, reason: "Only a candidate the hiring manager has accepted can be placed. Ask them to record their decision on their shortlist.",
    });
    expect(needsManagerAcceptance("OFFERED", "REJECTED")).toEqual({
      ok: false, reason: "Only a candidate the hiring manager has accepted can be offered. They rejected this candidate.",
    });
  });
});
