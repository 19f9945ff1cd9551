"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/session";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { requestErasure } from "@/lib/privacy/request-erasure";
import { erasureRequestSchema } from "@/lib/privacy/schemas";

export async function requestErasureAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = erasureRequestSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => requestErasure(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/candidate/my-data");
  redirect("/candidate/my-data?requested=1");
}
