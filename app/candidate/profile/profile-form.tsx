"use client";
import Link from "next/link";
import { useActionState } from "react";
import {
  Button,
  Checkboxes,
  DateInput,
  ErrorSummary,
  InsetText,
  NotificationBanner,
  Radios,
  SummaryList,
  TextArea,
  TextInput,
} from "@/components/ui";
import {
  AVAILABILITIES,
  AVAILABILITY_LABEL,
  PRIORITY_GROUP_LABEL,
  PRIORITY_GROUPS,
  RIGHT_TO_WORK_HINT,
  RIGHT_TO_WORK_LABEL,
  RIGHT_TO_WORK_ROUTES,
} from "@/lib/candidates/labels";
import { initialFormState } from "@/lib/forms";
import { saveProfileAction } from "./actions";

export type ProfileValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  addressLine1: string;
  town: string;
  postcode: string;
  isLocal: boolean;
  rightToWorkRoute: string;
  rightToWorkExpiry: string;
  availability: string;
  skills: string;
  experienceSummary: string;
  priorityGroups: string[];
  priorityGroupsDeclaredOn: string | null;
  privacyConsentOn: string | null;
};

export function ProfileForm({
  profile: p,
  saved,
  agencyName,
  councilName,
}: {
  profile: ProfileValues;
  saved: boolean;
  agencyName: string;
  councilName: string;
}) {
  const [state, action, pending] = useActionState(saveProfileAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const posted = state.values;
  const val = (k: keyof ProfileValues & string) => (posted ? (posted[k] ?? "") : String(p[k] ?? ""));
  const groups = posted?.priorityGroupsPosted ? (posted.priorityGroups ? posted.priorityGroups.split(",") : []) : p.priorityGroups;
  const expiry = posted
    ? { day: posted["rightToWorkExpiry-day"], month: posted["rightToWorkExpiry-month"], year: posted["rightToWorkExpiry-year"] }
    : p.rightToWorkExpiry || null;
  const hasErrors = Boolean(state.fieldErrors || state.formError);
  return (
    <>
      <title>{`${hasErrors ? "Error: " : ""}My profile – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      {saved && !posted ? <NotificationBanner type="success" heading="Your profile has been saved." /> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">My profile</h1>
      <p className="mb-6 max-w-2xl">
        The {agencyName} team uses this to match you to jobs. Keep it up to date, especially when you can start.
      </p>
      <SummaryList
        rows={[
          { key: "Email address", value: <>{p.email} <span className="block text-[#505a5f]">To change it, contact the {agencyName} team.</span></> },
          {
            key: "Privacy notice",
            value: p.privacyConsentOn ? (
              <>
                You agreed to our <Link href="/privacy">privacy notice</Link> on {p.privacyConsentOn}.
              </>
            ) : (
              <>
                Read our <Link href="/privacy">privacy notice</Link>.
              </>
            ),
          },
        ]}
      />
      <form action={action} noValidate className="max-w-2xl">
        <h2 className="mb-4 text-2xl font-bold">Your details</h2>
        <TextInput name="firstName" label="First name" autoComplete="given-name" defaultValue={val("firstName")} error={e.firstName} />
        <TextInput name="lastName" label="Last name" autoComplete="family-name" defaultValue={val("lastName")} error={e.lastName} />
        <TextInput name="phone" type="tel" label="Phone number" optional autoComplete="tel" width={20} defaultValue={val("phone")} error={e.phone} />
        <TextInput name="addressLine1" label="Address" optional autoComplete="address-line1" defaultValue={val("addressLine1")} error={e.addressLine1} />
        <TextInput name="town" label="Town or city" optional autoComplete="address-level2" width="two-thirds" defaultValue={val("town")} error={e.town} />
        <TextInput
          name="postcode"
          label="Home postcode"
          hint="For example, LU1 2BQ. We use it to tell whether you live locally: the council aims to give local people work."
          autoComplete="postal-code"
          width={10}
          defaultValue={val("postcode")}
          error={e.postcode}
        />
        {!posted ? (
          <InsetText>
            {p.isLocal
              ? `From your postcode ${p.postcode}, you live in the ${councilName} area.`
              : `From your postcode ${p.postcode}, you live outside the ${councilName} area. You can still apply for any job.`}
          </InsetText>
        ) : null}

        <h2 className="mb-4 text-2xl font-bold">Right to work in the UK</h2>
        <Radios
          name="rightToWorkRoute"
          label="Which of these describes you?"
          hint="Everyone we place must show they can work in the UK. We will check your documents before you start."
          options={RIGHT_TO_WORK_ROUTES.map((r) => ({ value: r, label: RIGHT_TO_WORK_LABEL[r], hint: RIGHT_TO_WORK_HINT[r] }))}
          defaultValue={val("rightToWorkRoute")}
          error={e.rightToWorkRoute}
        />
        <DateInput
          name="rightToWorkExpiry"
          label="If your visa or permission has an end date, when does it end?"
          hint="Only if you chose a visa or permission with an end date. For example, 31 3 2027."
          optional
          defaultValue={expiry}
          error={e.rightToWorkExpiry}
        />

        <h2 className="mb-4 text-2xl font-bold">Work</h2>
        <Radios
          name="availability"
          label="When can you start work?"
          options={AVAILABILITIES.map((a) => ({ value: a, label: AVAILABILITY_LABEL[a] }))}
          defaultValue={val("availability")}
          error={e.availability}
        />
        <TextArea
          name="skills"
          label="Skills"
          hint="One on each line, or separated by commas. For example: personal care, cooking, driving licence, speaks Urdu."
          optional
          rows={4}
          defaultValue={val("skills")}
          error={e.skills}
        />
        <TextArea
          name="experienceSummary"
          label="Experience"
          hint="Paid or unpaid work you have done, including caring for family and volunteering."
          optional
          rows={6}
          defaultValue={val("experienceSummary")}
          error={e.experienceSummary}
        />

        <h2 className="mb-4 text-2xl font-bold">About you (optional)</h2>
        <Checkboxes
          name="priorityGroups"
          label="Do any of these apply to you?"
          optional
          hint={
            <>
              You do not have to answer. It does not change how we treat your applications. The council helps these groups into work and
              reports only anonymous totals, which never name anyone.
              {p.priorityGroupsDeclaredOn ? ` You last told us on ${p.priorityGroupsDeclaredOn}.` : ""}
            </>
          }
          options={PRIORITY_GROUPS.map((g) => ({ value: g, label: PRIORITY_GROUP_LABEL[g] }))}
          defaultValue={groups}
          error={e.priorityGroups}
        />
        <Button disabled={pending}>Save profile</Button>
      </form>
    </>
  );
}
