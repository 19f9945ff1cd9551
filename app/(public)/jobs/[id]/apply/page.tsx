import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { BackLink, InsetText, PageHeading, SummaryList } from "@/components/ui";
import { myApplicationFor } from "@/lib/applications/candidate-queries";
import { getViewer } from "@/lib/auth/session";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { formatDate, formatHours } from "@/lib/format";
import { requestHost } from "@/lib/http/request";
import { getVacancy } from "@/lib/vacancies/queries";
import { payRange } from "../../pay";
import { ApplyForm } from "./apply-form";

type Props = { params: Promise<{ id: string }> };

/**
 * Apply for a vacancy. Signed out: sign in (or register) first and come back here. The application
 * itself is checked again by applyForVacancy; this page only chooses what to show.
 */
export default async function ApplyPage({ params }: Props) {
  const { id } = await params;
  const council = await resolvePublicCouncil(await requestHost());
  const v = council ? await getVacancy(council.id, id) : null;
  if (!council || !v) notFound();
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/jobs/${id}/apply`)}`);
  if (viewer.role !== "CANDIDATE") forbidden();
  if (viewer.councilId !== council.id) notFound();
  const existing = await myApplicationFor(viewer, v.id);

  if (existing || v.availability !== "live") {
    return (
      <>
        <title>{`${existing ? "Already applied" : "Applications closed"} – ${v.jobTitle} – Connect2 portal`}</title>
        <BackLink href={`/jobs/${v.id}`}>Back to the job</BackLink>
        <PageHeading caption={v.jobTitle}>{existing ? "You have already applied for this job" : "This job is no longer taking applications"}</PageHeading>
        {existing ? (
          <p className="mb-6">
            You applied on {formatDate(existing.appliedAt)}. You only need to apply once.{" "}
            <Link href={`/candidate/applications/${existing.id}`}>See your application</Link>
          </p>
        ) : (
          <InsetText>{v.availability === "filled" ? "This vacancy has been filled." : "This vacancy has closed."}</InsetText>
        )}
        <p>
          <Link href="/jobs">Find other jobs</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink href={`/jobs/${v.id}`}>Back to the job</BackLink>
      <ApplyForm
        requisitionId={v.id}
        jobTitle={v.jobTitle}
        summary={
          <SummaryList
            rows={[
              { key: "Job", value: v.jobTitle },
              { key: "Service", value: v.serviceName },
              { key: "Pay", value: payRange(v.payRateMinPence, v.payRateMaxPence) },
              { key: "Hours", value: `${formatHours(v.hoursPerWeek)} a week` },
              { key: "Start date", value: formatDate(v.startDate) },
              { key: "Expected end date", value: formatDate(v.expectedEndDate) },
            ]}
          />
        }
        availabilityLabel={`I can work ${formatHours(v.hoursPerWeek)} a week from ${formatDate(v.startDate)}, or I have explained in my note when I can start`}
      />
    </>
  );
}
