"use client";
import { useActionState } from "react";
import { Button, ErrorSummary, type ButtonVariant } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

/** A one-button form posting to a server action (works without JavaScript); a refusal shows in an error summary above it. */
export function ButtonForm({
  action,
  hidden,
  label,
  variant = "primary",
  className,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={className}>
      <ErrorSummary formError={state.formError} errors={state.fieldErrors} autoFocus={Boolean(state.formError)} />
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      <Button variant={variant} disabled={pending} className="mb-0">
        {label}
      </Button>
    </form>
  );
}
