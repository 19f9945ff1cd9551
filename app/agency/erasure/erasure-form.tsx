"use client";
import { useActionState } from "react";
import { Button, ErrorSummary, Radios, TextArea } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import { actionErasureAction } from "./actions";

export function ErasureForm({ requestId, name, worked }: { requestId: string; name: string; worked: boolean }) {
  const [state, action, pending] = useActionState(actionErasureAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="mt-4">
      <ErrorSummary errors={e} formError={state.formError} autoFocus={Boolean(state.formError || state.fieldErrors)} />
      <input type="hidden" name="requestId" value={requestId} />
      <Radios
        name="decision"
        id={`decision-${requestId}`}
        label={`What do you want to do with ${name}'s request?`}
        defaultValue={state.values?.decision ?? (worked ? "REFUSE" : null)}
        error={e.decision}
        options={[
          { value: "COMPLETE", label: "Delete the account", hint: "Personal details, checks and documents are removed for good.", disabled: worked },
          { value: "REFUSE", label: "Refuse the request", hint: "For example, records we must keep by law. The person is told your reason." },
        ]}
      />
      <TextArea name="note" id={`note-${requestId}`} label="Note to the person" optional={!worked} defaultValue={state.values?.note} error={e.note} rows={3} />
      <Button disabled={pending}>Confirm</Button>
    </form>
  );
}
