import { describe, expect, it } from "vitest";
import { mayReplace, supersedeScope } from "./supersede";

describe("supersedeScope: which current checks a new one replaces by kind", () => {
  it.each([
    ["RIGHT_TO_WORK", "PASSED", null, { type: "RIGHT_TO_WORK" }],
    ["RIGHT_TO_WORK", "FAILED", null, { type: "RIGHT_TO_WORK" }],
    ["RIGHT_TO_WORK", "PENDING", null, null], // a re-check in progress leaves the valid one current
    ["DBS", "PASSED", null, { type: "DBS" }],
    ["DBS", "FAILED", null, { type: "DBS" }],
    ["DBS", "PENDING", null, null],
    ["PROFESSIONAL_REGISTRATION", "PASSED", "Social Work England", { type: "PROFESSIONAL_REGISTRATION", registrationBody: "Social Work England" }],
    ["PROFESSIONAL_REGISTRATION", "FAILED", "HCPC", { type: "PROFESSIONAL_REGISTRATION", registrationBody: "HCPC" }],
    ["PROFESSIONAL_REGISTRATION", "PENDING", "HCPC", null],
    ["REFERENCE", "PASSED", null, null], // several references are held at once
    ["QUALIFICATION", "PASSED", null, null],
  ] as const)("%s %s (%s)", (type, status, registrationBody, scope) => {
    expect(supersedeScope({ type, status, registrationBody })).toEqual(scope);
  });
});

describe("mayReplace: replacing one named check", () => {
  it.each([
    ["a reference that came back replaces the pending one", "REFERENCE", "PASSED", "REFERENCE", "PENDING", true],
    ["a failed reference replaces the pending one", "REFERENCE", "FAILED", "REFERENCE", "PENDING", true],
    ["a pending check replaces another pending one", "REFERENCE", "PENDING", "REFERENCE", "PENDING", true],
    ["a pending check cannot displace a passed one", "RIGHT_TO_WORK", "PENDING", "RIGHT_TO_WORK", "PASSED", false],
    ["a pending check cannot displace a failed one", "DBS", "PENDING", "DBS", "FAILED", false],
    ["another kind of check", "REFERENCE", "PASSED", "QUALIFICATION", "PENDING", false],
  ] as const)("%s", (_n, type, status, targetType, targetStatus, ok) => {
    expect(mayReplace({ type, status }, { type: targetType, status: targetStatus })).toBe(ok);
  });
});
