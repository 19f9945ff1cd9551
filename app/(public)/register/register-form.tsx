"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Button, Checkboxes, ErrorSummary, TextInput } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import { registerAction } from "./actions";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(registerAction, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <>
      <title>{`${state.fieldErrors || state.formError ? "Error: " : ""}Create a candidate account – Connect2 portal`}</title>
      <ErrorSummary errors={e} formError={state.formError} />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Create a candidate account</h1>
      <p className="mb-6 max-w-2xl">
        With an account you can apply for jobs, keep your documents in one place and follow your applications.
      </p>
      <form action={action} noValidate className="max-w-xl">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextInput name="firstName" label="First name" autoComplete="given-name" defaultValue={v.firstName} error={e.firstName} />
        <TextInput name="lastName" label="Last name" autoComplete="family-name" defaultValue={v.lastName} error={e.lastName} />
        <TextInput
          name="email"
          type="email"
          label="Email address"
          hint="We will use this to send you updates about your applications."
          autoComplete="email"
          spellCheck={false}
          defaultValue={v.email}
          error={e.email}
        />
        <TextInput name="phone" type="tel" label="Phone number" optional autoComplete="tel" width={20} defaultValue={v.phone} error={e.phone} />
        <TextInput
          name="postcode"
          label="Home postcode"
          hint="For example, LU1 2BQ. We use it to tell whether you live locally: the council aims to give local people work."
          autoComplete="postal-code"
          width={10}
          defaultValue={v.postcode}
          error={e.postcode}
        />
        <TextInput
          name="password"
          type="password"
          label="Create a password"
          hint="At least 10 characters. A few random words make a strong password."
          autoComplete="new-password"
          error={e.password}
        />
        <TextInput name="confirmPassword" type="password" label="Enter the password again" autoComplete="new-password" error={e.confirmPassword} />
        <Checkboxes
          name="consent"
          label="Privacy"
          hint={
            <>
              Read our <Link href="/privacy">privacy notice</Link> to see what we keep about you, why, and for how long.
            </>
          }
          options={[{ value: "yes", label: "I have read the privacy notice" }]}
          defaultValue={v.consent ? [v.consent] : []}
          error={e.consent}
        />
        <Button disabled={pending}>Create account</Button>
      </form>
    </>
  );
}
