import "server-only";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { zodFieldErrors } from "@/lib/forms";
import type { RequisitionStatus } from "@/lib/generated/prisma/enums";
import { endRequisition, endRequisitionSchema, type EndRequisitionInput } from "./end-requisition";

export const cancelSchema = endRequisitionSchema("cancel");
export type CancelInput = EndRequisitionInput;

/** States a requisition can be cancelled from (FILLED, CLOSED, DECLINED and CANCELLED cannot). */
export const CANCELLABLE_STATUSES = ["DRAFT", "SUBMITTED", "APPROVED", "OPEN"] as const satisfies readonly RequisitionStatus[];

/**
 * Cancel a requisition that is no longer needed: DRAFT, SUBMITTED, APPROVED or OPEN → CANCELLED, with a reason
 * (required, up to 500 characters), while nobody is placed on it (no placement PENDING_START or ACTIVE).
 * `by` is the portal asking: "manager" = a hiring manager, only in their own services; "team" = the Connect2 team
 * (AGENCY/ADMIN), anywhere in their council. Open applications close as unsuccessful and the candidates are told;
 * the team's cancels tell the service's managers, a manager's tells the team (lib/requisitions/end-requisition.ts).
 */
export async function cancelRequisition(viewer: Viewer | null, input: CancelInput, by: "manager" | "team") {
  const v = authorize(viewer, by === "manager" ? "requisition.cancel.service" : "requisition.cancel.council");
  const parsed = cancelSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("Check the reason and the confirmation", zodFieldErrors(parsed.error));
  return endRequisition(v, parsed.data, { to: "CANCELLED", from: CANCELLABLE_STATUSES, byManager: by === "manager" });
}
