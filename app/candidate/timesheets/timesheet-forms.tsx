"use client";
import { useActionState, type ReactNode } from "react";
import { Button, ErrorSummary, TextArea } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import type { WeekDay } from "@/lib/timesheets/candidate-queries";
import { respondToQueryAction, submitTimesheetAction } from "./actions";
import { HoursFields } from "./hours-fields";

export function SubmitTimesheetForm({
  placementId,
  weekStart,
  days,
  title,
  heading,
}: {
  placementId: string;
  weekStart: string;
  days: WeekDay[];
  title: string;
  heading: ReactNode;
}) {
  const [state, action, pending] = useActionState(submitTimesheetAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <>
      <title>{`${state.fieldErrors || state.formError ? "Error: " : ""}${title} – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      {heading}
      <form action={action} noValidate className="max-w-2xl">
        <input type="hidden" name="placementId" value={placementId} />
        <input type="hidden" name="weekStart" value={weekStart} />
        <HoursFields days={days} values={state.values} errors={e} />
        <p className="mb-6">By sending this timesheet you confirm that the hours are right.</p>
        <Button disabled={pending}>Send timesheet</Button>
      </form>
    </>
  );
}

/** The timesheet page's wrapper while a query waits: title and error summary at the top, then the page, then the answer form. */
export function RespondToQueryForm({ timesheetId, days, title, children }: { timesheetId: string; days: WeekDay[]; title: string; children: ReactNode }) {
  const [state, action, pending] = useActionState(respondToQueryAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <>
      <title>{`${state.fieldErrors || state.formError ? "Error: " : ""}${title} – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      {children}
      <h2 className="mb-4 text-2xl font-bold">Correct your hours and send them again</h2>
      <form action={action} noValidate className="max-w-2xl">
        <input type="hidden" name="timesheetId" value={timesheetId} />
        <HoursFields days={days} values={state.values} errors={e} />
        <TextArea
          name="response"
          label="Your answer to the query"
          hint="Say what you changed, or why the hours are right."
          rows={4}
          defaultValue={state.values?.response}
          error={e.response}
        />
        <Button disabled={pending}>Send timesheet again</Button>
      </form>
    </>
  );
}
