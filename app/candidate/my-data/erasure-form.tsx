"use client";
import { useActionState, type ReactNode } from "react";
import { Button, Checkboxes, ErrorSummary, TextArea } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import { requestErasureAction } from "./actions";

/** The My data page around its server-rendered content, with the deletion request form (when one can be made) at the end. */
export function MyDataPageForms({ children, canRequest }: { children: ReactNode; canRequest: boolean }) {
  const [state, action, pending] = useActionState(requestErasureAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <>
      <title>{`${state.fieldErrors || state.formError ? "Error: " : ""}My data – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      {children}
      {canRequest ? (
        <form action={action} noValidate className="max-w-2xl">
          <TextArea name="reason" label="Why do you want your account deleted?" optional rows={3} defaultValue={v.reason} error={e.reason} />
          <Checkboxes
            name="confirm"
            label="Confirm"
            options={[{ value: "yes", label: "I want the Connect2 team to delete my account and the information they hold about me" }]}
            defaultValue={v.confirm ? [v.confirm] : []}
            error={e.confirm}
          />
          <Button variant="warning" disabled={pending}>
            Ask for my account to be deleted
          </Button>
        </form>
      ) : null}
    </>
  );
}
