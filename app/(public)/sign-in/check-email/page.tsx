import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui";

export const metadata: Metadata = { title: "Check your email – Connect2 portal" };

export default function CheckEmailPage() {
  return (
    <div className="max-w-2xl">
      <PageHeading>Check your email</PageHeading>
      <p className="mb-4">If there is a candidate account for that email address, we have sent it a sign-in link.</p>
      <p className="mb-4">The link works once and expires in 30 minutes. Check your spam folder if you cannot see it.</p>
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
