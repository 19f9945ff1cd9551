"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { toFormState } from "@/lib/actions";
import { formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { actionErasure, actionErasureSchema } from "@/lib/privacy/action-erasure";

export async function actionErasureAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = actionErasureSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const viewer = await getViewer();
  const result = await toFormState(() => actionErasure(viewer, parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/agency/erasure");
  redirect(`/agency/erasure?done=${result.data === "COMPLETE" ? "deleted" : "refused"}`);
}
