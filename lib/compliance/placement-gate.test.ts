import { describe, expect, it } from "vitest";
import { placementGate, timesheetGate, type CandidateCheck, type PlacementBlockCode, type PlacementGateInput } from "./placement-gate";
import type { IsoDate } from "./types";

const rtwBritish: CandidateCheck = { type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "BRITISH_OR_IRISH", checkedOn: "2026-11-01" };
const dbsBarred: CandidateCheck = { type: "DBS", status: "PASSED", dbsLevel: "ENHANCED_BARRED" };
const ref: CandidateCheck = { type: "REFERENCE", status: "PASSED" };
const swe: CandidateCheck = { type: "PROFESSIONAL_REGISTRATION", status: "PASSED", registrationBody: "Social Work England", renewalDate: "2027-11-30" };

/** A child and family social worker who passes everything; each case changes one thing. */
const base: PlacementGateInput = {
  requisition: { roleCategory: "CHILD_FAMILY_SOCIAL_WORK", dbsLevel: "ENHANCED_BARRED", registrationRequired: "Social Work England", limitedCompanyAllowed: false },
  checks: [rtwBritish, dbsBarred, ref, ref, swe],
  engagementType: "PAYE",
  ir35Determination: null,
  startDate: "2026-12-01",
  payRatePence: 4000,
  rateCapPence: 4500,
  rateCapSignOff: null,
  postQualifyingExperienceStart: "2020-06-01",
  lastPermanentPostEndedOn: null,
  lastPermanentPostRegion: null,
  placementRegion: "East of England",
};

const withChecks = (...replace: CandidateCheck[]): CandidateCheck[] => {
  const types = new Set(replace.map((c) => c.type));
  return [...base.checks.filter((c) => !types.has(c.type)), ...replace];
};
const without = (type: CandidateCheck["type"]): CandidateCheck[] => base.checks.filter((c) => c.type !== type);
const admin = { roleCategory: "ADMIN", dbsLevel: "NONE", registrationRequired: null, limitedCompanyAllowed: false } as const;

interface Case {
  name: string;
  change: Partial<PlacementGateInput>;
  codes: PlacementBlockCode[];
  /** Exact message of the first block, where the wording matters. */
  message?: string;
}

const cases: Case[] = [
  { name: "everything in order", change: {}, codes: [] },
  {
    name: "right to work expired before the start date",
    change: { checks: withChecks({ type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "TIME_LIMITED", expiresAt: "2026-11-03" }) },
    codes: ["RTW_EXPIRED"],
    message: "Right to work expired on 3 November 2026, before the start date 1 December 2026",
  },
  {
    name: "right to work expiring ON the start date is valid that day",
    change: { checks: withChecks({ type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "PRE_SETTLED", expiresAt: "2026-12-01" }) },
    codes: [],
  },
  {
    name: "no right to work check",
    change: { checks: without("RIGHT_TO_WORK") },
    codes: ["RTW_MISSING"],
    message: "No right to work check is recorded; one must pass before the start date 1 December 2026",
  },
  {
    name: "time-limited right to work with no expiry recorded",
    change: { checks: withChecks({ type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "TIME_LIMITED" }) },
    codes: ["RTW_NO_EXPIRY"],
  },
  {
    name: "superseded right to work check is ignored",
    change: { checks: withChecks({ ...rtwBritish, superseded: true }) },
    codes: ["RTW_MISSING"],
  },
  {
    // a re-check recorded as pending sits beside the current check (lib/checks/supersede.ts); the passed one still counts
    name: "right to work and DBS re-checks still pending beside the passed checks",
    change: { checks: [...base.checks, { type: "RIGHT_TO_WORK", status: "PENDING", rightToWorkRoute: "TIME_LIMITED", checkedOn: "2026-11-20" }, { type: "DBS", status: "PENDING", dbsLevel: "ENHANCED_BARRED" }] },
    codes: [],
  },
  {
    name: "DBS enhanced without barred list is too low",
    change: { checks: withChecks({ type: "DBS", status: "PASSED", dbsLevel: "ENHANCED" }) },
    codes: ["DBS_TOO_LOW"],
    message: "The DBS check held is enhanced; the role needs an enhanced DBS check with barred list or higher",
  },
  {
    name: "DBS still pending",
    change: { checks: withChecks({ type: "DBS", status: "PENDING", dbsLevel: "ENHANCED_BARRED" }) },
    codes: ["DBS_NOT_PASSED"],
    message: "The DBS check is still pending; the role needs an enhanced DBS check with barred list or higher to have passed before the start date 1 December 2026",
  },
  {
    name: "no DBS check",
    change: { checks: without("DBS") },
    codes: ["DBS_MISSING"],
    message: "No DBS check is recorded; the role needs an enhanced DBS check with barred list or higher",
  },
  {
    name: "DBS required NONE, admin role: no DBS, references or registration needed",
    change: { requisition: admin, checks: [rtwBritish] },
    codes: [],
  },
  {
    name: "higher DBS than required is fine",
    change: { requisition: { ...admin, dbsLevel: "BASIC" }, checks: [rtwBritish, dbsBarred] },
    codes: [],
  },
  {
    name: "only one of two references passed",
    change: { checks: withChecks(ref, { type: "REFERENCE", status: "PENDING" }) },
    codes: ["REFERENCES_INSUFFICIENT"],
    message: "Only 1 of the 2 references needed for child and family social work roles has passed (1 pending)",
  },
  {
    name: "social care role with no references",
    change: { requisition: { ...admin, roleCategory: "SOCIAL_CARE", dbsLevel: "ENHANCED" }, checks: [rtwBritish, dbsBarred] },
    codes: ["REFERENCES_INSUFFICIENT"],
    message: "No references are recorded; 2 passed references are needed for social care roles",
  },
  {
    name: "registration renewal date passed before the start date",
    change: { checks: withChecks({ ...swe, renewalDate: "2026-11-30" }) },
    codes: ["REGISTRATION_EXPIRED"],
    message: "The Social Work England registration was due for renewal on 30 November 2026, before the start date 1 December 2026",
  },
  {
    name: "registration renewal ON the start date is current",
    change: { checks: withChecks({ ...swe, renewalDate: "2026-12-01" }) },
    codes: [],
  },
  {
    name: "adult social work always needs registration even when the requisition leaves it blank",
    change: { requisition: { roleCategory: "ADULT_SOCIAL_WORK", dbsLevel: "ENHANCED", registrationRequired: null, limitedCompanyAllowed: false }, checks: without("PROFESSIONAL_REGISTRATION") },
    codes: ["REGISTRATION_MISSING"],
    message: "No Social Work England registration is recorded; the role requires it",
  },
  {
    name: "registration with another body does not count",
    change: { checks: withChecks({ ...swe, registrationBody: "HCPC" }) },
    codes: ["REGISTRATION_MISSING"],
  },
  {
    name: "limited company not allowed and no status determination",
    change: { engagementType: "LIMITED_COMPANY" },
    codes: ["LIMITED_COMPANY_NOT_ALLOWED", "IR35_DETERMINATION_MISSING"],
    message: "This requisition does not allow limited-company engagements",
  },
  {
    name: "limited company allowed but the determination has no reasons",
    change: { engagementType: "LIMITED_COMPANY", requisition: { ...base.requisition, limitedCompanyAllowed: true }, ir35Determination: { status: "OUTSIDE", reasons: " " } },
    codes: ["IR35_REASONS_MISSING"],
  },
  {
    name: "limited company allowed with a reasoned determination",
    change: { engagementType: "LIMITED_COMPANY", requisition: { ...base.requisition, limitedCompanyAllowed: true }, ir35Determination: { status: "INSIDE", reasons: "Works under the direction of the team manager." } },
    codes: [],
  },
  {
    name: "pay above the regional cap without sign-off",
    change: { payRatePence: 4501 },
    codes: ["DFE_RATE_CAP_SIGN_OFF_MISSING"],
    message: "Pay rate £45.01 an hour is above the regional cap of £45.00 and no senior sign-off is recorded",
  },
  { name: "pay exactly at the cap", change: { payRatePence: 4500 }, codes: [] },
  { name: "pay above the cap with senior sign-off", change: { payRatePence: 5200, rateCapSignOff: { signedOffBy: "Director of Children's Services", signedOffOn: "2026-11-20" } }, codes: [] },
  { name: "no cap recorded", change: { payRatePence: 9000, rateCapPence: null }, codes: [] },
  {
    name: "post-qualifying experience one day short of 3 years",
    change: { postQualifyingExperienceStart: "2023-12-02" },
    codes: ["DFE_PQE_TOO_SHORT"],
    message: "Post-qualifying experience began on 2 December 2023, so 3 years are reached on 2 December 2026, after the start date 1 December 2026",
  },
  { name: "post-qualifying experience exactly 3 years on the start date", change: { postQualifyingExperienceStart: "2023-12-01" }, codes: [] },
  { name: "post-qualifying experience not recorded", change: { postQualifyingExperienceStart: null }, codes: ["DFE_PQE_MISSING"] },
  {
    name: "left a permanent post in the same region less than 3 months ago",
    change: { lastPermanentPostEndedOn: "2026-09-02", lastPermanentPostRegion: "east of england" },
    codes: ["DFE_PERMANENT_POST_COOLING_OFF"],
    message: "Left a permanent post in the same region (east of england) on 2 September 2026; an agency placement in East of England cannot start until 2 December 2026, 3 months later",
  },
  { name: "left a permanent post exactly 3 months before the start", change: { lastPermanentPostEndedOn: "2026-09-01", lastPermanentPostRegion: "East of England" }, codes: [] },
  { name: "left a permanent post in a different region", change: { lastPermanentPostEndedOn: "2026-11-20", lastPermanentPostRegion: "London" }, codes: [] },
  { name: "recent permanent post with no region recorded", change: { lastPermanentPostEndedOn: "2026-11-20" }, codes: ["DFE_PERMANENT_POST_REGION_UNKNOWN"] },
  { name: "DfE rules do not apply to adult social work", change: { requisition: { ...base.requisition, roleCategory: "ADULT_SOCIAL_WORK" }, payRatePence: 9000, postQualifyingExperienceStart: null }, codes: [] },
  {
    name: "every failing rule is listed, in rule order",
    change: { checks: [], payRatePence: 5000, postQualifyingExperienceStart: "2025-01-01" },
    codes: ["RTW_MISSING", "DBS_MISSING", "REFERENCES_INSUFFICIENT", "REGISTRATION_MISSING", "DFE_RATE_CAP_SIGN_OFF_MISSING", "DFE_PQE_TOO_SHORT"],
  },
];

describe("placementGate", () => {
  it.each(cases)("$name", ({ change, codes, message }) => {
    const result = placementGate({ ...base, ...change });
    expect(result.blocks.map((b) => b.code)).toEqual(codes);
    expect(result.allowed).toBe(codes.length === 0);
    if (message) expect(result.blocks[0].message).toBe(message);
    for (const b of result.blocks) expect(b.rule.length).toBeGreaterThan(0);
  });

  it("lists the rules that passed", () => {
    const result = placementGate(base);
    expect(result.passed.map((p) => p.rule)).toEqual([
      "Right to work", "DBS", "References", "Professional registration",
      "DfE child and family social work", "DfE child and family social work",
    ]);
  });
});

describe("timesheetGate", () => {
  const week = "2026-11-23";
  const limited = (expiresAt: IsoDate): CandidateCheck => ({ type: "RIGHT_TO_WORK", status: "PASSED", rightToWorkRoute: "TIME_LIMITED", expiresAt });
  it.each<[string, CandidateCheck[], IsoDate[], boolean, IsoDate[]]>([
    ["British worker, full week", [rtwBritish], ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"], true, []],
    ["no days worked", [], [], true, []],
    ["no right to work check", [], ["2026-11-23"], false, ["2026-11-23"]],
    ["expired before the week", [limited("2026-11-20")], ["2026-11-23", "2026-11-24"], false, ["2026-11-23", "2026-11-24"]],
    ["expires on the last day worked", [limited("2026-11-27")], ["2026-11-26", "2026-11-27"], true, []],
    ["expires mid-week", [limited("2026-11-25")], ["2026-11-25", "2026-11-26"], false, ["2026-11-26"]],
    ["other check types are ignored", [{ type: "DBS", status: "PASSED", dbsLevel: "ENHANCED" }], ["2026-11-23"], false, ["2026-11-23"]],
    ["pending check does not cover", [{ ...rtwBritish, status: "PENDING" }], ["2026-11-23"], false, ["2026-11-23"]],
    ["renewed permission covers the week", [limited("2026-11-20"), limited("2027-11-20")], ["2026-11-23"], true, []],
    ["a superseded check still covers the days it covered", [{ ...limited("2026-11-30"), checkedOn: "2026-01-05", superseded: true }], ["2026-11-23"], true, []],
    [
      "week worked before a renewal, approved after it: the earlier (superseded) check covers it",
      [{ ...limited("2026-11-30"), checkedOn: "2026-01-05", superseded: true }, { ...limited("2028-11-30"), checkedOn: "2026-11-28" }],
      ["2026-11-23", "2026-11-24"],
      true,
      [],
    ],
    ["a superseded check that had expired does not cover", [{ ...limited("2026-11-20"), superseded: true }], ["2026-11-23"], false, ["2026-11-23"]],
  ])("%s", (_name, checks, dates, allowed, uncovered) => {
    const result = timesheetGate(checks, week, dates);
    expect(result.allowed).toBe(allowed);
    expect(result.uncoveredDates).toEqual(uncovered);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it("says why a day is not covered", () => {
    expect(timesheetGate([limited("2026-11-25")], week, ["2026-11-26"]).reasons).toEqual([
      "Right to work expired on 25 November 2026, before 26 November 2026.",
    ]);
  });
});
