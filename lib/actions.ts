import "server-only";
import { AuthError, DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import type { FormState } from "@/lib/forms";

/**
 * Turn what a domain function throws into the FormState a form shows (never a raw error at a form):
 * refusals and rule failures become a message in the error summary; anything else is a bug and is
 * rethrown for Next's error page. Use inside server actions:
 *
 *   const result = await toFormState(() => approveRequisition(viewer, parsed.data), values);
 *   if (!result.ok) return result;
 */
export async function toFormState<T>(
  fn: () => Promise<T>,
  values?: Record<string, string>,
): Promise<({ ok: true; data: T }) | (FormState & { ok: false })> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, fieldErrors: e.fieldErrors, formError: e.fieldErrors ? undefined : e.message, values };
    if (e instanceof ForbiddenError || e instanceof NotFoundError || e instanceof AuthError) {
      return { ok: false, formError: e.message, values };
    }
    throw e;
  }
}
