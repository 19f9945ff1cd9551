"use client";
import { useActionState, type ReactNode } from "react";
import { Button, Checkboxes, DateInput, ErrorSummary, FileUpload, MoneyInput, Radios, Select, TextArea, TextInput, type ButtonVariant, type FieldWidth } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

type Option = { value: string; label: string; hint?: string };

/** A form field described as data, so server pages can lay out a whole GOV.UK form for this one client component. */
export type FieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "heading"; text: string; name?: undefined }
  | { kind: "text"; name: string; label: string; hint?: string; defaultValue?: string | null; width?: FieldWidth; type?: "text" | "email" | "tel" | "password"; optional?: boolean; autoComplete?: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; defaultValue?: string | null; rows?: number; optional?: boolean }
  | { kind: "money"; name: string; label: string; hint?: string; defaultValue?: number | string | null; optional?: boolean }
  | { kind: "date"; name: string; label: string; hint?: string; defaultValue?: string | null; optional?: boolean }
  | { kind: "select"; name: string; label: string; hint?: string; options: Option[]; defaultValue?: string | null; placeholder?: string; optional?: boolean }
  | { kind: "radios"; name: string; label: string; hint?: string; options: Option[]; defaultValue?: string | null; inline?: boolean; optional?: boolean }
  | { kind: "checkboxes"; name: string; label: string; hint?: string; options: Option[]; defaultValue?: string[]; optional?: boolean }
  | { kind: "file"; name: string; label: string; hint?: string; accept?: string };

export type FormAction = (prev: FormState, fd: FormData) => Promise<FormState>;

/**
 * A GOV.UK form posting to a server action (works without JavaScript): error summary at the top, each field's
 * message beside it, what was typed kept after an error, and the page title prefixed "Error: " while errors show.
 * `title` is the page title (without the portal suffix); give `heading` to render the page's h1 here.
 */
export function AgencyForm({
  action,
  title,
  heading,
  caption,
  intro,
  fields,
  submitLabel,
  submitVariant = "primary",
  after,
}: {
  action: FormAction;
  title?: string;
  heading?: string;
  caption?: string;
  intro?: ReactNode;
  fields: FieldSpec[];
  submitLabel: string;
  submitVariant?: ButtonVariant;
  after?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const hasError = Object.values(e).some(Boolean) || Boolean(state.formError);
  const val = (name: string, fallback: string | null | undefined) => (state.values ? (v[name] ?? "") : (fallback ?? ""));
  // error summary in the order the fields appear
  const ordered: Record<string, string | undefined> = {};
  for (const f of fields) if (f.name && e[f.name]) ordered[f.name] = e[f.name];
  for (const [k, m] of Object.entries(e)) if (!(k in ordered)) ordered[k] = m;
  return (
    <>
      {title ? <title>{`${hasError ? "Error: " : ""}${title} – Connect2 team – Connect2 portal`}</title> : null}
      <ErrorSummary errors={ordered} formError={state.formError} />
      {heading ? (
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">
          {caption ? <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{caption}</span> : null}
          {heading}
        </h1>
      ) : null}
      {intro}
      <form action={formAction} noValidate className="max-w-2xl">
        {fields.map((f, i) => {
          switch (f.kind) {
            case "hidden":
              return <input key={`h-${f.name}`} type="hidden" name={f.name} value={f.value} />;
            case "heading":
              return (
                <h2 key={`g-${i}`} className="mb-4 text-2xl font-bold">
                  {f.text}
                </h2>
              );
            case "text":
              return (
                <TextInput key={f.name} name={f.name} label={f.label} hint={f.hint} type={f.type ?? "text"} width={f.width} optional={f.optional}
                  autoComplete={f.autoComplete} spellCheck={f.type === "email" ? false : undefined}
                  defaultValue={f.type === "password" ? undefined : val(f.name, f.defaultValue)} error={e[f.name]} />
              );
            case "textarea":
              return <TextArea key={f.name} name={f.name} label={f.label} hint={f.hint} rows={f.rows ?? 5} optional={f.optional} defaultValue={val(f.name, f.defaultValue)} error={e[f.name]} />;
            case "money":
              return (
                <MoneyInput key={f.name} name={f.name} label={f.label} hint={f.hint} optional={f.optional}
                  defaultValue={state.values ? (v[f.name] ?? "") : f.defaultValue === null || f.defaultValue === undefined ? "" : f.defaultValue} error={e[f.name]} />
              );
            case "date":
              return (
                <DateInput key={f.name} name={f.name} label={f.label} hint={f.hint ?? "For example, 27 3 2027"} optional={f.optional}
                  defaultValue={state.values ? { day: v[`${f.name}-day`], month: v[`${f.name}-month`], year: v[`${f.name}-year`] } : (f.defaultValue ?? null)}
                  error={e[f.name]} />
              );
            case "select":
              return (
                <Select key={f.name} name={f.name} label={f.label} hint={f.hint} optional={f.optional} options={f.options} placeholder={f.placeholder}
                  defaultValue={val(f.name, f.defaultValue)} error={e[f.name]} />
              );
            case "radios":
              return (
                <Radios key={f.name} name={f.name} label={f.label} hint={f.hint} optional={f.optional} inline={f.inline} options={f.options}
                  defaultValue={val(f.name, f.defaultValue)} error={e[f.name]} />
              );
            case "file":
              return <FileUpload key={f.name} name={f.name} label={f.label} hint={f.hint} accept={f.accept} error={e[f.name]} />;
            case "checkboxes":
              return (
                <Checkboxes key={f.name} name={f.name} label={f.label} hint={f.hint} optional={f.optional} options={f.options}
                  defaultValue={state.values ? (state.values[`${f.name}[]`] ?? "").split("\u0000").filter(Boolean) : (f.defaultValue ?? [])} error={e[f.name]} />
              );
          }
        })}
        <Button variant={submitVariant} disabled={pending}>
          {submitLabel}
        </Button>
      </form>
      {after}
    </>
  );
}
