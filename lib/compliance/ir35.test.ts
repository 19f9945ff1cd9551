import { describe, expect, it } from "vitest";
import { checkIr35Determination, disagreementDeadline, disagreementStatus, ir35DeterminationRequired, type Ir35Determination } from "./ir35";
import type { EngagementType, IsoDate } from "./types";

describe("checkIr35Determination", () => {
  const sds = (reasons: Ir35Determination["reasons"], status: Ir35Determination["status"] = "OUTSIDE"): Ir35Determination => ({ status, reasons, issuedOn: "2026-11-02" });
  it.each<[string, EngagementType, Ir35Determination | null, boolean, boolean, string]>([
    ["PAYE needs no determination", "PAYE", null, true, false, "No status determination is needed for a PAYE engagement."],
    ["umbrella needs no determination", "UMBRELLA", null, true, false, "No status determination is needed for an umbrella engagement."],
    ["PAYE ignores a stray determination", "PAYE", sds(""), true, false, "No status determination is needed for a PAYE engagement."],
    ["limited company without a determination is blocked", "LIMITED_COMPANY", null, false, true, "A limited-company engagement needs an IR35 status determination statement; none is recorded."],
    ["limited company with empty reasons is blocked", "LIMITED_COMPANY", sds(""), false, true, "The IR35 status determination statement has no reasons; the statement must give the reasons for its conclusion."],
    ["limited company with whitespace-only reasons is blocked", "LIMITED_COMPANY", sds("   \n "), false, true, "The IR35 status determination statement has no reasons; the statement must give the reasons for its conclusion."],
    ["limited company with null reasons is blocked", "LIMITED_COMPANY", sds(null), false, true, "The IR35 status determination statement has no reasons; the statement must give the reasons for its conclusion."],
    ["limited company with an empty reasons list is blocked", "LIMITED_COMPANY", sds(["", " "]), false, true, "The IR35 status determination statement has no reasons; the statement must give the reasons for its conclusion."],
    ["limited company outside IR35 with reasons passes", "LIMITED_COMPANY", sds("Worker controls how the work is done; right of substitution used."), true, true, "Status determination statement recorded on 2 November 2026: outside IR35, with reasons."],
    ["limited company inside IR35 with a reasons list passes", "LIMITED_COMPANY", sds(["Manager directs the work"], "INSIDE"), true, true, "Status determination statement recorded on 2 November 2026: inside IR35 (deductions are made at source), with reasons."],
  ])("%s", (_name, engagement, determination, ok, required, reason) => {
    const result = checkIr35Determination(engagement, determination);
    expect(result.ok).toBe(ok);
    expect(result.required).toBe(required);
    expect(result.reasons).toEqual([reason]);
    expect(ir35DeterminationRequired(engagement)).toBe(required);
  });
});

describe("disagreementStatus", () => {
  // Received 1 October 2026 → 45 days beginning with that day end on 14 November 2026 (received + 44).
  it.each<[string, IsoDate, IsoDate | null, IsoDate, string, number | null, boolean, string]>([
    ["just received", "2026-10-01", null, "2026-10-01", "open", 44, false, "Open: respond by 14 November 2026 (44 days left)."],
    ["one day before the deadline", "2026-10-01", null, "2026-11-13", "open", 1, false, "Open: respond by 14 November 2026 (1 day left)."],
    ["on the deadline day", "2026-10-01", null, "2026-11-14", "open", 0, false, "Open: the response is due today, 14 November 2026."],
    ["one day after the deadline", "2026-10-01", null, "2026-11-15", "overdue", -1, false, "Overdue: the response was due by 14 November 2026, 1 day ago."],
    ["well overdue", "2026-10-01", null, "2026-11-24", "overdue", -10, false, "Overdue: the response was due by 14 November 2026, 10 days ago."],
    ["answered early", "2026-10-01", "2026-10-20", "2026-11-24", "answered", null, false, "Answered on 20 October 2026, within the deadline of 14 November 2026."],
    ["answered on the deadline day is on time", "2026-10-01", "2026-11-14", "2026-11-24", "answered", null, false, "Answered on 14 November 2026, within the deadline of 14 November 2026."],
    ["answered late", "2026-10-01", "2026-11-17", "2026-11-24", "answered", null, true, "Answered on 17 November 2026, 3 days after the deadline of 14 November 2026."],
    ["answer dated after asOf is not yet counted", "2026-10-01", "2026-11-20", "2026-11-10", "open", 4, false, "Open: respond by 14 November 2026 (4 days left)."],
    ["across a month and year end", "2026-12-20", null, "2026-12-24", "open", 40, false, "Open: respond by 2 February 2027 (40 days left)."],
  ])("%s", (_name, receivedOn, answeredOn, asOf, state, daysRemaining, answeredLate, reason) => {
    const result = disagreementStatus({ receivedOn, answeredOn }, asOf);
    expect(result.state).toBe(state);
    expect(result.daysRemaining).toBe(daysRemaining);
    expect(result.answeredLate).toBe(answeredLate);
    expect(result.reason).toBe(reason);
    expect(result.deadline).toBe(disagreementDeadline(receivedOn));
  });

  it("deadline is the 45th day counting the day received as day 1", () => {
    expect(disagreementDeadline("2026-10-01")).toBe("2026-11-14");
  });

  // "Answered within 45 calendar days" of receipt (s61T(3): 45 days beginning with the day received): the received
  // day is day 1, so the last day is received + 44 — the value stored in StatusDetermination.disagreementRespondBy.
  it.each<[IsoDate, IsoDate]>([
    ["2026-10-01", "2026-11-14"],
    ["2026-11-24", "2027-01-07"],
    ["2027-01-15", "2027-02-28"],
    ["2028-01-15", "2028-02-28"],
    ["2028-01-16", "2028-02-29"], // a leap year
    ["2026-12-31", "2027-02-13"],
  ])("received %s → respond by %s", (receivedOn, respondBy) => {
    expect(disagreementDeadline(receivedOn)).toBe(respondBy);
    expect(disagreementStatus({ receivedOn, answeredOn: respondBy }, respondBy).answeredLate).toBe(false);
  });
});
