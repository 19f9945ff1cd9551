import type { Metadata } from "next";
import { PageHeading } from "@/components/ui";

export const metadata: Metadata = { title: "Privacy notice – Connect2 portal" };

export default function PrivacyPage() {
  return (
    <div className="prose-gov max-w-3xl">
      <PageHeading>Privacy notice</PageHeading>
      <p>
        The council&rsquo;s recruitment agency uses your details to find you temporary work in council services, to check
        that you can legally do that work, and to pay you.
      </p>
      <h2 className="mb-3 text-2xl font-bold">What we keep</h2>
      <p>
        Your name, contact details and postcode; your right to work, DBS and reference checks; your applications,
        placements and timesheets. If you choose to tell us you belong to a priority group (for example a care leaver or
        a veteran), we use it only in anonymous totals: never to decide on an application.
      </p>
      <h2 className="mb-3 text-2xl font-bold">How long we keep it</h2>
      <p>
        If you are not placed, we remove your personal details 12 months after your last activity. Copies of right to
        work documents are deleted 2 years after your work with us ends. You can download everything we hold about you,
        and ask us to delete your account, from your account pages.
      </p>
    </div>
  );
}
