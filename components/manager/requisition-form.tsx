"use client";
import { startTransition, useActionState, useState } from "react";
import {
  Button, ButtonGroup, DateInput, Details, ErrorSummary, MoneyInput, Radios, Select, TextArea, TextInput,
} from "@/components/ui";
import { initialFormState, type FormState } from "@/lib/forms";
import { formMoneyLine } from "./money";
import { DBS_LABEL, REASON_LABEL, ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { DBS_VALUES, REASON_VALUES, ROLE_CATEGORY_VALUES } from "@/lib/requisitions/schemas";
import { liveEstimate, type CardOption } from "./estimate";

export type RequisitionFormProps = {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  title: string;
  /** the requisition being amended */
  id?: string;
  defaults: Record<string, string>;
  services: { id: string; name: string }[];
  costCentres: { id: string; serviceId: string; code: string; name: string }[];
  rateCards: CardOption[];
  approvalThresholdPence: number;
  submitLabel?: string;
};

const ORDERED_FIELDS = [
  "jobTitle", "serviceId", "costCentreId", "roleCategory", "grade", "reason", "headcount", "hoursPerWeek", "startDate",
  "expectedEndDate", "payRate", "payRateMax", "dbsLevel", "registrationRequired", "limitedCompanyAllowed", "duties",
];

/** Raise or amend a requisition: a plain form (works without JavaScript) with a live estimated cost. */
export function RequisitionForm(props: RequisitionFormProps) {
  const [state, formAction, pending] = useActionState(props.action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? props.defaults;
  const [live, setLive] = useState<Record<string, string>>(v);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    // a new server answer: start the live estimate from what the server echoed back
    setSeen(state);
    setLive(state.values ?? props.defaults);
  }
  const errors = Object.fromEntries(ORDERED_FIELDS.filter((f) => e[f]).map((f) => [f, e[f]]));
  const grades = [...new Set(props.rateCards.map((c) => c.grade))].sort((a, b) => a.localeCompare(b, "en-GB", { numeric: true }));
  const est = liveEstimate(live, props.rateCards, props.approvalThresholdPence);
  const hasErrors = Object.keys(errors).length > 0 || !!state.formError;

  return (
    <>
      <title>{`${hasErrors ? "Error: " : ""}${props.title} – Hiring managers – Connect2 portal`}</title>
      <ErrorSummary errors={errors} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{props.title}</h1>
      <form
        action={formAction}
        noValidate
        className="max-w-3xl"
        onSubmit={(ev) => {
          // Post through the action ourselves so React does not reset the form afterwards: a reset would put
          // <select>s back to their first option, losing what was chosen (without JavaScript the form posts as usual).
          ev.preventDefault();
          const submitter = (ev.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
          const fd = new FormData(ev.currentTarget, submitter);
          startTransition(() => formAction(fd));
        }}
        onInput={(ev) => {
          const fd = new FormData(ev.currentTarget);
          const o: Record<string, string> = {};
          fd.forEach((val, key) => {
            if (typeof val === "string" && !(key in o)) o[key] = val;
          });
          setLive(o);
        }}
      >
        {props.id ? <input type="hidden" name="id" value={props.id} /> : null}
        <TextInput name="jobTitle" label="Job title" hint="For example, Senior Support Worker" defaultValue={v.jobTitle} error={e.jobTitle} width="two-thirds" />
        <Select
          name="serviceId"
          label="Service"
          hint="Only the services you belong to are listed."
          options={props.services.map((s) => ({ value: s.id, label: s.name }))}
          placeholder={props.services.length > 1 ? "Choose a service" : undefined}
          defaultValue={v.serviceId ?? (props.services.length === 1 ? props.services[0].id : "")}
          error={e.serviceId}
        />
        <Select
          name="costCentreId"
          label="Cost centre"
          hint="The budget the agency staff will be charged to."
          options={props.costCentres.map((c) => ({
            value: c.id,
            label: `${c.code} – ${c.name}${props.services.length > 1 ? ` (${props.services.find((s) => s.id === c.serviceId)?.name ?? ""})` : ""}`,
          }))}
          placeholder="Choose a cost centre"
          defaultValue={v.costCentreId ?? ""}
          error={e.costCentreId}
        />
        <Select
          name="roleCategory"
          label="Role category"
          options={ROLE_CATEGORY_VALUES.map((c) => ({ value: c, label: ROLE_CATEGORY_LABEL[c] }))}
          placeholder="Choose a role category"
          defaultValue={v.roleCategory ?? ""}
          error={e.roleCategory}
        />
        <Select
          name="grade"
          label="Grade"
          hint="The council's rate card sets the pay band for each role category and grade."
          options={grades.map((g) => ({ value: g, label: g }))}
          placeholder="Choose a grade"
          defaultValue={v.grade ?? ""}
          error={e.grade}
        />
        <Radios
          name="reason"
          label="Why do you need temporary staff?"
          options={REASON_VALUES.map((r) => ({ value: r, label: REASON_LABEL[r] }))}
          defaultValue={v.reason}
          error={e.reason}
        />
        <TextInput name="headcount" label="How many people do you need?" inputMode="numeric" width={3} defaultValue={v.headcount ?? "1"} error={e.headcount} />
        <TextInput name="hoursPerWeek" label="Hours a week, for each person" hint="For example, 37.5" inputMode="decimal" width={4} suffix="hours" defaultValue={v.hoursPerWeek} error={e.hoursPerWeek} />
        <DateInput
          name="startDate"
          label="Start date"
          hint="For example, 7 12 2026"
          defaultValue={{ day: v["startDate-day"], month: v["startDate-month"], year: v["startDate-year"] }}
          error={e.startDate}
        />
        <DateInput
          name="expectedEndDate"
          label="Expected end date"
          hint="For example, 26 3 2027"
          defaultValue={{ day: v["expectedEndDate-day"], month: v["expectedEndDate-month"], year: v["expectedEndDate-year"] }}
          error={e.expectedEndDate}
        />
        <MoneyInput name="payRate" label="Pay rate offered, per hour" hint="It must be within the rate card for the role category and grade." suffix="an hour" defaultValue={v.payRate} error={e.payRate} />
        <MoneyInput name="payRateMax" label="Highest pay rate, per hour" optional hint="If you will pay more for experience. The cost is judged at the highest rate." suffix="an hour" defaultValue={v.payRateMax} error={e.payRateMax} />
        <Radios
          name="dbsLevel"
          label="DBS check needed"
          options={DBS_VALUES.map((d) => ({ value: d, label: DBS_LABEL[d] }))}
          defaultValue={v.dbsLevel}
          error={e.dbsLevel}
        />
        <TextInput name="registrationRequired" label="Professional registration needed" optional hint="For example, Social Work England or HCPC" defaultValue={v.registrationRequired} error={e.registrationRequired} width="one-half" />
        <Radios
          name="limitedCompanyAllowed"
          label="Is a limited-company contractor acceptable?"
          hint="If yes, Connect2 must record an IR35 status determination, with reasons, before the person can be placed."
          inline
          options={[{ value: "yes", label: "Yes" }, { value: "no", label: "No" }]}
          defaultValue={v.limitedCompanyAllowed}
          error={e.limitedCompanyAllowed}
        />
        <TextArea name="duties" label="Duties" hint="What the person will do, where, and anything the candidate must know." defaultValue={v.duties} error={e.duties} rows={6} />

        <section aria-labelledby="estimate-heading" className="mb-8 border-l-[10px] border-[#1d70b8] bg-[#f3f2f1] p-4">
          <h2 id="estimate-heading" className="mb-2 text-xl font-bold">Estimated cost</h2>
          <div aria-live="polite" data-testid="estimate">
            {est.kind === "ok" ? (
              <>
                <p className="mb-2 text-2xl font-bold">{formMoneyLine(est.costPence)}</p>
                <p className="mb-2">
                  {est.weeks} {est.weeks === 1 ? "week" : "weeks"} × {est.hours} hours a week × {est.headcount} {est.headcount === 1 ? "person" : "people"} ×{" "}
                  {formMoneyLine(est.chargeRatePence)} an hour charge rate (from the rate card, for the highest pay offered).
                </p>
                <p className="mb-2">
                  Rate card pay band for this role and grade: {formMoneyLine(est.band.payMinPence)} to {formMoneyLine(est.band.payMaxPence)} an hour.
                </p>
                <p className="mb-0">
                  {est.secondApproval
                    ? `This is above the council's approval threshold of ${formMoneyLine(props.approvalThresholdPence)}, so it needs a second approval from the head of service or finance after the budget holder.`
                    : `This is within the council's approval threshold of ${formMoneyLine(props.approvalThresholdPence)}: the budget holder's approval is enough.`}
                </p>
              </>
            ) : (
              <p className="mb-0">{state.message && est.kind === "incomplete" ? state.message : est.message}</p>
            )}
          </div>
          <Details summary="How the estimate is worked out" className="mt-4 mb-0">
            Charge rate × hours a week × weeks × headcount. Weeks count every calendar day from the start date to the expected end date, rounded up to whole
            weeks. The charge rate is the rate card&rsquo;s charge for the highest pay rate offered.
          </Details>
          <Button variant="secondary" name="intent" value="estimate" className="mt-4" disabled={pending}>
            Work out the estimated cost
          </Button>
        </section>

        <ButtonGroup>
          <Button name="intent" value="submit" disabled={pending}>
            {props.submitLabel ?? "Submit for approval"}
          </Button>
          <Button variant="secondary" name="intent" value="draft" disabled={pending}>
            Save as draft
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
