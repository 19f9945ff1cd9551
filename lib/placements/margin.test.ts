import { describe, expect, it } from "vitest";
import { onCostPence, placementMargin } from "./margin";

describe("placement margin", () => {
  it.each([
    // pay, charge, hours, on-cost %, on-cost, margin/h, margin/week
    [1400, 1850, 37.5, 14, 196, 254, 9525],
    [1400, 1850, "37.50", "14.00", 196, 254, 9525],
    [1333, 1700, 20, 14, 187, 180, 3600], // 186.62 → 187
    [1400, 1500, 37.5, 14, 196, -96, -3600], // a loss is shown, not hidden
    [0, 0, 37.5, 14, 0, 0, 0],
  ])("pay %i charge %i hours %s at %s%%", (pay, charge, hours, pct, oncost, perHour, perWeek) => {
    const m = placementMargin(pay, charge, hours, pct);
    expect(m.onCostRatePence).toBe(oncost);
    expect(m.marginPerHourPence).toBe(perHour);
    expect(m.marginPerWeekPence).toBe(perWeek);
  });
  it("share of charge, null when nothing is charged", () => {
    expect(placementMargin(1400, 2000, 10, 10).marginPercent).toBeCloseTo(0.23);
    expect(placementMargin(0, 0, 10, 10).marginPercent).toBeNull();
    expect(onCostPence(1000, "13.8")).toBe(138);
  });
});
