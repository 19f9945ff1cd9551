"use client";
import { useActionState } from "react";
import { Button, ErrorSummary, Radios, TextArea } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

/** Decide on one shortlisted candidate: interview, accept (offer request) or reject with a reason. */
export function CandidateDecisionForm({
  action,
  applicationId,
  name,
  canInvite,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  applicationId: string;
  name: string;
  canInvite: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const id = (f: string) => `${f}-${applicationId}`;
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary errors={{ decision: e.decision, reason: e.reason }} formError={state.formError} hrefFor={id} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <Radios
        name="decision"
        id={id("decision")}
        label={`Your decision on ${name}`}
        options={[
          ...(canInvite ? [{ value: "INTERVIEW", label: "Invite to interview" }] : []),
          { value: "ACCEPTED", label: "Accept", hint: "Connect2 will make the offer and arrange the placement." },
          { value: "REJECTED", label: "Reject" },
        ]}
        defaultValue={v.decision}
        error={e.decision}
      />
      <TextArea
        name="reason"
        id={id("reason")}
        label="Reason"
        hint="Needed to reject. The Connect2 team sees it, so they can find a better match."
        rows={3}
        defaultValue={v.reason}
        error={e.reason}
      />
      <Button disabled={pending}>Confirm decision</Button>
    </form>
  );
}
