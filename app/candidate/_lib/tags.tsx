import { Tag, type TagColour } from "@/components/ui";
import { PLACEMENT_STATUS_LABEL, TIMESHEET_STATUS_LABEL } from "@/lib/candidates/labels";
import type { PlacementStatus, TimesheetStatus } from "@/lib/enums";

const PLACEMENT_COLOUR: Record<PlacementStatus, TagColour> = { PENDING_START: "blue", ACTIVE: "green", ENDED: "grey", CONVERTED: "purple" };
const TIMESHEET_COLOUR: Record<TimesheetStatus, TagColour> = { SUBMITTED: "blue", APPROVED: "green", QUERIED: "orange" };

export function PlacementTag({ status }: { status: PlacementStatus }) {
  return <Tag colour={PLACEMENT_COLOUR[status]}>{PLACEMENT_STATUS_LABEL[status]}</Tag>;
}

export function TimesheetTag({ status }: { status: TimesheetStatus | null }) {
  return status ? <Tag colour={TIMESHEET_COLOUR[status]}>{TIMESHEET_STATUS_LABEL[status]}</Tag> : <Tag colour="grey">Not sent</Tag>;
}
