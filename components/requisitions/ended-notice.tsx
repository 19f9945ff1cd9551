import { InsetText } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import type { RequisitionStatus } from "@/lib/enums";

type HistoryEntry = { toStatus: RequisitionStatus; changedByName: string | null; changedAt: Date; note: string | null };

/** On a cancelled or closed requisition's page (both portals): who ended it, when, and why. Nothing otherwise. */
export function RequisitionEndedNotice({ status, history }: { status: RequisitionStatus; history: HistoryEntry[] }) {
  const ended = status === "CANCELLED" || status === "CLOSED" ? history.findLast((h) => h.toStatus === status) : undefined;
  if (!ended) return null;
  return (
    <InsetText>
      <p className="mb-2 font-bold">
        {REQUISITION_STATUS_LABEL[status]} by {ended.changedByName} on {formatDate(ended.changedAt)}
      </p>
      <p className="whitespace-pre-line">Reason: {ended.note?.replace(/^(Cancelled|Closed): /, "") ?? "Not given"}</p>
    </InsetText>
  );
}
