"use client";
import { useActionState, type ReactNode } from "react";
import { Button, Checkboxes, ErrorSummary, TextArea } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

const WORDING = {
  cancel: {
    reason: "Why are you cancelling this requisition?",
    confirm: "Yes, cancel this requisition",
    button: "Cancel the requisition",
  },
  close: {
    reason: "Why are you closing this requisition?",
    confirm: "Yes, close this requisition",
    button: "Close the requisition",
  },
} as const;

/**
 * Cancel or close a requisition (hiring managers and the Connect2 team): the reason, kept in the requisition's
 * history, and a ticked confirmation. A plain form posting to a server action; errors in a summary and beside
 * each field, what was typed kept, and the page title prefixed "Error: " while errors show.
 */
export function EndRequisitionForm({
  action,
  requisitionId,
  verb,
  title,
  portal,
  heading,
  caption,
  intro,
}: {
  action: Action;
  requisitionId: string;
  verb: "cancel" | "close";
  /** page title without the portal suffix */
  title: string;
  /** e.g. "Hiring managers", "Connect2 team" */
  portal: string;
  heading: string;
  caption: string;
  intro: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const wording = WORDING[verb];
  const hasError = Boolean(e.reason || e.confirm || state.formError);
  return (
    <>
      <title>{`${hasError ? "Error: " : ""}${title} – ${portal} – Connect2 portal`}</title>
      <ErrorSummary errors={{ reason: e.reason, confirm: e.confirm }} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">
        <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{caption}</span>
        {heading}
      </h1>
      {intro}
      <form action={formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="requisitionId" value={requisitionId} />
        <TextArea
          name="reason"
          label={wording.reason}
          hint="Up to 500 characters. It is kept in the requisition's history, where the service's managers and Connect2 see it. Candidates are not shown it."
          rows={4}
          defaultValue={v.reason}
          error={e.reason}
        />
        <Checkboxes
          name="confirm"
          label="Confirm"
          options={[{ value: "yes", label: wording.confirm, hint: "This cannot be undone. Open applications close and the candidates are told." }]}
          defaultValue={v.confirm}
          error={e.confirm}
        />
        <Button variant="warning" disabled={pending}>
          {wording.button}
        </Button>
      </form>
    </>
  );
}
