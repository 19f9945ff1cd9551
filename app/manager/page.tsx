import type { Metadata } from "next";
import { PageHeading, Pagination, Table } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { countManagerRequisitionsByStatus, listManagerRequisitions } from "@/lib/requisitions/queries";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import type { RequisitionStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Home – Hiring managers – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ORDER: RequisitionStatus[] = ["DRAFT", "SUBMITTED", "DECLINED", "APPROVED", "OPEN", "FILLED", "CLOSED", "CANCELLED"];

export default async function ManagerHome({ searchParams }: Props) {
  const viewer = await getViewer();
  const sp = await searchParams;
  const [counts, page] = await Promise.all([
    countManagerRequisitionsByStatus(viewer),
    listManagerRequisitions(viewer, { page: pageFrom(sp.page) }),
  ]);
  return (
    <>
      <PageHeading caption={viewer?.name}>Your services&rsquo; requisitions</PageHeading>
      <h2 className="mb-3 text-2xl font-bold">By state</h2>
      <ul className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Requisitions by state">
        {ORDER.map((s) => (
          <li key={s} className="border-l-4 border-[#1d70b8] bg-[#f3f2f1] p-3">
            <span className="block text-3xl font-bold">{counts[s] ?? 0}</span>
            <span>{REQUISITION_STATUS_LABEL[s]}</span>
          </li>
        ))}
      </ul>
      <Table
        caption="Requisitions"
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="Your services have no requisitions yet."
        columns={[
          { key: "reference", header: "Reference", cell: (r) => r.reference, rowHeader: true },
          { key: "title", header: "Job title", cell: (r) => r.jobTitle },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "headcount", header: "Headcount", cell: (r) => r.headcount, numeric: true },
          { key: "start", header: "Start date", cell: (r) => formatDate(r.startDate) },
          { key: "days", header: "Days open", cell: (r) => r.daysOpen, numeric: true },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager?page=${p}`} />
    </>
  );
}
