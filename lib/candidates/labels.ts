import type {
  Availability,
  ComplianceCheckStatus,
  ComplianceCheckType,
  DocumentKind,
  PlacementStatus,
  PriorityGroup,
  RightToWorkRoute,
  TimesheetStatus,
} from "@/lib/generated/prisma/enums";

/** Plain-English labels for what candidates see (safe to import in client components). */

export const RIGHT_TO_WORK_ROUTES = ["BRITISH_OR_IRISH", "SETTLED", "PRE_SETTLED", "TIME_LIMITED"] as const satisfies readonly RightToWorkRoute[];
export const AVAILABILITIES = ["IMMEDIATE", "ONE_WEEK", "TWO_WEEKS", "ONE_MONTH", "NOT_AVAILABLE"] as const satisfies readonly Availability[];
export const PRIORITY_GROUPS = ["CARE_LEAVER", "LONG_TERM_UNEMPLOYED", "NEET_16_24", "VETERAN", "DISABLED"] as const satisfies readonly PriorityGroup[];

export const RIGHT_TO_WORK_LABEL: Record<RightToWorkRoute, string> = {
  BRITISH_OR_IRISH: "British or Irish citizen",
  SETTLED: "Settled status or indefinite leave to remain",
  PRE_SETTLED: "Pre-settled status",
  TIME_LIMITED: "A visa or permission with an end date",
};

export const RIGHT_TO_WORK_HINT: Record<RightToWorkRoute, string> = {
  BRITISH_OR_IRISH: "You have a British or Irish passport, or a UK birth certificate.",
  SETTLED: "From the EU Settlement Scheme, or indefinite leave to remain.",
  PRE_SETTLED: "From the EU Settlement Scheme.",
  TIME_LIMITED: "For example a Skilled Worker, student or family visa. We will ask when it ends.",
};

export const AVAILABILITY_LABEL: Record<Availability, string> = {
  IMMEDIATE: "Straight away",
  ONE_WEEK: "In 1 week",
  TWO_WEEKS: "In 2 weeks",
  ONE_MONTH: "In a month",
  NOT_AVAILABLE: "I am not looking for work at the moment",
};

export const PRIORITY_GROUP_LABEL: Record<PriorityGroup, string> = {
  CARE_LEAVER: "I have left care (care leaver)",
  LONG_TERM_UNEMPLOYED: "I have been out of work for 12 months or more",
  NEET_16_24: "I am aged 16 to 24 and not in work, education or training",
  VETERAN: "I have served in the armed forces (veteran)",
  DISABLED: "I am disabled or have a long-term health condition",
};

export const DOCUMENT_KIND_LABEL: Record<DocumentKind, string> = {
  RIGHT_TO_WORK: "Right to work (passport, share code evidence or visa)",
  DBS_CERTIFICATE: "DBS certificate",
  QUALIFICATION: "Qualification certificate",
  REGISTRATION: "Professional registration",
  REFERENCE: "Reference",
  OTHER: "Something else",
};

/** The kinds a candidate may upload (references come from referees, not the candidate). */
export const UPLOADABLE_KINDS = ["RIGHT_TO_WORK", "DBS_CERTIFICATE", "QUALIFICATION", "REGISTRATION", "OTHER"] as const satisfies readonly DocumentKind[];

export const CHECK_TYPE_LABEL: Record<ComplianceCheckType, string> = {
  RIGHT_TO_WORK: "Right to work",
  DBS: "DBS check",
  REFERENCE: "Reference",
  QUALIFICATION: "Qualification",
  PROFESSIONAL_REGISTRATION: "Professional registration",
};

export const CHECK_STATUS_LABEL: Record<ComplianceCheckStatus, string> = {
  PENDING: "Being checked",
  PASSED: "Done",
  FAILED: "Not accepted",
};

export const PLACEMENT_STATUS_LABEL: Record<PlacementStatus, string> = {
  PENDING_START: "Starting soon",
  ACTIVE: "Working now",
  ENDED: "Ended",
  CONVERTED: "Moved to a permanent job",
};

export const TIMESHEET_STATUS_LABEL: Record<TimesheetStatus, string> = {
  SUBMITTED: "Sent for approval",
  APPROVED: "Approved",
  QUERIED: "Queried: needs your answer",
};
