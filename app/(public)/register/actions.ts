"use server";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/auth/errors";
import { safeCallbackPath } from "@/lib/auth/sign-in";
import { startSession } from "@/lib/auth/session";
import { registerCandidate } from "@/lib/candidates/register-candidate";
import { registerCandidateSchema } from "@/lib/candidates/schemas";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { requestHost } from "@/lib/http/request";

export async function registerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { password: _p, confirmPassword: _c, ...values } = formValues(formData);
  const parsed = registerCandidateSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  }
  const council = await resolvePublicCouncil(await requestHost());
  if (!council) return { ok: false, formError: "Registration is not open on this site.", values };
  try {
    const { user } = await registerCandidate(council.id, parsed.data);
    await startSession({ id: user.id, email: user.email, name: user.name, role: user.role, councilId: user.councilId });
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, fieldErrors: e.fieldErrors, formError: e.fieldErrors ? undefined : e.message, values };
    throw e;
  }
  const callback = safeCallbackPath(String(formData.get("callbackUrl") ?? ""));
  redirect(callback !== "/" ? callback : "/candidate?welcome=1");
}
