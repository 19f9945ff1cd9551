import type { Metadata } from "next";
import { PageHeading } from "@/components/ui";
import { DEFAULT_RIGHT_TO_WORK_RETENTION_MONTHS, DEFAULT_UNSUCCESSFUL_RETENTION_MONTHS } from "@/lib/compliance/retention";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { requestHost } from "@/lib/http/request";

export const metadata: Metadata = { title: "Privacy notice – Connect2 portal" };

/** "12 months", "2 years", "18 months": how a retention period reads in a sentence. */
function period(months: number): string {
  if (months % 12 === 0) return months === 12 ? "12 months" : `${months / 12} years`;
  return months === 1 ? "1 month" : `${months} months`;
}

export default async function PrivacyPage() {
  const council = await resolvePublicCouncil(await requestHost());
  const agency = council?.agencyName ?? "The council's recruitment agency";
  const unsuccessful = council?.retentionMonthsUnsuccessful ?? DEFAULT_UNSUCCESSFUL_RETENTION_MONTHS;
  return (
    <div className="prose-gov max-w-3xl">
      <PageHeading caption={council?.name}>Privacy notice</PageHeading>
      <p>
        {agency} uses your details to find you temporary work in {council ? `${council.name}'s` : "council"} services, to check that you can
        legally do that work, and to pay you.
      </p>
      <h2 className="mb-3 text-2xl font-bold">What we keep</h2>
      <p>
        Your name, contact details and postcode; your right to work, DBS and reference checks; your applications,
        placements and timesheets. If you choose to tell us you belong to a priority group (for example a care leaver or
        a veteran), we use it only in anonymous totals: never to decide on an application.
      </p>
      <h2 className="mb-3 text-2xl font-bold">How long we keep it</h2>
      <p>
        If you are not placed, we remove your personal details {period(unsuccessful)} after your last activity. Copies of right to
        work documents are deleted {period(DEFAULT_RIGHT_TO_WORK_RETENTION_MONTHS)} after your work with us ends. You can download
        everything we hold about you, and ask us to delete your account, from your account pages.
      </p>
    </div>
  );
}
