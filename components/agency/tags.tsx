import { Tag, type TagColour } from "@/components/ui";
import type { ApplicationStage, PlacementStatus } from "@/lib/enums";
import { STAGE_LABEL } from "@/lib/requisitions/labels";
import { FLAG_LABEL, type RequisitionFlag } from "@/lib/requisitions/agency-flags";

const STAGE_COLOUR: Record<ApplicationStage, TagColour> = {
  APPLIED: "grey", SCREENED: "light-blue", SHORTLISTED: "blue", INTERVIEW: "purple", OFFERED: "turquoise", PLACED: "green", REJECTED: "red", WITHDRAWN: "orange",
};

export function StageTag({ stage }: { stage: ApplicationStage }) {
  return <Tag colour={STAGE_COLOUR[stage]}>{STAGE_LABEL[stage]}</Tag>;
}

export const PLACEMENT_STATUS_TEXT: Record<PlacementStatus, string> = {
  PENDING_START: "Starting", ACTIVE: "Active", ENDED: "Ended", CONVERTED: "Converted",
};
const PLACEMENT_COLOUR: Record<PlacementStatus, TagColour> = { PENDING_START: "blue", ACTIVE: "green", ENDED: "grey", CONVERTED: "purple" };

export function PlacementTag({ status }: { status: PlacementStatus }) {
  return <Tag colour={PLACEMENT_COLOUR[status]}>{PLACEMENT_STATUS_TEXT[status]}</Tag>;
}

export function FlagTags({ flags }: { flags: RequisitionFlag[] }) {
  if (!flags.length) return null;
  return (
    <span className="flex flex-col items-start gap-1">
      {flags.map((f) => (
        <Tag key={f} colour={f === "STARTING_UNFILLED" ? "red" : "orange"}>
          {FLAG_LABEL[f]}
        </Tag>
      ))}
    </span>
  );
}

export function YesNoTag({ yes, yesText, noText }: { yes: boolean; yesText: string; noText: string }) {
  return <Tag colour={yes ? "green" : "red"}>{yes ? yesText : noText}</Tag>;
}
