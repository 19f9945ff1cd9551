import type { z } from "zod";

/**
 * The state returned by a form's server action (use with `useActionState`, or
 * re-render from a plain `<form action>` post). `values` echoes what the user
 * typed so fields can be re-populated after a validation error.
 */
export type FormState = {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  message?: string;
};

export const initialFormState: FormState = { ok: false };

/**
 * Zod v4 error → `{ field: "first message" }`, keyed by the top-level path
 * segment (`["address", "postcode"]` → "address"). Issues with an empty path
 * (whole-object refinements) are left out: read them with `zodFormError`.
 */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const key = String(issue.path[0]);
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** First message of an issue with an empty path (a whole-form refinement), if any. */
export function zodFormError(error: z.ZodError): string | undefined {
  return error.issues.find((issue) => issue.path.length === 0)?.message;
}

/** Next.js adds hidden `$ACTION_…` inputs to progressively-enhanced forms. */
function isFrameworkKey(key: string): boolean {
  return key.startsWith("$ACTION");
}

/**
 * FormData → plain object of string values. Keys that appear more than once
 * (checkboxes, multi-selects) become arrays. File entries and Next.js internal
 * `$ACTION…` keys are skipped. Values are not trimmed.
 */
export function formDataToObject(fd: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string" || isFrameworkKey(key)) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

/**
 * FormData → `{ key: firstStringValue }`, for `FormState.values` (echoing input
 * back into text fields after a validation error). Skips files and `$ACTION…` keys.
 */
export function formValues(fd: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string" || isFrameworkKey(key) || key in out) continue;
    out[key] = value;
  }
  return out;
}
