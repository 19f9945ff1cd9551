import { describe, expect, it } from "vitest";
import { absenceProblems, ABSENCE_AWR_EFFECT, type AbsencePeriod } from "./absence-rules";
import type { AbsenceType } from "@/lib/compliance/types";

// A placement from Monday 7 September 2026 to Wednesday 31 March 2027, with one sickness absence 2–6 November.
const placement = { start: "2026-09-07", end: "2027-03-31" };
const existing: (AbsencePeriod & { type: AbsenceType })[] = [{ type: "SICKNESS", start: "2026-11-02", end: "2026-11-06" }];
const OVERLAP = "The absence overlaps the sickness absence already recorded from 2 November 2026 to 6 November 2026";

describe("absenceProblems", () => {
  it.each<[string, string, string, ReturnType<typeof absenceProblems>]>([
    ["a single day inside the placement", "2026-10-12", "2026-10-12", null],
    ["a week inside the placement", "2026-10-12", "2026-10-16", null],
    ["the placement's first day to its last day", "2026-09-07", "2027-03-31", { startDate: OVERLAP }],
    ["ends the day before the existing absence starts", "2026-10-26", "2026-11-01", null],
    ["starts the day after the existing absence ends", "2026-11-07", "2026-11-20", null],
    ["end before start", "2026-10-16", "2026-10-12", { endDate: "End date must be the same as or after the start date" }],
    ["starts before the placement", "2026-09-06", "2026-09-10", { startDate: "Start date must be on or after the placement's start date, 7 September 2026" }],
    ["starts after the placement has ended", "2027-04-01", "2027-04-02", { startDate: "Start date must be on or before the placement's end date, 31 March 2027", endDate: "End date must be on or before the placement's end date, 31 March 2027" }],
    ["runs past the placement's end", "2027-03-29", "2027-04-02", { endDate: "End date must be on or before the placement's end date, 31 March 2027" }],
    ["shares the existing absence's last day", "2026-11-06", "2026-11-10", { startDate: OVERLAP }],
    ["shares the existing absence's first day", "2026-10-30", "2026-11-02", { startDate: OVERLAP }],
    ["sits inside the existing absence", "2026-11-03", "2026-11-04", { startDate: OVERLAP }],
    ["wraps the existing absence", "2026-10-26", "2026-11-13", { startDate: OVERLAP }],
  ])("%s", (_name, start, end, expected) => {
    expect(absenceProblems({ start, end }, placement, existing)).toEqual(expected);
  });

  it("an ended placement ends on its actual last day", () => {
    expect(absenceProblems({ start: "2026-12-01", end: "2026-12-04" }, { start: "2026-09-07", end: "2026-11-30" }, [])).toEqual({
      startDate: "Start date must be on or before the placement's end date, 30 November 2026",
      endDate: "End date must be on or before the placement's end date, 30 November 2026",
    });
  });

  it("says what each type does to the AWR clock", () => {
    expect(ABSENCE_AWR_EFFECT).toEqual({
      SICKNESS: "Pauses the AWR clock for up to 28 weeks",
      JURY_SERVICE: "Pauses the AWR clock for up to 28 weeks",
      PREGNANCY_MATERNITY: "Keeps the AWR clock running: the weeks count",
      ANNUAL_LEAVE: "Pauses the AWR clock, within the 6-week break limit",
      OTHER: "Pauses the AWR clock, within the 6-week break limit",
    });
  });
});
