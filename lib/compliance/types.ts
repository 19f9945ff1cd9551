// Shared domain types for the pure compliance rules. These string-literal unions mirror the Prisma enums
// exactly; keep them in step with prisma/schema.prisma.

/** A calendar date as an ISO string `YYYY-MM-DD` (no time, no zone). All arithmetic on it is done in UTC. */
export type IsoDate = string;

/** Money as integer pence. */
export type Pence = number;

/** DBS levels, ordered low → high. */
export const DBS_LEVELS = ["NONE", "BASIC", "STANDARD", "ENHANCED", "ENHANCED_BARRED"] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number];

export const ROLE_CATEGORIES = [
  "CHILD_FAMILY_SOCIAL_WORK",
  "ADULT_SOCIAL_WORK",
  "SOCIAL_CARE",
  "PROFESSIONAL",
  "ADMIN",
  "OPERATIONAL",
  "MANAGEMENT",
] as const;
export type RoleCategory = (typeof ROLE_CATEGORIES)[number];

export const ABSENCE_TYPES = ["SICKNESS", "JURY_SERVICE", "PREGNANCY_MATERNITY", "ANNUAL_LEAVE", "OTHER"] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];

export const ENGAGEMENT_TYPES = ["PAYE", "UMBRELLA", "LIMITED_COMPANY"] as const;
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number];

export const RIGHT_TO_WORK_ROUTES = ["BRITISH_OR_IRISH", "SETTLED", "PRE_SETTLED", "TIME_LIMITED"] as const;
export type RightToWorkRoute = (typeof RIGHT_TO_WORK_ROUTES)[number];

export const IR35_STATUSES = ["INSIDE", "OUTSIDE"] as const;
export type Ir35Status = (typeof IR35_STATUSES)[number];

export const COMPLIANCE_CHECK_TYPES = [
  "RIGHT_TO_WORK",
  "DBS",
  "REFERENCE",
  "QUALIFICATION",
  "PROFESSIONAL_REGISTRATION",
] as const;
export type ComplianceCheckType = (typeof COMPLIANCE_CHECK_TYPES)[number];

export const COMPLIANCE_CHECK_STATUSES = ["PENDING", "PASSED", "FAILED"] as const;
export type ComplianceCheckStatus = (typeof COMPLIANCE_CHECK_STATUSES)[number];
