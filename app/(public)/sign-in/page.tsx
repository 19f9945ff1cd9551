import Link from "next/link";
import { NotificationBanner } from "@/components/ui";
import { showDemoSignIns } from "@/lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { safeCallbackPath } from "@/lib/auth/sign-in";
import { SignInForms } from "./sign-in-forms";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LINK_ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used. Ask for a new one below.",
  AccessDenied: "That sign-in link cannot be used for this account. Sign in with your password instead.",
};

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(typeof sp.callbackUrl === "string" ? sp.callbackUrl : "/");
  const error = typeof sp.error === "string" ? (LINK_ERRORS[sp.error] ?? "We could not sign you in. Try again.") : null;
  return (
    <div className="grid gap-10 md:grid-cols-[2fr_1fr]">
      <div>
        {sp.signedOut ? <NotificationBanner type="success" heading="You have signed out." /> : null}
        {error ? <NotificationBanner heading={error} /> : null}
        <SignInForms callbackUrl={callbackUrl} />
        <p className="mt-8">
          New to us? <Link href={`/register${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>Create a candidate account</Link>
        </p>
      </div>
      {showDemoSignIns() ? (
        <aside aria-labelledby="demo-heading" className="border-l-4 border-[#1d70b8] bg-[#f3f2f1] p-4 text-base">
          <h2 id="demo-heading" className="mb-2 text-xl font-bold">Demo sign-ins</h2>
          <p className="mb-3">
            Every demo account uses the password <code className="font-bold">{DEMO_PASSWORD}</code>.
          </p>
          <dl>
            {DEMO_ACCOUNTS.map((a) => (
              <div key={a.email} className="mb-3">
                <dt className="font-bold">{ROLE_LABEL[a.role]}</dt>
                <dd className="break-all">{a.email}</dd>
                <dd className="text-[#505a5f]">{a.note}</dd>
              </div>
            ))}
          </dl>
        </aside>
      ) : null}
    </div>
  );
}
