import { describe, expect, it } from "vitest";
import { anonymiseDueDate, isAnonymisationDue, isRightToWorkCopyDeletionDue, rightToWorkCopyDeleteDate, type AnonymisationInput, type RightToWorkCopyInput } from "./retention";
import type { IsoDate } from "./types";

describe("isAnonymisationDue", () => {
  it.each<[string, AnonymisationInput, IsoDate, boolean, IsoDate | null, string]>([
    ["the day before 12 months", { lastActivityOn: "2025-11-24", unsuccessful: true }, "2026-11-23", false, "2026-11-24", "Last activity was on 24 November 2025; keep for 12 months, until anonymisation on 24 November 2026."],
    ["exactly 12 months: due", { lastActivityOn: "2025-11-24", unsuccessful: true }, "2026-11-24", true, "2026-11-24", "Last activity was on 24 November 2025; the 12-month retention period has ended, so anonymisation was due on 24 November 2026."],
    ["long past: due", { lastActivityOn: "2024-01-10", unsuccessful: true }, "2026-11-24", true, "2025-01-10", "Last activity was on 10 January 2024; the 12-month retention period has ended, so anonymisation was due on 10 January 2025."],
    ["recent activity: not due", { lastActivityOn: "2026-11-01", unsuccessful: true }, "2026-11-24", false, "2027-11-01", "Last activity was on 1 November 2026; keep for 12 months, until anonymisation on 1 November 2027."],
    ["configurable 6 months: due", { lastActivityOn: "2026-05-24", unsuccessful: true, retentionMonths: 6 }, "2026-11-24", true, "2026-11-24", "Last activity was on 24 May 2026; the 6-month retention period has ended, so anonymisation was due on 24 November 2026."],
    ["configurable 24 months: not due", { lastActivityOn: "2025-11-24", unsuccessful: true, retentionMonths: 24 }, "2026-11-24", false, "2027-11-24", "Last activity was on 24 November 2025; keep for 24 months, until anonymisation on 24 November 2027."],
    ["month-end clamps (31 August + 6 months = 28 February)", { lastActivityOn: "2026-08-31", unsuccessful: true, retentionMonths: 6 }, "2027-02-28", true, "2027-02-28", "Last activity was on 31 August 2026; the 6-month retention period has ended, so anonymisation was due on 28 February 2027."],
    ["1 month uses the singular", { lastActivityOn: "2026-10-24", unsuccessful: true, retentionMonths: 1 }, "2026-11-23", false, "2026-11-24", "Last activity was on 24 October 2026; keep for 1 month, until anonymisation on 24 November 2026."],
    ["placed worker: not under this rule", { lastActivityOn: "2020-01-01", unsuccessful: false }, "2026-11-24", false, null, "The person has been placed, so worker records follow the employment retention schedule, not the unsuccessful-candidate rule."],
    ["already anonymised", { lastActivityOn: "2024-01-10", unsuccessful: true, anonymisedOn: "2025-01-11" }, "2026-11-24", false, "2025-01-10", "Already anonymised on 11 January 2025."],
  ])("%s", (_name, input, onDate, due, dueOn, reason) => {
    expect(isAnonymisationDue(input, onDate)).toEqual({ due, dueOn, reason });
  });

  it("defaults to 12 months and rejects bad settings", () => {
    expect(anonymiseDueDate("2024-02-29")).toBe("2025-02-28");
    expect(() => anonymiseDueDate("2026-01-01", -1)).toThrow(RangeError);
    expect(() => anonymiseDueDate("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("isRightToWorkCopyDeletionDue", () => {
  it.each<[string, RightToWorkCopyInput, IsoDate, boolean, IsoDate | null]>([
    ["still working", { workEndedOn: null }, "2026-11-24", false, null],
    ["ended yesterday", { workEndedOn: "2026-11-23" }, "2026-11-24", false, "2028-11-23"],
    ["the day before 2 years", { workEndedOn: "2024-11-24" }, "2026-11-23", false, "2026-11-24"],
    ["exactly 2 years: due", { workEndedOn: "2024-11-24" }, "2026-11-24", true, "2026-11-24"],
    ["long past: due", { workEndedOn: "2020-03-31" }, "2026-11-24", true, "2022-03-31"],
    ["leap day end: due on 28 February", { workEndedOn: "2024-02-29" }, "2026-02-28", true, "2026-02-28"],
    ["configurable 36 months: not due", { workEndedOn: "2024-11-24", retentionMonths: 36 }, "2026-11-24", false, "2027-11-24"],
    ["configurable 12 months: due", { workEndedOn: "2025-11-24", retentionMonths: 12 }, "2026-11-24", true, "2026-11-24"],
    ["configurable 0 months: due the day work ends", { workEndedOn: "2026-11-24", retentionMonths: 0 }, "2026-11-24", true, "2026-11-24"],
    ["month-end clamp", { workEndedOn: "2024-12-31", retentionMonths: 14 }, "2026-02-27", false, "2026-02-28"],
  ])("%s", (_name, input, onDate, due, dueOn) => {
    const result = isRightToWorkCopyDeletionDue(input, onDate);
    expect(result.due).toBe(due);
    expect(result.dueOn).toBe(dueOn);
    expect(result.reason.length).toBeGreaterThan(0);
  });

  it("explains the decision", () => {
    expect(isRightToWorkCopyDeletionDue({ workEndedOn: "2024-11-24" }, "2026-11-24").reason).toBe(
      "Work ended on 24 November 2024; right to work copies were due for deletion on 24 November 2026, 24 months later.",
    );
    expect(isRightToWorkCopyDeletionDue({ workEndedOn: null }, "2026-11-24").reason).toBe("Work has not ended, so right to work copies must be kept.");
    expect(rightToWorkCopyDeleteDate("2026-01-31")).toBe("2028-01-31");
  });
});
