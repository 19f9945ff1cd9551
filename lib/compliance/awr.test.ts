import { describe, expect, it } from "vitest";
import { awrClockStart, computeAwrClock, type AwrAbsence, type AwrInput, type AwrWorkedWeek } from "./awr";
import { addWeeks } from "./dates";
import type { IsoDate } from "./types";

/** n consecutive Mondays from `start`. */
function weeks(start: IsoDate, n: number, roleKey?: string): AwrWorkedWeek[] {
  return Array.from({ length: n }, (_, i) => ({ week: addWeeks(start, i), roleKey }));
}

const JAN5 = "2026-01-05"; // a Monday

interface Case {
  name: string;
  input: AwrInput;
  weeksCounted: number;
  qualified: boolean;
  qualifyingDate: IsoDate;
  alertDue: boolean;
}

const sick = (start: IsoDate, end: IsoDate): AwrAbsence => ({ type: "SICKNESS", start, end });

const cases: Case[] = [
  {
    name: "no weeks: nothing counted, projected from the asOf week",
    input: { workedWeeks: [], asOf: "2026-11-24" },
    weeksCounted: 0, qualified: false, qualifyingDate: "2027-02-15", alertDue: false,
  },
  {
    name: "week 12 exactly: qualified, equal treatment from the Monday of week 13",
    input: { workedWeeks: weeks(JAN5, 12), asOf: "2026-03-29" },
    weeksCounted: 12, qualified: true, qualifyingDate: "2026-03-30", alertDue: false,
  },
  {
    name: "11 weeks: not qualified, alert, projected one week on",
    input: { workedWeeks: weeks(JAN5, 11), asOf: "2026-03-22" },
    weeksCounted: 11, qualified: false, qualifyingDate: "2026-03-30", alertDue: true,
  },
  {
    name: "week 10: alert due",
    input: { workedWeeks: weeks(JAN5, 10), asOf: "2026-03-15" },
    weeksCounted: 10, qualified: false, qualifyingDate: "2026-03-30", alertDue: true,
  },
  {
    name: "week 9: no alert yet",
    input: { workedWeeks: weeks(JAN5, 9), asOf: "2026-03-08" },
    weeksCounted: 9, qualified: false, qualifyingDate: "2026-03-30", alertDue: false,
  },
  {
    name: "break of exactly 6 weeks pauses",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-16", 1)], asOf: "2026-03-22" },
    weeksCounted: 5, qualified: false, qualifyingDate: "2026-05-11", alertDue: false,
  },
  {
    name: "break of 7 weeks resets",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-23", 1)], asOf: "2026-03-29" },
    weeksCounted: 1, qualified: false, qualifyingDate: "2026-06-15", alertDue: false,
  },
  {
    name: "28 weeks of sickness pauses",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-08-17", 1)], absences: [sick("2026-02-02", "2026-08-16")], asOf: "2026-08-23" },
    weeksCounted: 5, qualified: false, qualifyingDate: "2026-10-12", alertDue: false,
  },
  {
    name: "29 weeks of sickness resets",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-08-24", 1)], absences: [sick("2026-02-02", "2026-08-23")], asOf: "2026-08-30" },
    weeksCounted: 1, qualified: false, qualifyingDate: "2026-11-16", alertDue: false,
  },
  {
    name: "jury service of 10 weeks pauses",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-04-13", 1)], absences: [{ type: "JURY_SERVICE", start: "2026-02-02", end: "2026-04-12" }], asOf: "2026-04-19" },
    weeksCounted: 5, qualified: false, qualifyingDate: "2026-06-08", alertDue: false,
  },
  {
    name: "pregnancy/maternity weeks count: 4 worked + 8 maternity = qualified at the 12th",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-30", 1)], absences: [{ type: "PREGNANCY_MATERNITY", start: "2026-02-02", end: "2026-03-29" }], asOf: "2026-04-05" },
    weeksCounted: 13, qualified: true, qualifyingDate: "2026-03-30", alertDue: false,
  },
  {
    name: "maternity keeps the clock running even without a return to work yet",
    input: { workedWeeks: weeks(JAN5, 2), absences: [{ type: "PREGNANCY_MATERNITY", start: "2026-01-19", end: "2026-12-31" }], asOf: "2026-03-09" },
    weeksCounted: 9, qualified: false, qualifyingDate: "2026-03-30", alertDue: false,
  },
  {
    name: "change to a substantially different role resets",
    input: { workedWeeks: [...weeks(JAN5, 5, "care-assistant"), ...weeks("2026-02-09", 2, "housing-officer")], asOf: "2026-02-22" },
    weeksCounted: 2, qualified: false, qualifyingDate: "2026-05-04", alertDue: false,
  },
  {
    name: "same role key throughout does not reset; a week without a role key keeps the role",
    input: { workedWeeks: [...weeks(JAN5, 5, "care-assistant"), { week: "2026-02-09" }, ...weeks("2026-02-16", 1, "care-assistant")], asOf: "2026-02-22" },
    weeksCounted: 7, qualified: false, qualifyingDate: "2026-03-30", alertDue: false,
  },
  {
    name: "out-of-order input with duplicates and mid-week dates gives the same count",
    input: {
      workedWeeks: ["2026-03-18", "2026-01-07", ...weeks(JAN5, 11).reverse().map((w) => w.week), "2026-02-06"],
      asOf: "2026-03-22",
    },
    weeksCounted: 11, qualified: false, qualifyingDate: "2026-03-30", alertDue: true,
  },
  {
    name: "annual leave of 6 weeks pauses",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-16", 1)], absences: [{ type: "ANNUAL_LEAVE", start: "2026-02-02", end: "2026-03-15" }], asOf: "2026-03-22" },
    weeksCounted: 5, qualified: false, qualifyingDate: "2026-05-11", alertDue: false,
  },
  {
    name: "annual leave of 7 weeks resets (treated as an ordinary break, 6-week limit)",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-23", 1)], absences: [{ type: "ANNUAL_LEAVE", start: "2026-02-02", end: "2026-03-22" }], asOf: "2026-03-29" },
    weeksCounted: 1, qualified: false, qualifyingDate: "2026-06-15", alertDue: false,
  },
  {
    name: "3 sickness weeks then exactly 6 ordinary weeks in one break still pause",
    input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-04-06", 1)], absences: [sick("2026-02-02", "2026-02-22")], asOf: "2026-04-12" },
    weeksCounted: 5, qualified: false, qualifyingDate: "2026-06-01", alertDue: false,
  },
  {
    name: "qualified worker with a 7-week break starts again",
    input: { workedWeeks: [...weeks(JAN5, 12), ...weeks("2026-05-18", 1)], asOf: "2026-05-24" },
    weeksCounted: 1, qualified: false, qualifyingDate: "2026-08-10", alertDue: false,
  },
  {
    name: "ongoing break at asOf that already exceeds 6 weeks has reset the clock",
    input: { workedWeeks: weeks(JAN5, 8), asOf: "2026-04-23" },
    weeksCounted: 0, qualified: false, qualifyingDate: "2026-07-13", alertDue: false,
  },
  {
    name: "weeks after asOf are ignored; the in-progress asOf week is not a break",
    input: { workedWeeks: [...weeks(JAN5, 3), ...weeks("2026-06-01", 4)], asOf: "2026-01-28" },
    weeksCounted: 3, qualified: false, qualifyingDate: "2026-03-30", alertDue: false,
  },
];

describe("computeAwrClock", () => {
  it.each(cases)("$name", ({ input, weeksCounted, qualified, qualifyingDate, alertDue }) => {
    const result = computeAwrClock(input);
    expect(result.weeksCounted).toBe(weeksCounted);
    expect(result.qualified).toBe(qualified);
    expect(result.qualifyingDate).toBe(qualifyingDate);
    expect(result.qualifyingDateProjected).toBe(!qualified);
    expect(result.alertDue).toBe(alertDue);
    expect(result.explanation.length).toBeGreaterThan(0);
  });

  it("records reasons for pauses and resets", () => {
    const result = computeAwrClock({ workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-23", 1)], asOf: "2026-03-29" });
    const kinds = result.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === "paused")).toHaveLength(6);
    const reset = result.events.find((e) => e.kind === "reset");
    expect(reset).toMatchObject({ week: "2026-03-16", weeksCounted: 0 });
    expect(reset?.reason).toContain("more than 6 weeks");
    expect(result.explanation.join(" ")).toContain("Last reset in the week beginning 16 March 2026");
  });

  it("explains a role-change reset", () => {
    const result = computeAwrClock({ workedWeeks: [...weeks(JAN5, 2, "a"), ...weeks("2026-01-19", 1, "b")], asOf: "2026-01-25" });
    expect(result.events.map((e) => e.kind)).toEqual(["counted", "counted", "reset", "counted"]);
    expect(result.events[2].reason).toContain('Role changed from "a" to "b"');
  });

  it("states the equal-treatment date in the explanation once qualified", () => {
    const result = computeAwrClock({ workedWeeks: weeks(JAN5, 12), asOf: "2026-03-29" });
    expect(result.explanation[1]).toBe(
      "Qualified: the 12th qualifying week was the week beginning 23 March 2026; equal basic pay and conditions apply from Monday 30 March 2026.",
    );
  });

  it("rejects malformed dates", () => {
    expect(() => computeAwrClock({ workedWeeks: ["2026-02-30"], asOf: "2026-03-01" })).toThrow(RangeError);
  });
});

describe("awrClockStart", () => {
  it.each([
    { name: "nothing counted", input: { workedWeeks: [], asOf: "2026-11-24" }, start: null },
    { name: "one unbroken run", input: { workedWeeks: weeks(JAN5, 10), asOf: "2026-03-15" }, start: JAN5 },
    { name: "a pause keeps the start", input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-16", 6)], asOf: "2026-04-26" }, start: JAN5 },
    { name: "a break over 6 weeks starts a new run", input: { workedWeeks: [...weeks(JAN5, 4), ...weeks("2026-03-23", 3)], asOf: "2026-04-12" }, start: "2026-03-23" },
    { name: "a role change starts a new run in the new role", input: { workedWeeks: [...weeks(JAN5, 4, "a"), ...weeks("2026-02-02", 2, "b")], asOf: "2026-02-15" }, start: "2026-02-02" },
  ] satisfies { name: string; input: AwrInput; start: IsoDate | null }[])("$name", ({ input, start }) => {
    expect(awrClockStart(computeAwrClock(input))).toBe(start);
  });
});
