"use server";
import { redirect } from "next/navigation";
import { HOME_FOR_ROLE } from "@/lib/auth/permissions";
import { endSession, startSession } from "@/lib/auth/session";
import { requestSignInLink, safeCallbackPath, signInLinkSchema, signInSchema, signInWithPassword } from "@/lib/auth/sign-in";
import type { Role } from "@/lib/enums";
import { formDataToObject, zodFieldErrors, type FormState } from "@/lib/forms";
import { baseUrl, clientIp } from "@/lib/http/request";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
  const result = await signInWithPassword(parsed.data, await clientIp());
  if (!result.ok) return { ok: false, formError: result.formError, values };
  await startSession(result.user);
  const callback = safeCallbackPath(String(formData.get("callbackUrl") ?? ""));
  redirect(callback !== "/" ? callback : HOME_FOR_ROLE[result.user.role as Role]);
}

export async function signInLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { linkEmail: String(formData.get("linkEmail") ?? "") };
  const parsed = signInLinkSchema.safeParse({ email: values.linkEmail });
  if (!parsed.success) return { ok: false, fieldErrors: { linkEmail: zodFieldErrors(parsed.error).email }, values };
  await requestSignInLink(parsed.data.email, await baseUrl(), String(formData.get("callbackUrl") ?? "/candidate"), await clientIp());
  redirect("/sign-in/check-email");
}

export async function signOutAction() {
  await endSession();
  redirect("/sign-in?signedOut=1");
}
