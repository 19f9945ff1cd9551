import { describe, expect, it } from "vitest";
import { daysSince, todayUtc } from "./dates";
import { londonToday } from "@/lib/jobs/clock";

describe("todayUtc", () => {
  it.each([
    // now (UTC) → London's calendar date, as UTC midnight
    ["2026-11-24T10:00:00Z", "2026-11-24"], // winter: London is on UTC
    ["2026-11-24T23:59:59Z", "2026-11-24"],
    ["2026-07-14T23:30:00Z", "2026-07-15"], // summer time: 00:30 in London is already the next day
    ["2026-07-14T22:59:59Z", "2026-07-14"],
    ["2026-03-29T00:30:00Z", "2026-03-29"], // the morning the clocks go forward
  ])("at %s it is %s", (now, day) => {
    expect(todayUtc(new Date(now)).toISOString()).toBe(`${day}T00:00:00.000Z`);
    expect(londonToday(new Date(now))).toBe(day); // the jobs' day is the same day
  });
});

describe("daysSince", () => {
  it("counts calendar days and is never negative", () => {
    expect(daysSince(new Date("2026-11-01T00:00:00Z"), new Date("2026-11-24T18:00:00Z"))).toBe(23);
    expect(daysSince(new Date("2026-11-25T00:00:00Z"), new Date("2026-11-24T00:00:00Z"))).toBe(0);
  });
});
