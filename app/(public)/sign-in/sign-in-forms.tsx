"use client";
import { useActionState } from "react";
import { Button, ErrorSummary, TextInput } from "@/components/ui";
import { initialFormState } from "@/lib/forms";
import { signInAction, signInLinkAction } from "./actions";

export function SignInForms({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signInAction, initialFormState);
  const [linkState, linkAction, linkPending] = useActionState(signInLinkAction, initialFormState);
  const hasErrors = !!(state.formError || state.fieldErrors || linkState.fieldErrors || linkState.formError);
  return (
    <>
      <title>{`${hasErrors ? "Error: " : ""}Sign in – Connect2 portal`}</title>
      <ErrorSummary
        errors={{ ...state.fieldErrors, ...linkState.fieldErrors }}
        formError={state.formError ?? linkState.formError}
      />
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Sign in</h1>
      <form action={action} noValidate className="max-w-xl">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextInput
          name="email"
          type="email"
          label="Email address"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
        <TextInput
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={state.fieldErrors?.password}
        />
        <Button disabled={pending}>Sign in</Button>
      </form>

      <h2 className="mt-10 mb-4 text-2xl font-bold">Get a sign-in link by email</h2>
      <p className="mb-4 max-w-xl">If you are a candidate, we can email you a link that signs you in without a password.</p>
      <form action={linkAction} noValidate className="max-w-xl">
        <input type="hidden" name="callbackUrl" value={callbackUrl === "/" ? "/candidate" : callbackUrl} />
        <TextInput
          name="linkEmail"
          type="email"
          label="Your email address"
          autoComplete="email"
          spellCheck={false}
          defaultValue={linkState.values?.linkEmail}
          error={linkState.fieldErrors?.linkEmail}
        />
        <Button variant="secondary" disabled={linkPending}>
          Email me a sign-in link
        </Button>
      </form>
    </>
  );
}
