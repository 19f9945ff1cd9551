import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, Pagination, Table } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { ExportLink, qs } from "@/components/manager/export-link";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { listShortlistsToReview } from "@/lib/applications/manager-queries";
import type { SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Shortlists – Hiring managers – Connect2 portal" };

export default async function ShortlistsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const page = await listShortlistsToReview(await getViewer(), { page: pageFrom(sp.page) });
  return (
    <>
      <PageHeading>Shortlists to review</PageHeading>
      <p className="mb-6 max-w-2xl">Candidates Connect2 has shortlisted for your services&rsquo; requisitions. Invite them to interview, accept or reject them.</p>
      <Table
        caption="Requisitions with candidates waiting for you"
        captionHidden
        rows={page.rows}
        rowKey={(r) => r.requisitionId}
        emptyMessage="No shortlisted candidates are waiting for your decision."
        columns={[
          { key: "ref", header: "Requisition", cell: (r) => <Link href={`/manager/requisitions/${r.requisitionId}/shortlist`}>{`${r.reference}: ${r.jobTitle}`}</Link>, rowHeader: true },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "n", header: "Candidates waiting", cell: (r) => r.awaiting, numeric: true },
          { key: "since", header: "Shortlisted since", cell: (r) => formatDate(r.oldestShortlistedAt, "") },
          { key: "days", header: "Days waiting", cell: (r) => r.daysWaiting, numeric: true },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager/shortlists${qs({ page: p })}`} />
      <ExportLink href="/manager/shortlists/export" what="this list" />
    </>
  );
}
