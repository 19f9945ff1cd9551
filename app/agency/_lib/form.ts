import "server-only";
import type { z } from "zod";
import { readDateInput, readDateInputParts } from "@/components/ui/field";
import { toFormState } from "@/lib/actions";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";

/** A DateInput's value for a schema: "YYYY-MM-DD", "" when left empty, "invalid" when the boxes are not a real date. */
export function dateField(fd: FormData, name: string): string {
  const iso = readDateInput(fd, name);
  if (iso) return iso;
  const p = readDateInputParts(fd, name);
  return p.day || p.month || p.year ? "invalid" : "";
}

/** What was typed, for re-populating the form; checkbox groups keep every ticked value under `name[]`. */
function echo(fd: FormData): Record<string, string> {
  const values = formValues(fd);
  for (const [k, v] of Object.entries(formDataToObject(fd))) values[`${k}[]`] = (Array.isArray(v) ? v : [v]).join("\u0000");
  return values;
}

/**
 * The thin server action every agency form uses: the raw form (plus date fields read from their three boxes)
 * is checked with the domain's zod schema for field errors; the domain function then authorizes, applies the
 * rules and writes, and its refusals become the error summary (lib/actions.ts toFormState).
 */
export async function runForm<S extends z.ZodType, T>(
  schema: S,
  fd: FormData,
  opts: { dates?: string[]; extra?: Record<string, unknown> },
  run: (input: z.input<S>) => Promise<T>,
): Promise<{ ok: true; data: T } | (FormState & { ok: false })> {
  const values = echo(fd);
  const raw: Record<string, unknown> = { ...formDataToObject(fd), ...(opts.extra ?? {}) };
  for (const d of opts.dates ?? []) raw[d] = dateField(fd, d);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  return toFormState(() => run(raw as z.input<S>), values);
}
