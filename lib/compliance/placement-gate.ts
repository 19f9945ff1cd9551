// The placement gate: every compliance rule a placement must pass before it can be confirmed (domain rules 3, 5, 6, 7,
// and "a placement cannot start while a check its requisition needs is missing or expired"), plus the timesheet gate
// (rule 5: no approval for a week without valid right to work). Each failing rule is listed with an exact message.
import { addMonths, addYears, assertIsoDate, compareIsoDates, formatLongDate } from "./dates";
import { dbsCheckPhrase, dbsRank, describeDbsLevel } from "./dbs";
import { checkIr35Determination, type Ir35Determination } from "./ir35";
import { rightToWorkCoversWeek, rightToWorkValidOn, type RightToWorkCheck, type RightToWorkCode } from "./right-to-work";
import type {
  ComplianceCheckStatus,
  ComplianceCheckType,
  DbsLevel,
  EngagementType,
  IsoDate,
  Pence,
  RightToWorkRoute,
  RoleCategory,
} from "./types";

/** Role categories that need two passed references (safer recruitment in care). */
export const REFERENCE_CATEGORIES: ReadonlyArray<RoleCategory> = ["SOCIAL_CARE", "ADULT_SOCIAL_WORK", "CHILD_FAMILY_SOCIAL_WORK"];
/** Social-work categories always need professional registration (Children and Social Work Act 2017 s39–s41). */
export const SOCIAL_WORK_CATEGORIES: ReadonlyArray<RoleCategory> = ["ADULT_SOCIAL_WORK", "CHILD_FAMILY_SOCIAL_WORK"];
export const DEFAULT_SOCIAL_WORK_REGULATOR = "Social Work England";
export const REQUIRED_REFERENCES = 2;
/** DfE child and family social work agency rules (statutory guidance, 2024). */
export const DFE_MIN_PQE_YEARS = 3;
export const DFE_COOLING_OFF_MONTHS = 3;

/** A candidate's compliance check as the gate needs it (map ComplianceCheck.expiresOn → expiresAt / renewalDate). */
export interface CandidateCheck {
  type: ComplianceCheckType;
  status: ComplianceCheckStatus;
  /** Right to work: last day of permission. DBS/reference: optional local expiry policy. Registration: see renewalDate. */
  expiresAt?: IsoDate | null;
  /** Professional registration renewal date (falls back to expiresAt). */
  renewalDate?: IsoDate | null;
  dbsLevel?: DbsLevel | null;
  rightToWorkRoute?: RightToWorkRoute | null;
  checkedOn?: IsoDate | null;
  registrationBody?: string | null;
  /** A newer check replaced this one; superseded checks are ignored. */
  superseded?: boolean;
}

export interface RequisitionNeeds {
  roleCategory: RoleCategory;
  dbsLevel: DbsLevel;
  /** e.g. "Social Work England"; null when not required (social-work categories require it regardless). */
  registrationRequired: string | null;
  limitedCompanyAllowed: boolean;
}

export interface RateCapSignOff {
  signedOffBy: string;
  signedOffOn?: IsoDate | null;
}

export interface PlacementGateInput {
  requisition: RequisitionNeeds;
  checks: ReadonlyArray<CandidateCheck>;
  engagementType: EngagementType;
  ir35Determination: Ir35Determination | null;
  startDate: IsoDate;
  /** Hourly pay rate in pence. */
  payRatePence: Pence;
  /** Regional DfE cap for the role (hourly pay, pence); null when no cap applies. */
  rateCapPence: Pence | null;
  rateCapSignOff: RateCapSignOff | null;
  /** When post-qualifying social work experience began (e.g. date qualified / first registered). */
  postQualifyingExperienceStart: IsoDate | null;
  lastPermanentPostEndedOn: IsoDate | null;
  lastPermanentPostRegion: string | null;
  placementRegion: string | null;
}

export type PlacementBlockCode =
  | "RTW_MISSING" | "RTW_NOT_PASSED" | "RTW_ROUTE_UNKNOWN" | "RTW_NO_EXPIRY" | "RTW_EXPIRED" | "RTW_CHECKED_AFTER_DATE"
  | "DBS_MISSING" | "DBS_NOT_PASSED" | "DBS_TOO_LOW" | "DBS_EXPIRED"
  | "REFERENCES_INSUFFICIENT"
  | "REGISTRATION_MISSING" | "REGISTRATION_NOT_PASSED" | "REGISTRATION_NO_RENEWAL_DATE" | "REGISTRATION_EXPIRED"
  | "LIMITED_COMPANY_NOT_ALLOWED" | "IR35_DETERMINATION_MISSING" | "IR35_REASONS_MISSING"
  | "DFE_RATE_CAP_SIGN_OFF_MISSING" | "DFE_PQE_MISSING" | "DFE_PQE_TOO_SHORT"
  | "DFE_PERMANENT_POST_COOLING_OFF" | "DFE_PERMANENT_POST_REGION_UNKNOWN";

export type GateRule =
  | "Right to work"
  | "DBS"
  | "References"
  | "Professional registration"
  | "IR35"
  | "DfE child and family social work";

export interface GateBlock {
  code: PlacementBlockCode;
  rule: GateRule;
  message: string;
}

export interface GatePass {
  rule: GateRule;
  message: string;
}

export interface PlacementGateResult {
  allowed: boolean;
  blocks: GateBlock[];
  /** Rules that were checked and passed, for the confirmation screen. */
  passed: GatePass[];
}

type RuleOutcome = { ok: true; pass: GatePass } | { ok: false; blocks: GateBlock[] };

const pass = (rule: GateRule, message: string): RuleOutcome => ({ ok: true, pass: { rule, message } });
const block = (rule: GateRule, code: PlacementBlockCode, message: string): RuleOutcome => ({ ok: false, blocks: [{ code, rule, message }] });

const CATEGORY_LABEL: Record<RoleCategory, string> = {
  CHILD_FAMILY_SOCIAL_WORK: "child and family social work",
  ADULT_SOCIAL_WORK: "adult social work",
  SOCIAL_CARE: "social care",
  PROFESSIONAL: "professional",
  ADMIN: "administrative",
  OPERATIONAL: "operational",
  MANAGEMENT: "management",
};

/** "£45.50" from 4550 pence. */
function formatPence(pence: Pence): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }).format(pence / 100);
}

/** Current (not superseded) checks of one type. */
function checksOf(checks: ReadonlyArray<CandidateCheck>, type: ComplianceCheckType): CandidateCheck[] {
  return checks.filter((c) => c.type === type && !c.superseded);
}

/** True unless the check has an expiry before `date` (expiry day itself still valid). */
function notExpired(c: CandidateCheck, date: IsoDate): boolean {
  return !c.expiresAt || compareIsoDates(c.expiresAt, date) >= 0;
}

const RTW_BLOCK: Record<Exclude<RightToWorkCode, "VALID">, PlacementBlockCode> = {
  MISSING: "RTW_MISSING", NOT_PASSED: "RTW_NOT_PASSED", ROUTE_UNKNOWN: "RTW_ROUTE_UNKNOWN",
  NO_EXPIRY: "RTW_NO_EXPIRY", EXPIRED: "RTW_EXPIRED", CHECKED_AFTER_DATE: "RTW_CHECKED_AFTER_DATE",
};

/** Maps a gate check to the right-to-work module's shape (a missing route with an expiry is time-limited). */
function toRightToWorkCheck(c: CandidateCheck): RightToWorkCheck {
  return {
    route: c.rightToWorkRoute ?? (c.expiresAt ? "TIME_LIMITED" : null),
    status: c.status,
    expiresAt: c.expiresAt ?? null,
    checkedOn: c.checkedOn ?? null,
  };
}

/** Rule 5: right to work must be valid on the start date (IANA 2006 s15). */
function rightToWorkRule(input: PlacementGateInput): RuleOutcome {
  const start = formatLongDate(input.startDate);
  const rtwChecks = checksOf(input.checks, "RIGHT_TO_WORK");
  const v = rightToWorkValidOn(rtwChecks.map(toRightToWorkCheck), input.startDate);
  if (v.valid) return pass("Right to work", v.reason);
  const anyPending = rtwChecks.some((c) => c.status === "PENDING");
  const messages: Record<Exclude<RightToWorkCode, "VALID">, string> = {
    MISSING: `No right to work check is recorded; one must pass before the start date ${start}`,
    NOT_PASSED: anyPending
      ? `The right to work check is still pending; it must pass before the start date ${start}`
      : `The right to work check failed; a passed check is needed before the start date ${start}`,
    ROUTE_UNKNOWN: `The right to work check does not record the route (British or Irish, settled, pre-settled or time-limited)`,
    NO_EXPIRY: `Right to work is time-limited but no expiry date is recorded, so it cannot be confirmed for the start date ${start}`,
    EXPIRED: `Right to work expired on ${formatLongDate(v.expiresAt ?? input.startDate)}, before the start date ${start}`,
    CHECKED_AFTER_DATE: `The right to work check is dated after the start date ${start}; it must be carried out before work starts`,
  };
  const code = v.code as Exclude<RightToWorkCode, "VALID">;
  return block("Right to work", RTW_BLOCK[code], messages[code]);
}

/** Rule 6: a passed DBS check at the required level or above (Police Act 1997 Part V). */
function dbsRule(input: PlacementGateInput): RuleOutcome {
  const required = input.requisition.dbsLevel;
  if (required === "NONE") return pass("DBS", "The role does not need a DBS check.");
  const needPhrase = `${dbsCheckPhrase(required)} or higher`;
  const dbs = checksOf(input.checks, "DBS");
  if (dbs.length === 0) return block("DBS", "DBS_MISSING", `No DBS check is recorded; the role needs ${needPhrase}`);
  const passed = dbs.filter((c) => c.status === "PASSED");
  const meets = (c: CandidateCheck) => dbsRank(c.dbsLevel ?? "NONE") >= dbsRank(required);
  const current = passed.filter((c) => notExpired(c, input.startDate));
  if (current.some(meets)) {
    const best = current.filter(meets).sort((a, b) => dbsRank(b.dbsLevel ?? "NONE") - dbsRank(a.dbsLevel ?? "NONE"))[0];
    return pass("DBS", `The ${describeDbsLevel(best.dbsLevel ?? "NONE")} DBS check held meets the role's need for ${needPhrase}.`);
  }
  const expired = passed.filter((c) => meets(c) && !notExpired(c, input.startDate));
  if (expired.length > 0) {
    return block("DBS", "DBS_EXPIRED", `The ${describeDbsLevel(expired[0].dbsLevel ?? "NONE")} DBS check expired on ${formatLongDate(expired[0].expiresAt as IsoDate)}, before the start date ${formatLongDate(input.startDate)}`);
  }
  if (current.length > 0) {
    const highest = current.map((c) => c.dbsLevel ?? "NONE").sort((a, b) => dbsRank(b) - dbsRank(a))[0];
    const held = highest === "NONE" ? "of an unrecorded level" : describeDbsLevel(highest);
    return block("DBS", "DBS_TOO_LOW", `The DBS check held is ${held}; the role needs ${needPhrase}`);
  }
  const state = dbs.some((c) => c.status === "PENDING") ? "still pending" : "failed";
  return block("DBS", "DBS_NOT_PASSED", `The DBS check is ${state}; the role needs ${needPhrase} to have passed before the start date ${formatLongDate(input.startDate)}`);
}

/** Two passed references for care and social-work roles (safer recruitment; CQC Reg 19 Sch 3). */
function referencesRule(input: PlacementGateInput): RuleOutcome | null {
  const category = input.requisition.roleCategory;
  if (!REFERENCE_CATEGORIES.includes(category)) return null;
  const refs = checksOf(input.checks, "REFERENCE");
  const passed = refs.filter((c) => c.status === "PASSED" && notExpired(c, input.startDate)).length;
  if (passed >= REQUIRED_REFERENCES) return pass("References", `${passed} references have passed.`);
  const pending = refs.filter((c) => c.status === "PENDING").length;
  const label = CATEGORY_LABEL[category];
  if (refs.length === 0) {
    return block("References", "REFERENCES_INSUFFICIENT", `No references are recorded; ${REQUIRED_REFERENCES} passed references are needed for ${label} roles`);
  }
  const pendingNote = pending > 0 ? ` (${pending} pending)` : "";
  return block("References", "REFERENCES_INSUFFICIENT", `Only ${passed} of the ${REQUIRED_REFERENCES} references needed for ${label} roles ${passed === 1 ? "has" : "have"} passed${pendingNote}`);
}

/** Professional registration present, passed and not past renewal (Children and Social Work Act 2017; HCPC etc.). */
function registrationRule(input: PlacementGateInput): RuleOutcome | null {
  const { roleCategory, registrationRequired } = input.requisition;
  const body = registrationRequired?.trim() || (SOCIAL_WORK_CATEGORIES.includes(roleCategory) ? DEFAULT_SOCIAL_WORK_REGULATOR : null);
  if (body === null) return null;
  const start = formatLongDate(input.startDate);
  const regs = checksOf(input.checks, "PROFESSIONAL_REGISTRATION").filter(
    (c) => !c.registrationBody || c.registrationBody.trim().toLowerCase() === body.toLowerCase(),
  );
  if (regs.length === 0) return block("Professional registration", "REGISTRATION_MISSING", `No ${body} registration is recorded; the role requires it`);
  const passed = regs.filter((c) => c.status === "PASSED");
  if (passed.length === 0) {
    const state = regs.some((c) => c.status === "PENDING") ? "still pending" : "failed";
    return block("Professional registration", "REGISTRATION_NOT_PASSED", `The ${body} registration check is ${state}; it must pass before the start date ${start}`);
  }
  const renewal = (c: CandidateCheck) => c.renewalDate ?? c.expiresAt ?? null;
  const dated = passed.filter((c) => renewal(c) !== null).sort((a, b) => compareIsoDates(renewal(b) as IsoDate, renewal(a) as IsoDate));
  if (dated.length === 0) {
    return block("Professional registration", "REGISTRATION_NO_RENEWAL_DATE", `The ${body} registration has no renewal date recorded, so it cannot be confirmed as current on the start date ${start}`);
  }
  const latest = renewal(dated[0]) as IsoDate;
  if (compareIsoDates(latest, input.startDate) < 0) {
    return block("Professional registration", "REGISTRATION_EXPIRED", `The ${body} registration was due for renewal on ${formatLongDate(latest)}, before the start date ${start}`);
  }
  return pass("Professional registration", `${body} registration is current until ${formatLongDate(latest)}.`);
}

/** Rule 3: limited-company engagements need permission on the requisition and an SDS with reasons (ITEPA s61NA). */
function ir35Rule(input: PlacementGateInput): RuleOutcome | null {
  if (input.engagementType !== "LIMITED_COMPANY") return null;
  const blocks: GateBlock[] = [];
  if (!input.requisition.limitedCompanyAllowed) {
    blocks.push({ code: "LIMITED_COMPANY_NOT_ALLOWED", rule: "IR35", message: "This requisition does not allow limited-company engagements" });
  }
  const sds = checkIr35Determination(input.engagementType, input.ir35Determination);
  if (!sds.ok) {
    blocks.push(input.ir35Determination === null
      ? { code: "IR35_DETERMINATION_MISSING", rule: "IR35", message: "A limited-company engagement needs an IR35 status determination statement; none is recorded" }
      : { code: "IR35_REASONS_MISSING", rule: "IR35", message: "The IR35 status determination statement gives no reasons; it must state the reasons for its conclusion" });
  }
  return blocks.length > 0 ? { ok: false, blocks } : pass("IR35", sds.reasons[0]);
}

/** Rule 7: DfE child and family social work agency rules (rate cap sign-off, 3 years PQE, 3-month cooling-off). */
function dfeRules(input: PlacementGateInput): RuleOutcome[] {
  if (input.requisition.roleCategory !== "CHILD_FAMILY_SOCIAL_WORK") return [];
  const rule: GateRule = "DfE child and family social work";
  const start = formatLongDate(input.startDate);
  const out: RuleOutcome[] = [];

  // Pay above the regional cap needs a recorded senior sign-off; pay equal to the cap is within it.
  if (input.rateCapPence !== null && input.payRatePence > input.rateCapPence) {
    const signed = input.rateCapSignOff && input.rateCapSignOff.signedOffBy.trim().length > 0;
    out.push(signed
      ? pass(rule, `Pay rate ${formatPence(input.payRatePence)} an hour is above the regional cap of ${formatPence(input.rateCapPence)}, with senior sign-off by ${input.rateCapSignOff?.signedOffBy.trim()}.`)
      : block(rule, "DFE_RATE_CAP_SIGN_OFF_MISSING", `Pay rate ${formatPence(input.payRatePence)} an hour is above the regional cap of ${formatPence(input.rateCapPence)} and no senior sign-off is recorded`));
  } else {
    out.push(pass(rule, input.rateCapPence === null ? "No regional pay cap is recorded for this role." : `Pay rate ${formatPence(input.payRatePence)} an hour is within the regional cap of ${formatPence(input.rateCapPence)}.`));
  }

  // At least 3 years' post-qualifying experience on the start date.
  if (input.postQualifyingExperienceStart === null) {
    out.push(block(rule, "DFE_PQE_MISSING", `No post-qualifying experience start date is recorded; at least ${DFE_MIN_PQE_YEARS} years' post-qualifying experience is needed by the start date ${start}`));
  } else {
    assertIsoDate(input.postQualifyingExperienceStart, "postQualifyingExperienceStart");
    const reached = addYears(input.postQualifyingExperienceStart, DFE_MIN_PQE_YEARS);
    out.push(compareIsoDates(input.startDate, reached) >= 0
      ? pass(rule, `Post-qualifying experience since ${formatLongDate(input.postQualifyingExperienceStart)}: ${DFE_MIN_PQE_YEARS} years reached on ${formatLongDate(reached)}.`)
      : block(rule, "DFE_PQE_TOO_SHORT", `Post-qualifying experience began on ${formatLongDate(input.postQualifyingExperienceStart)}, so ${DFE_MIN_PQE_YEARS} years are reached on ${formatLongDate(reached)}, after the start date ${start}`));
  }

  // No placement within 3 months of leaving a permanent post in the same region; the day 3 months on is allowed.
  if (input.lastPermanentPostEndedOn !== null) {
    assertIsoDate(input.lastPermanentPostEndedOn, "lastPermanentPostEndedOn");
    const left = formatLongDate(input.lastPermanentPostEndedOn);
    const clear = addMonths(input.lastPermanentPostEndedOn, DFE_COOLING_OFF_MONTHS);
    if (compareIsoDates(input.startDate, clear) < 0) {
      const from = input.lastPermanentPostRegion?.trim() ?? "";
      const to = input.placementRegion?.trim() ?? "";
      if (!from || !to) {
        out.push(block(rule, "DFE_PERMANENT_POST_REGION_UNKNOWN", `Left a permanent post on ${left}, less than ${DFE_COOLING_OFF_MONTHS} months before the start date ${start}, but the ${!from ? "region of that post" : "placement region"} is not recorded, so the same-region rule cannot be checked`));
      } else if (from.toLowerCase() === to.toLowerCase()) {
        out.push(block(rule, "DFE_PERMANENT_POST_COOLING_OFF", `Left a permanent post in the same region (${from}) on ${left}; an agency placement in ${to} cannot start until ${formatLongDate(clear)}, ${DFE_COOLING_OFF_MONTHS} months later`));
      } else {
        out.push(pass(rule, `Left a permanent post on ${left} in a different region (${from}).`));
      }
    } else {
      out.push(pass(rule, `Left a permanent post on ${left}, at least ${DFE_COOLING_OFF_MONTHS} months before the start date.`));
    }
  }
  return out;
}

/** Decides whether a placement may be confirmed; lists every failing rule with an exact message. */
export function placementGate(input: PlacementGateInput): PlacementGateResult {
  assertIsoDate(input.startDate, "startDate");
  if (!Number.isInteger(input.payRatePence) || input.payRatePence < 0) throw new RangeError("payRatePence must be a non-negative whole number of pence");
  const outcomes: RuleOutcome[] = [
    rightToWorkRule(input),
    dbsRule(input),
    referencesRule(input),
    registrationRule(input),
    ir35Rule(input),
    ...dfeRules(input),
  ].filter((o): o is RuleOutcome => o !== null);
  const blocks = outcomes.flatMap((o) => (o.ok ? [] : o.blocks));
  const passed = outcomes.flatMap((o) => (o.ok ? [o.pass] : []));
  return { allowed: blocks.length === 0, blocks, passed };
}

export interface TimesheetGateResult {
  allowed: boolean;
  uncoveredDates: IsoDate[];
  reasons: string[];
}

/**
 * Rule 5: a timesheet week may be approved only if right to work was valid on every day worked (IANA 2006 s15).
 * Superseded checks count here: a renewal replaces a check from its own date on, it does not take away the cover
 * the earlier check gave for days already worked (a week approved after the renewal would otherwise be refused).
 */
export function timesheetGate(checks: ReadonlyArray<CandidateCheck>, weekStart: IsoDate, datesWorked: ReadonlyArray<IsoDate>): TimesheetGateResult {
  const rtw = checks.filter((c) => c.type === "RIGHT_TO_WORK").map(toRightToWorkCheck);
  const coverage = rightToWorkCoversWeek(rtw, weekStart, datesWorked);
  return { allowed: coverage.covered, uncoveredDates: coverage.uncoveredDates, reasons: coverage.reasons };
}
