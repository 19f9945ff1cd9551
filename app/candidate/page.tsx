import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner, PageHeading, Table, Tag } from "@/components/ui";
import { StageTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { listMyApplications } from "@/lib/applications/candidate-queries";
import { getCandidateHome } from "@/lib/candidates/queries";
import { PLACEMENT_STATUS_LABEL } from "@/lib/candidates/labels";
import { listMyTimesheets } from "@/lib/timesheets/candidate-queries";
import { getMyPlacement } from "@/lib/placements/candidate-queries";
import { formatDate } from "@/lib/format";
import type { SearchParams } from "./_lib/load";

export const metadata: Metadata = { title: "My applications – Connect2 portal" };

export default async function CandidateHomePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  const [home, applications, queried] = await Promise.all([
    getCandidateHome(viewer),
    listMyApplications(viewer),
    listMyTimesheets(viewer, { status: "QUERIED" }),
  ]);
  const current = home.placements.filter((p) => p.status === "ACTIVE" || p.status === "PENDING_START");
  // This week and last week of each active placement with no timesheet yet.
  const active = await Promise.all(current.filter((p) => p.status === "ACTIVE").map((p) => getMyPlacement(viewer, p.id)));
  const toSend = active.flatMap((p) => p.weeks.slice(0, 2).filter((w) => w.canSubmit).map((w) => ({ placement: p, weekStart: w.weekStart })));
  return (
    <>
      {sp.welcome ? (
        <NotificationBanner type="success" heading="Your account has been created.">
          <p>
            You can now apply for jobs. <Link href="/candidate/profile">Complete your profile</Link> so the Connect2 team knows when you can
            work and what you can do.
          </p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={`Hello, ${home.firstName}`}>My applications</PageHeading>

      {queried.length > 0 ? (
        <NotificationBanner heading="A timesheet needs your answer">
          <ul className="list-disc pl-6">
            {queried.map((t) => (
              <li key={t.id}>
                <Link href={`/candidate/timesheets/${t.id}`}>
                  {t.jobTitle}: week beginning {formatDate(t.weekStart)}
                </Link>
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}

      {toSend.length > 0 ? (
        <NotificationBanner heading="Timesheets to send">
          <ul className="list-disc pl-6">
            {toSend.map((t) => (
              <li key={`${t.placement.id}-${t.weekStart}`}>
                <Link href={`/candidate/timesheets/new?placement=${t.placement.id}&week=${t.weekStart}`}>
                  {t.placement.jobTitle}: week beginning {formatDate(t.weekStart)}
                </Link>
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}

      <Table
        caption="Applications"
        captionHidden
        rows={applications}
        rowKey={(a) => a.id}
        emptyMessage={
          <>
            You have not applied for anything yet. <Link href="/jobs">Find a job</Link>.
          </>
        }
        columns={[
          { key: "job", header: "Job", cell: (a) => <Link href={`/candidate/applications/${a.id}`}>{a.jobTitle}</Link>, rowHeader: true },
          { key: "service", header: "Service", cell: (a) => a.serviceName },
          { key: "stage", header: "Stage", cell: (a) => <StageTag stage={a.stage} /> },
          { key: "applied", header: "Applied", cell: (a) => formatDate(a.appliedAt) },
          { key: "updated", header: "Last update", cell: (a) => formatDate(a.lastChangeAt) },
        ]}
      />
      <p className="mb-10">
        <Link href="/jobs">Find more jobs</Link>
      </p>

      <h2 className="mb-3 text-2xl font-bold">My placements</h2>
      {current.length === 0 ? (
        <p className="mb-6">You have no current placements.</p>
      ) : (
        <ul className="mb-6 space-y-3">
          {current.map((p) => (
            <li key={p.id}>
              <Link href={`/candidate/placements/${p.id}`} className="font-bold">
                {p.jobTitle}
              </Link>{" "}
              <Tag colour={p.status === "ACTIVE" ? "green" : "blue"}>{PLACEMENT_STATUS_LABEL[p.status]}</Tag>
              <br />
              {formatDate(p.startDate)} to {formatDate(p.plannedEndDate)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/candidate/placements">All placements and timesheets</Link>
      </p>
    </>
  );
}
