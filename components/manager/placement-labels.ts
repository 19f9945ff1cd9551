import type { ChangeRequestStatus, ChangeRequestType, ConversionStatus, PlacementStatus, TimesheetStatus } from "@/lib/enums";
import type { TagColour } from "@/components/ui";

export const PLACEMENT_STATUS: Record<PlacementStatus, [string, TagColour]> = {
  PENDING_START: ["Upcoming", "blue"],
  ACTIVE: ["Active", "green"],
  ENDED: ["Ended", "grey"],
  CONVERTED: ["Converted", "purple"],
};

export const CHANGE_TYPE: Record<ChangeRequestType, string> = { EXTENSION: "Extension", EARLY_END: "Early end" };
export const CHANGE_STATUS: Record<ChangeRequestStatus, [string, TagColour]> = {
  REQUESTED: ["Waiting for Connect2", "yellow"],
  ACTIONED: ["Done", "green"],
  DECLINED: ["Declined", "red"],
};
export const CONVERSION_STATUS: Record<ConversionStatus, string> = { PROPOSED: "Proposed", COMPLETED: "Completed", WITHDRAWN: "Withdrawn" };
export const TIMESHEET_STATUS: Record<TimesheetStatus, [string, TagColour]> = {
  SUBMITTED: ["Waiting for approval", "blue"],
  APPROVED: ["Approved", "green"],
  QUERIED: ["Queried", "orange"],
};
