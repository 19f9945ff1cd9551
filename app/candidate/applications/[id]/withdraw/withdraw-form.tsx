"use client";
import { useActionState } from "react";
import { Button, ErrorSummary, Radios, TextArea } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import { withdrawAction } from "../../actions";

export function WithdrawForm({ applicationId, jobTitle, reasons }: { applicationId: string; jobTitle: string; reasons: string[] }) {
  const [state, action, pending] = useActionState(withdrawAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <>
      <title>{`${state.fieldErrors || state.formError ? "Error: " : ""}Withdraw your application – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">
        <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{jobTitle} </span>
        Withdraw your application
      </h1>
      <p className="mb-6 max-w-2xl">
        If you withdraw, the Connect2 team will stop considering you for this job. You cannot apply for the same job again, but you can
        apply for any other job.
      </p>
      <form action={action} noValidate className="max-w-2xl">
        <input type="hidden" name="applicationId" value={applicationId} />
        <Radios
          name="reason"
          label="Why are you withdrawing?"
          options={[...reasons.map((r) => ({ value: r, label: r })), { value: "other", label: "Another reason" }]}
          defaultValue={v.reason}
          error={e.reason}
        />
        <TextArea
          name="otherReason"
          label="If it is another reason, tell us why"
          optional
          rows={3}
          defaultValue={v.otherReason}
          error={e.otherReason}
        />
        <Button variant="warning" disabled={pending}>
          Withdraw application
        </Button>
      </form>
    </>
  );
}
