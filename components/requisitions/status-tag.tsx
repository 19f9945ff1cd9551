import { Tag, type TagColour } from "@/components/ui";
import type { ApplicationStage, RequisitionStatus } from "@/lib/enums";
import { REQUISITION_STATUS_LABEL, STAGE_LABEL } from "@/lib/requisitions/labels";

const STATUS_COLOUR: Record<RequisitionStatus, TagColour> = {
  DRAFT: "grey",
  SUBMITTED: "blue",
  DECLINED: "red",
  APPROVED: "turquoise",
  OPEN: "green",
  FILLED: "purple",
  CANCELLED: "orange",
  CLOSED: "grey",
};

export function RequisitionStatusTag({ status }: { status: RequisitionStatus }) {
  return <Tag colour={STATUS_COLOUR[status]}>{REQUISITION_STATUS_LABEL[status]}</Tag>;
}

const STAGE_COLOUR: Record<ApplicationStage, TagColour> = {
  APPLIED: "blue",
  SCREENED: "light-blue",
  SHORTLISTED: "turquoise",
  INTERVIEW: "purple",
  OFFERED: "pink",
  PLACED: "green",
  REJECTED: "red",
  WITHDRAWN: "grey",
};

export function StageTag({ stage }: { stage: ApplicationStage }) {
  return <Tag colour={STAGE_COLOUR[stage]}>{STAGE_LABEL[stage]}</Tag>;
}
