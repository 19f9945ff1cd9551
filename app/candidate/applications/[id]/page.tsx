import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, InsetText, NotificationBanner, PageHeading, SummaryList } from "@/components/ui";
import { StageTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { getMyApplication } from "@/lib/applications/candidate-queries";
import type { ApplicationStage } from "@/lib/enums";
import { formatDate, formatDateTime, formatHours } from "@/lib/format";
import { DBS_LABEL, STAGE_LABEL } from "@/lib/requisitions/labels";
import { orNotFound, type SearchParams } from "../../_lib/load";

export const metadata: Metadata = { title: "Your application – Connect2 portal" };

/** What each stage means, in plain words. */
const STAGE_MEANING: Record<ApplicationStage, string> = {
  APPLIED: "We have your application.",
  SCREENED: "The Connect2 team has looked at your application.",
  SHORTLISTED: "The Connect2 team has sent your application to the manager of the service.",
  INTERVIEW: "The manager would like to meet you. The Connect2 team will contact you to arrange it.",
  OFFERED: "You have been offered the job. The Connect2 team will contact you about checks and your start date.",
  PLACED: "You have been placed in this job.",
  REJECTED: "This application was not successful this time. Thank you for applying.",
  WITHDRAWN: "You withdrew this application.",
};

export default async function MyApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const a = await orNotFound(getMyApplication(await getViewer(), id));
  return (
    <>
      <BackLink href="/candidate">My applications</BackLink>
      {sp.applied ? (
        <NotificationBanner type="success" heading="Application sent">
          <p>The Connect2 team will look at it and contact you. You can follow it here.</p>
        </NotificationBanner>
      ) : null}
      {sp.withdrawn ? <NotificationBanner type="success" heading="You have withdrawn this application" /> : null}
      <PageHeading caption={a.serviceName}>{a.jobTitle}</PageHeading>
      <p className="mb-2">
        <StageTag stage={a.stage} />
      </p>
      <p className="mb-8">{STAGE_MEANING[a.stage]}</p>
      <SummaryList
        rows={[
          { key: "Reference", value: a.reference },
          { key: "Applied", value: formatDate(a.appliedAt) },
          { key: "Start date", value: formatDate(a.vacancy.startDate) },
          { key: "Hours", value: `${formatHours(a.vacancy.hoursPerWeek)} a week` },
          { key: "Checks needed", value: `${DBS_LABEL[a.vacancy.dbsLevel]}${a.vacancy.registrationRequired ? `; ${a.vacancy.registrationRequired} registration` : ""}` },
          { key: "Your note", value: a.coverNote ? <span className="whitespace-pre-line">{a.coverNote}</span> : "No note" },
          { key: "Availability", value: a.availabilityConfirmed ? "You confirmed you can work the hours and start date" : "Not confirmed" },
          ...(a.closedReason ? [{ key: a.stage === "WITHDRAWN" ? "Why you withdrew" : "Why it closed", value: a.closedReason }] : []),
        ]}
      />

      <h2 className="mb-4 text-2xl font-bold">What has happened so far</h2>
      <ol className="mb-8 border-l-4 border-[#b1b4b6] pl-5">
        {a.timeline.map((t, i) => (
          <li key={i} className="mb-4">
            <h3 className="font-bold">{STAGE_LABEL[t.stage]}</h3>
            <p className="text-[#505a5f]">
              <time dateTime={t.at.toISOString()}>{formatDateTime(t.at)}</time>
            </p>
            {t.reason ? <p>{t.stage === "WITHDRAWN" ? "Your reason" : "Reason"}: {t.reason}</p> : null}
          </li>
        ))}
      </ol>

      {a.placementId ? (
        <p className="mb-6">
          <Link href={`/candidate/placements/${a.placementId}`}>See your placement and send timesheets</Link>
        </p>
      ) : null}
      {a.canWithdraw ? (
        <>
          <p className="mb-6">
            <Link href="/candidate/documents">See the checks this job needs and upload documents</Link>
          </p>
          <InsetText>
            If you no longer want this job, you can <Link href={`/candidate/applications/${a.id}/withdraw`}>withdraw this application</Link>.
          </InsetText>
        </>
      ) : null}
    </>
  );
}
