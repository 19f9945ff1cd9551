import "server-only";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { zodFieldErrors } from "@/lib/forms";
import { endRequisition, endRequisitionSchema, type EndRequisitionInput } from "./end-requisition";

export const closeSchema = endRequisitionSchema("close");
export type CloseInput = EndRequisitionInput;

/**
 * The Connect2 team closes an OPEN requisition that is partly filled or will not be filled further: OPEN → CLOSED
 * with a reason (required, up to 500 characters). Placements already made carry on; the advert leaves the job
 * board; open applications close as unsuccessful and the candidates are told; the service's managers hear it.
 * Hiring managers do not close (see lib/auth/permissions.ts): they cancel, or ask the team.
 */
export async function closeRequisition(viewer: Viewer | null, input: CloseInput) {
  const v = authorize(viewer, "requisition.close");
  const parsed = closeSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("Check the reason and the confirmation", zodFieldErrors(parsed.error));
  return endRequisition(v, parsed.data, { to: "CLOSED", from: ["OPEN"], byManager: false });
}
