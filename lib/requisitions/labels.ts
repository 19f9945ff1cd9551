import type {
  ApplicationStage,
  Availability,
  EngagementType,
  DbsLevel,
  RequisitionReason,
  RequisitionStatus,
  RoleCategory,
} from "@/lib/generated/prisma/enums";

export const REQUISITION_STATUS_LABEL: Record<RequisitionStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Awaiting approval",
  DECLINED: "Declined",
  APPROVED: "Approved",
  OPEN: "Open",
  FILLED: "Filled",
  CANCELLED: "Cancelled",
  CLOSED: "Closed",
};

export const ROLE_CATEGORY_LABEL: Record<RoleCategory, string> = {
  CHILD_FAMILY_SOCIAL_WORK: "Child and family social work",
  ADULT_SOCIAL_WORK: "Adult social work",
  SOCIAL_CARE: "Social care",
  PROFESSIONAL: "Professional and technical",
  ADMIN: "Administration and customer services",
  OPERATIONAL: "Operational",
  MANAGEMENT: "Management",
};

export const REASON_LABEL: Record<RequisitionReason, string> = {
  VACANCY_COVER: "Vacancy cover",
  SICKNESS_MATERNITY_COVER: "Sickness or maternity cover",
  PROJECT: "Project",
  PEAK_DEMAND: "Peak demand",
  CAMPAIGN: "Campaign",
};

export const DBS_LABEL: Record<DbsLevel, string> = {
  NONE: "No DBS check needed",
  BASIC: "Basic DBS check",
  STANDARD: "Standard DBS check",
  ENHANCED: "Enhanced DBS check",
  ENHANCED_BARRED: "Enhanced DBS check with barred list",
};

export const STAGE_LABEL: Record<ApplicationStage, string> = {
  APPLIED: "Applied",
  SCREENED: "Screened",
  SHORTLISTED: "Shortlisted",
  INTERVIEW: "Interview",
  OFFERED: "Offered",
  PLACED: "Placed",
  REJECTED: "Unsuccessful",
  WITHDRAWN: "Withdrawn",
};

export const AVAILABILITY_LABEL: Record<Availability, string> = {
  IMMEDIATE: "Available now",
  ONE_WEEK: "Available in 1 week",
  TWO_WEEKS: "Available in 2 weeks",
  ONE_MONTH: "Available in 1 month",
  NOT_AVAILABLE: "Not available",
};

export const ENGAGEMENT_LABEL: Record<EngagementType, string> = {
  PAYE: "PAYE",
  UMBRELLA: "umbrella company",
  LIMITED_COMPANY: "limited company",
};
