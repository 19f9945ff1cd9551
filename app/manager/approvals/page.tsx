import type { Metadata } from "next";
import Link from "next/link";
import { Details, NotificationBanner, PageHeading, Pagination, Table } from "@/components/ui";
import { ExportLink, qs } from "@/components/manager/export-link";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { listApprovalQueue } from "@/lib/requisitions/manager-queries";
import { param, type SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Approvals – Hiring managers – Connect2 portal" };

const DONE: Record<string, string> = {
  approved: "approved. Connect2 has been told it is ready to release.",
  "first-approved": "has its first approval. The head of service or finance has been asked for the second approval.",
  declined: "declined. The raiser has been told your reason and can amend it.",
};

export default async function ApprovalsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  const page = await listApprovalQueue(viewer, { page: pageFrom(sp.page) });
  const done = DONE[param(sp.done) ?? ""];
  const canApprove = !!viewer && (viewer.budgetHolderServiceIds.length > 0 || viewer.secondApproverServiceIds.length > 0);
  return (
    <>
      {done ? <NotificationBanner type="success">{`Requisition ${param(sp.ref) ?? ""} ${done}`}</NotificationBanner> : null}
      <PageHeading>Approvals</PageHeading>
      {!canApprove ? (
        <p className="mb-6">You do not hold a budget or second-approver right in any of your services, so nothing here waits for you.</p>
      ) : null}
      <Details summary="Who approves what">
        <p className="mb-2">
          The service&rsquo;s budget holder approves or declines each requisition. When the estimated cost is above the council&rsquo;s threshold, a second
          approval from the head of service or finance follows.
        </p>
        <p className="mb-0">
          Segregation of duties: nobody approves a requisition they raised themselves, and the second approval must come from a different person from the
          first. Such requisitions are not listed here.
        </p>
      </Details>
      <Table
        caption="Waiting for your decision"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="Nothing is waiting for your approval."
        columns={[
          { key: "reference", header: "Reference", cell: (r) => <Link href={`/manager/approvals/${r.id}`}>{r.reference}</Link>, rowHeader: true },
          { key: "title", header: "Job title", cell: (r) => r.jobTitle },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "raised", header: "Raised by", cell: (r) => r.raisedByName },
          { key: "step", header: "Step", cell: (r) => (r.step === "FIRST" ? "Budget holder" : "Second approval") },
          { key: "cost", header: "Estimated cost", cell: (r) => formatMoney(r.estimatedCostPence), numeric: true },
          { key: "submitted", header: "Submitted", cell: (r) => formatDate(r.submittedAt) },
          { key: "days", header: "Days waiting", cell: (r) => r.daysWaiting, numeric: true },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager/approvals${qs({ page: p })}`} />
      <ExportLink href="/manager/approvals/export" what="this list" />
    </>
  );
}
