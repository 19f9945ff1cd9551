"use client";
import { useActionState } from "react";
import { Button, ErrorSummary, Radios, TextArea } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

/** Approve or decline a requisition, with a reason (required to decline). */
export function DecisionForm({ action, requisitionId, stepLabel }: { action: (prev: FormState, fd: FormData) => Promise<FormState>; requisitionId: string; stepLabel: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <title>{`${e.decision || e.reason || state.formError ? "Error: " : ""}Approve or decline – Hiring managers – Connect2 portal`}</title>
      <ErrorSummary errors={{ decision: e.decision, reason: e.reason }} formError={state.formError} />
      <input type="hidden" name="requisitionId" value={requisitionId} />
      <Radios
        name="decision"
        label={`Your decision (${stepLabel})`}
        options={[
          { value: "APPROVED", label: "Approve" },
          { value: "DECLINED", label: "Decline", hint: "The raiser can amend it and submit it again." },
        ]}
        defaultValue={v.decision}
        error={e.decision}
      />
      <TextArea name="reason" label="Reason" hint="Needed to decline. The raiser and Connect2 see it." rows={4} defaultValue={v.reason} error={e.reason} />
      <Button disabled={pending}>Confirm decision</Button>
    </form>
  );
}
