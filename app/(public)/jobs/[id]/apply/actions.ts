"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions";
import { applyForVacancy, applySchema } from "@/lib/applications/apply";
import { getViewer } from "@/lib/auth/session";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";

export async function applyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = applySchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => applyForVacancy(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/candidate", "layout");
  redirect(`/candidate/applications/${result.data.id}?applied=1`);
}
