import { describe, expect, it } from "vitest";
import { dateOf, isoOf, londonToday } from "./clock";

describe("londonToday", () => {
  it.each([
    { now: "2026-06-30T23:30:00Z", today: "2026-07-01", why: "summer time: 00:30 in London is already the next day" },
    { now: "2026-06-30T22:59:00Z", today: "2026-06-30", why: "summer time: 23:59 in London" },
    { now: "2026-12-31T23:30:00Z", today: "2026-12-31", why: "winter: London is on UTC" },
    { now: "2026-03-29T00:30:00Z", today: "2026-03-29", why: "the morning the clocks go forward" },
  ])("$now → $today ($why)", ({ now, today }) => {
    expect(londonToday(new Date(now))).toBe(today);
  });
});

describe("isoOf / dateOf", () => {
  it("round-trips a @db.Date value", () => {
    expect(isoOf(dateOf("2026-11-24"))).toBe("2026-11-24");
    expect(dateOf("2026-11-24").toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(isoOf(null)).toBeNull();
  });
});
