"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readDateInput, readDateInputParts } from "@/components/ui";
import { toFormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/session";
import { profileSchema } from "@/lib/candidates/schemas";
import { updateMyProfile } from "@/lib/candidates/update-profile";
import { todayUtc } from "@/lib/dates";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";

export async function saveProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parts = readDateInputParts(formData, "rightToWorkExpiry");
  const anyPart = Boolean(parts.day || parts.month || parts.year);
  const expiry = readDateInput(formData, "rightToWorkExpiry") ?? (anyPart ? "invalid" : "");
  const values = {
    ...formValues(formData),
    priorityGroups: formData.getAll("priorityGroups").filter((x): x is string => typeof x === "string").join(","),
    // remembered so the form shows that the groups were part of the post, even when none are ticked
    priorityGroupsPosted: "yes",
  };
  const parsed = profileSchema(todayUtc().toISOString().slice(0, 10)).safeParse({ ...formDataToObject(formData), rightToWorkExpiry: expiry });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => updateMyProfile(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/candidate", "layout");
  redirect("/candidate/profile?saved=1");
}
