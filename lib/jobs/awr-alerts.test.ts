import { describe, expect, it } from "vitest";
import { awrClockStart, computeAwrClock, type AwrWorkedWeek } from "@/lib/compliance/awr";
import { addWeeks } from "@/lib/compliance/dates";
import { awrAlertsDue } from "./awr-alerts";

const JAN5 = "2026-01-05"; // a Monday
const weeks = (start: string, n: number): AwrWorkedWeek[] => Array.from({ length: n }, (_, i) => ({ week: addWeeks(start, i), roleKey: "support-worker" }));

/** The status the DB wrapper would produce for a worker with these weeks, as at asOf. */
function statusFor(placementId: string, worked: AwrWorkedWeek[], asOf: string) {
  const clock = computeAwrClock({ workedWeeks: worked, asOf });
  return {
    placementId, reference: `PL-${placementId}`, candidateId: `c-${placementId}`, serviceId: "svc", workerName: "Amina Khan",
    weeksCounted: clock.weeksCounted, qualifyingDate: clock.qualifyingDate, alertDue: clock.alertDue, clockStart: awrClockStart(clock),
  };
}

describe("awrAlertsDue", () => {
  it.each([
    { name: "week 9: not yet", worked: weeks(JAN5, 9), asOf: "2026-03-08", alert: false },
    { name: "week 10: alert", worked: weeks(JAN5, 10), asOf: "2026-03-15", alert: true },
    { name: "week 11: alert (missed day 10 is caught up)", worked: weeks(JAN5, 11), asOf: "2026-03-22", alert: true },
    { name: "week 12: qualified, no week-10 alert", worked: weeks(JAN5, 12), asOf: "2026-03-29", alert: false },
    { name: "week 10 before a 7-week break: reset, no alert", worked: weeks(JAN5, 10), asOf: "2026-05-10", alert: false },
    { name: "nothing worked", worked: [], asOf: "2026-03-15", alert: false },
  ])("$name", ({ worked, asOf, alert }) => {
    const alerts = awrAlertsDue([statusFor("p1", worked, asOf)]);
    expect(alerts.length).toBe(alert ? 1 : 0);
  });

  it("keys the alert on the placement and the clock's first week, and explains the date", () => {
    const [a] = awrAlertsDue([statusFor("p1", weeks(JAN5, 10), "2026-03-15")]);
    expect(a.dedupeKey).toBe(`awr-week10:p1:${JAN5}`);
    expect(a.title).toBe("AWR: Amina Khan (PL-p1) is at week 10 of 12");
    expect(a.body).toContain("Monday 30 March 2026");
    expect(a.body).toContain("2 more weeks");
  });

  it("the same clock run a week later keeps the same key (no second alert)", () => {
    const week10 = awrAlertsDue([statusFor("p1", weeks(JAN5, 10), "2026-03-15")])[0];
    const week11 = awrAlertsDue([statusFor("p1", weeks(JAN5, 11), "2026-03-22")])[0];
    expect(week11.dedupeKey).toBe(week10.dedupeKey);
  });

  it("a clock that reset and climbed back to week 10 gets a new key", () => {
    const again = [...weeks(JAN5, 10), ...weeks("2026-05-25", 10)]; // 7+ week gap resets
    const [a] = awrAlertsDue([statusFor("p1", again, "2026-08-02")]);
    expect(a.dedupeKey).toBe("awr-week10:p1:2026-05-25");
  });
});
