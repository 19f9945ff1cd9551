"use client";
import { useActionState, type ReactNode } from "react";
import { Button, Checkboxes, ErrorSummary, TextArea } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import { applyAction } from "./actions";

export function ApplyForm({
  requisitionId,
  jobTitle,
  summary,
  availabilityLabel,
}: {
  requisitionId: string;
  jobTitle: string;
  summary: ReactNode;
  availabilityLabel: string;
}) {
  const [state, action, pending] = useActionState(applyAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <>
      <title>{`${state.fieldErrors || state.formError ? "Error: " : ""}Apply for ${jobTitle} – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">
        <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">Apply for a job </span>
        {jobTitle}
      </h1>
      {summary}
      <form action={action} noValidate className="max-w-2xl">
        <input type="hidden" name="requisitionId" value={requisitionId} />
        <TextArea
          name="coverNote"
          label="Why would you like this job?"
          hint="A few sentences is enough. Tell us about any similar work, caring or volunteering you have done. You do not need a CV."
          optional
          rows={6}
          defaultValue={v.coverNote}
          error={e.coverNote}
        />
        <Checkboxes
          name="availabilityConfirmed"
          label="Your availability"
          options={[{ value: "yes", label: availabilityLabel }]}
          defaultValue={v.availabilityConfirmed ? [v.availabilityConfirmed] : []}
          error={e.availabilityConfirmed}
        />
        <Button disabled={pending}>Send application</Button>
      </form>
    </>
  );
}
