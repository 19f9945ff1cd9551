"use client";
import { useActionState, type ReactNode } from "react";
import { Button, DateInput, ErrorSummary, TextArea, TextInput } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Extension or early end of a placement: a new end date (and, for an early end, the reason). */
export function ChangeRequestForm({ action, placementId, type, title, intro }: { action: Action; placementId: string; type: "EXTENSION" | "EARLY_END"; title: string; intro: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const early = type === "EARLY_END";
  return (
    <>
      <title>{`${e.newEndDate || e.reason || state.formError ? "Error: " : ""}${title} – Hiring managers – Connect2 portal`}</title>
      <ErrorSummary errors={{ newEndDate: e.newEndDate, reason: e.reason }} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{title}</h1>
      {intro}
      <form action={formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="placementId" value={placementId} />
        <input type="hidden" name="type" value={type} />
        <DateInput
          name="newEndDate"
          label={early ? "Last day of the placement" : "New end date"}
          hint="For example, 31 3 2027"
          defaultValue={{ day: v["newEndDate-day"], month: v["newEndDate-month"], year: v["newEndDate-year"] }}
          error={e.newEndDate}
        />
        <TextArea
          name="reason"
          label={early ? "Why is it ending early?" : "Reason for the extension"}
          optional={!early}
          hint="Connect2 and the worker's records keep it."
          rows={4}
          defaultValue={v.reason}
          error={e.reason}
        />
        <Button disabled={pending}>{early ? "Request the early end" : "Request the extension"}</Button>
      </form>
    </>
  );
}

/** Propose a conversion to a permanent post. */
export function ConversionForm({ action, placementId, intro }: { action: Action; placementId: string; intro: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <>
      <title>{`${e.postTitle || e.salaryBand || e.startDate || state.formError ? "Error: " : ""}Propose a permanent post – Hiring managers – Connect2 portal`}</title>
      <ErrorSummary errors={{ postTitle: e.postTitle, salaryBand: e.salaryBand, startDate: e.startDate }} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Propose a permanent post</h1>
      {intro}
      <form action={formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="placementId" value={placementId} />
        <TextInput name="postTitle" label="Permanent post title" defaultValue={v.postTitle} error={e.postTitle} />
        <TextInput name="salaryBand" label="Salary band" hint="For example, Grade 5 (£27,000 to £29,500)" defaultValue={v.salaryBand} error={e.salaryBand} width="two-thirds" />
        <DateInput
          name="startDate"
          label="Start date in the permanent post"
          hint="For example, 1 4 2027"
          defaultValue={{ day: v["startDate-day"], month: v["startDate-month"], year: v["startDate-year"] }}
          error={e.startDate}
        />
        <Button disabled={pending}>Propose the conversion</Button>
      </form>
    </>
  );
}
