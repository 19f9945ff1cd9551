"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { readDateInput, readDateInputParts } from "@/components/ui/field";
import { getViewer } from "@/lib/auth/session";
import { toFormState } from "@/lib/actions";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { changeRequestSchema, requestPlacementChange } from "@/lib/placements/request-change";
import { conversionSchema, proposeConversion } from "@/lib/placements/propose-conversion";

function dateField(fd: FormData, name: string): string {
  const iso = readDateInput(fd, name);
  if (iso) return iso;
  const p = readDateInputParts(fd, name);
  return p.day || p.month || p.year ? "invalid" : "";
}

/** Request an extension or an early end (a change request; Connect2 actions it). */
export async function requestChangeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = changeRequestSchema.safeParse({ ...formDataToObject(fd), newEndDate: dateField(fd, "newEndDate") });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => requestPlacementChange(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/placements/${parsed.data.placementId}?done=${parsed.data.type === "EXTENSION" ? "extension" : "early-end"}`);
}

/** Propose converting a placement to a permanent post. */
export async function proposeConversionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = conversionSchema.safeParse({ ...formDataToObject(fd), startDate: dateField(fd, "startDate") });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => proposeConversion(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/placements/${parsed.data.placementId}?done=conversion`);
}
