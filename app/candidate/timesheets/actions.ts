"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/session";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { respondToQuery } from "@/lib/timesheets/respond-to-query";
import { respondToQuerySchema, submitTimesheetSchema } from "@/lib/timesheets/schemas";
import { submitTimesheet } from "@/lib/timesheets/submit-timesheet";

export async function submitTimesheetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = submitTimesheetSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => submitTimesheet(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/candidate", "layout");
  redirect(`/candidate/timesheets/${result.data.id}?sent=1`);
}

export async function respondToQueryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = respondToQuerySchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => respondToQuery(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/candidate", "layout");
  redirect(`/candidate/timesheets/${parsed.data.timesheetId}?resent=1`);
}
