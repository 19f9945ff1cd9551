import type { Metadata } from "next";
import { PageHeading, Pagination, Table } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { listAgencyRequisitions } from "@/lib/requisitions/queries";

export const metadata: Metadata = { title: "Requisitions – Connect2 team – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgencyHome({ searchParams }: Props) {
  const viewer = await getViewer();
  const sp = await searchParams;
  const page = await listAgencyRequisitions(viewer, { page: pageFrom(sp.page) });
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>Requisitions to release and fill</PageHeading>
      <Table
        caption="Approved and open requisitions"
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="Nothing is waiting: no approved or open requisitions."
        columns={[
          { key: "reference", header: "Reference", cell: (r) => r.reference, rowHeader: true },
          { key: "title", header: "Job title", cell: (r) => r.jobTitle },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "start", header: "Start date", cell: (r) => formatDate(r.startDate) },
          { key: "applied", header: "Applied", cell: (r) => (r.pipeline.APPLIED ?? 0) + (r.pipeline.SCREENED ?? 0), numeric: true },
          { key: "shortlisted", header: "Shortlisted", cell: (r) => (r.pipeline.SHORTLISTED ?? 0) + (r.pipeline.INTERVIEW ?? 0), numeric: true },
          { key: "placed", header: "Placed", cell: (r) => `${r.pipeline.PLACED ?? 0} of ${r.headcount}`, numeric: true },
          { key: "days", header: "Days open", cell: (r) => r.daysOpen, numeric: true },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/agency?page=${p}`} />
    </>
  );
}
