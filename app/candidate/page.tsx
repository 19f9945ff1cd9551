import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner, PageHeading, Table } from "@/components/ui";
import { StageTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { getCandidateHome } from "@/lib/candidates/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "My applications – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CandidateHomePage({ searchParams }: Props) {
  const sp = await searchParams;
  const home = await getCandidateHome(await getViewer());
  return (
    <>
      {sp.welcome ? (
        <NotificationBanner type="success" heading="Your account has been created.">
          <p>You can now apply for jobs.</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={`Hello, ${home.firstName}`}>My applications</PageHeading>
      <Table
        caption="Applications"
        captionHidden
        rows={home.applications}
        rowKey={(a) => a.id}
        emptyMessage={
          <>
            You have not applied for anything yet. <Link href="/jobs">Find a job</Link>.
          </>
        }
        columns={[
          { key: "job", header: "Job", cell: (a) => a.jobTitle, rowHeader: true },
          { key: "service", header: "Service", cell: (a) => a.serviceName },
          { key: "stage", header: "Stage", cell: (a) => <StageTag stage={a.stage} /> },
          { key: "applied", header: "Applied", cell: (a) => formatDate(a.appliedAt) },
          { key: "updated", header: "Last update", cell: (a) => formatDate(a.updatedAt) },
        ]}
      />
      <h2 className="mt-10 mb-3 text-2xl font-bold">My placements</h2>
      {home.placements.length === 0 ? (
        <p>You have no placements yet.</p>
      ) : (
        <ul className="list-disc pl-6">
          {home.placements.map((p) => (
            <li key={p.id}>
              {p.jobTitle}: {formatDate(p.startDate)} to {formatDate(p.plannedEndDate)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
