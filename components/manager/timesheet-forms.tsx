"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Button, ErrorSummary, NotificationBanner, TextArea } from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

export type BulkRow = { id: string; worker: string; job: string; week: string; hours: string; cost: string; selectable: boolean; status: string };

/** The submitted timesheets with a tick box each and "Approve selected" (approve several at once). */
export function TimesheetBulkForm({ action, rows, caption }: { action: Action; rows: BulkRow[]; caption: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const anySelectable = rows.some((r) => r.selectable);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.fieldErrors} formError={state.formError} hrefFor={() => (rows[0] ? `select-${rows[0].id}` : "main-content")} />
      {state.message ? <NotificationBanner type="success">{state.message}</NotificationBanner> : null}
      <div role="region" aria-labelledby="ts-caption" tabIndex={0} className="mb-6 overflow-x-auto focus:outline-3 focus:outline-[#ffdd00]">
        <table className="w-full border-collapse text-left">
          <caption id="ts-caption" className="mb-4 text-left text-xl font-bold md:text-2xl">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-[#b1b4b6] py-2.5 pr-5 align-bottom">
                <span className="sr-only">Select</span>
              </th>
              {["Worker", "Job", "Week beginning", "Hours", "Cost", "Status"].map((h) => (
                <th key={h} scope="col" className={`border-b border-[#b1b4b6] py-2.5 pr-5 align-bottom font-bold ${h === "Hours" || h === "Cost" ? "text-right" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="border-b border-[#b1b4b6] py-2.5">
                  No timesheets to show.
                </td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="border-b border-[#b1b4b6] py-2.5 pr-5 align-top">
                  {r.selectable ? (
                    <>
                      <input
                        id={`select-${r.id}`}
                        type="checkbox"
                        name="timesheetId"
                        value={r.id}
                        className="h-8 w-8 cursor-pointer accent-[#0b0c0c] focus:outline-3 focus:outline-[#ffdd00]"
                      />
                      <label htmlFor={`select-${r.id}`} className="sr-only">
                        Select {r.worker}, week beginning {r.week}
                      </label>
                    </>
                  ) : null}
                </td>
                <th scope="row" className="border-b border-[#b1b4b6] py-2.5 pr-5 text-left align-top font-bold">
                  <Link href={`/manager/timesheets/${r.id}`}>{r.worker}</Link>
                </th>
                <td className="border-b border-[#b1b4b6] py-2.5 pr-5 align-top">{r.job}</td>
                <td className="border-b border-[#b1b4b6] py-2.5 pr-5 align-top">{r.week}</td>
                <td className="border-b border-[#b1b4b6] py-2.5 pr-5 text-right align-top tabular-nums">{r.hours}</td>
                <td className="border-b border-[#b1b4b6] py-2.5 pr-5 text-right align-top tabular-nums">{r.cost}</td>
                <td className="border-b border-[#b1b4b6] py-2.5 align-top">{r.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anySelectable ? (
        <Button disabled={pending} className="mb-8">
          Approve selected timesheets
        </Button>
      ) : null}
    </form>
  );
}

/** Query a timesheet: the comment goes to the worker. */
export function QueryTimesheetForm({ action, timesheetId }: { action: Action; timesheetId: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={{ comment: e.comment }} formError={state.formError} />
      <input type="hidden" name="timesheetId" value={timesheetId} />
      <TextArea name="comment" label="Query the timesheet" hint="Say what is wrong. The worker sees this and can correct and resubmit it." rows={4} defaultValue={state.values?.comment} error={e.comment} />
      <Button variant="secondary" disabled={pending}>
        Send the query to the worker
      </Button>
    </form>
  );
}
