"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { readDateInput, readDateInputParts } from "@/components/ui/field";
import { getViewer } from "@/lib/auth/session";
import { authorize } from "@/lib/auth/viewer";
import { toFormState } from "@/lib/actions";
import { formatMoney } from "@/lib/format";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { judgeRequisition, saveRequisition } from "@/lib/requisitions/save-requisition";
import { submitRequisition } from "@/lib/requisitions/submit-requisition";
import { decideRequisition } from "@/lib/requisitions/decide-requisition";
import { decisionSchema, requisitionSchema } from "@/lib/requisitions/schemas";
import { decideOnCandidate, managerDecisionSchema } from "@/lib/applications/manager-decision";
import { cancelRequisition, cancelSchema } from "@/lib/requisitions/cancel-requisition";

/** A DateInput's three boxes as "YYYY-MM-DD", "" when all are empty, "invalid" when the date is not real. */
function dateField(fd: FormData, name: string): string {
  const iso = readDateInput(fd, name);
  if (iso) return iso;
  const p = readDateInputParts(fd, name);
  return p.day || p.month || p.year ? "invalid" : "";
}

/** Raise / amend a requisition: save as draft, submit for approval, or just work out the estimated cost. */
export async function saveRequisitionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const intent = String(fd.get("intent") ?? "draft");
  const id = typeof values.id === "string" && values.id ? values.id : undefined;
  const raw = { ...formDataToObject(fd), startDate: dateField(fd, "startDate"), expectedEndDate: dateField(fd, "expectedEndDate") };
  const parsed = requisitionSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  }
  const viewer = await getViewer();
  if (intent === "estimate") {
    const judged = await toFormState(() => judgeRequisition(authorize(viewer, "requisition.create"), parsed.data), values);
    if (!judged.ok) return judged;
    return {
      ok: false,
      values,
      message: `Estimated cost: ${formatMoney(judged.data.estimatedCostPence)} (${judged.data.weeks} weeks at a charge rate of ${formatMoney(judged.data.chargeRatePence)} an hour).`,
    };
  }
  const result = await toFormState(() => saveRequisition(viewer, parsed.data, { id, submit: intent === "submit" }), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/requisitions/${result.data.id}?done=${intent === "submit" ? "submitted" : "saved"}`);
}

/** Submit a saved draft from its page. */
export async function submitDraftAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = String(fd.get("id") ?? "");
  const result = await toFormState(async () => submitRequisition(await getViewer(), id));
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/requisitions/${id}?done=submitted`);
}

/** Approve or decline (budget holder, or second approver above the threshold). */
export async function decideRequisitionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = decisionSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => decideRequisition(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  const done = parsed.data.decision === "DECLINED" ? "declined" : result.data.status === "APPROVED" ? "approved" : "first-approved";
  redirect(`/manager/approvals?done=${done}&ref=${encodeURIComponent(result.data.reference)}`);
}

/** Invite to interview, accept (offer request) or reject a shortlisted candidate. */
export async function decideCandidateAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = managerDecisionSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => decideOnCandidate(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/requisitions/${result.data.requisitionId}/shortlist?done=${parsed.data.decision.toLowerCase()}`);
}

/** Cancel a requisition of the manager's services that is no longer needed (reason and confirmation). */
export async function cancelRequisitionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = cancelSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => cancelRequisition(await getViewer(), parsed.data, "manager"), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  revalidatePath("/agency", "layout");
  revalidatePath("/jobs");
  redirect(`/manager/requisitions/${result.data.id}?done=cancelled`);
}
