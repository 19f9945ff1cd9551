import { describe, expect, it } from "vitest";
import { complianceSummary } from "./summary";
import type { CandidateCheck } from "@/lib/compliance/placement-gate";

const today = "2026-11-24";
const rtw = (extra: Partial<CandidateCheck> = {}): CandidateCheck => ({ type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "BRITISH_OR_IRISH", checkedOn: "2026-01-01", ...extra });

describe("complianceSummary", () => {
  it("nothing recorded", () => {
    const s = complianceSummary([], today);
    expect(s).toMatchObject({ dbsLevel: null, referencesPassed: 0, registrations: [] });
    expect(s.rightToWork.valid).toBe(false);
  });
  it.each([
    ["unlimited", [rtw()], true],
    ["time-limited, still valid", [rtw({ rightToWorkRoute: "TIME_LIMITED", expiresAt: "2027-01-01" })], true],
    ["time-limited, expired", [rtw({ rightToWorkRoute: "TIME_LIMITED", expiresAt: "2026-11-01" })], false],
    ["expired but renewed", [rtw({ rightToWorkRoute: "TIME_LIMITED", expiresAt: "2026-11-01", superseded: true }), rtw({ rightToWorkRoute: "TIME_LIMITED", expiresAt: "2028-01-01", checkedOn: "2026-11-20" })], true],
    ["superseded valid check only", [rtw({ superseded: true })], false],
    ["pending", [rtw({ status: "PENDING" })], false],
    // a re-check in progress sits beside the still-valid check (lib/checks/supersede.ts) and does not hide it
    ["valid, with a pending re-check beside it", [rtw({ rightToWorkRoute: "TIME_LIMITED", expiresAt: "2027-01-01" }), rtw({ status: "PENDING", rightToWorkRoute: "TIME_LIMITED", checkedOn: "2026-11-20" })], true],
  ])("right to work: %s", (_n, checks, valid) => {
    expect(complianceSummary(checks, today).rightToWork.valid).toBe(valid);
  });
  it("highest current DBS, passed references, registrations", () => {
    const s = complianceSummary(
      [
        { type: "DBS", status: "PASSED", dbsLevel: "BASIC" },
        { type: "DBS", status: "PASSED", dbsLevel: "ENHANCED_BARRED", superseded: true },
        { type: "DBS", status: "PASSED", dbsLevel: "ENHANCED" },
        { type: "DBS", status: "FAILED", dbsLevel: "ENHANCED_BARRED" },
        { type: "DBS", status: "PENDING", dbsLevel: "ENHANCED_BARRED" }, // a re-check in progress
        { type: "REFERENCE", status: "PASSED" },
        { type: "REFERENCE", status: "PENDING" },
        { type: "PROFESSIONAL_REGISTRATION", status: "PASSED", registrationBody: "Social Work England", renewalDate: "2026-11-30" },
        { type: "PROFESSIONAL_REGISTRATION", status: "PASSED", registrationBody: "HCPC", expiresAt: "2026-10-31" },
      ],
      today,
    );
    expect(s.dbsLevel).toBe("ENHANCED");
    expect(s.referencesPassed).toBe(1);
    expect(s.registrations).toEqual([
      { body: "Social Work England", renewalDate: "2026-11-30", current: true },
      { body: "HCPC", renewalDate: "2026-10-31", current: false },
    ]);
  });
});
