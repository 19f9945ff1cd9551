import type { Metadata } from "next";
import { BackLink, ButtonLink, NotificationBanner, PageHeading, Table } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { listRateCards } from "@/lib/admin/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { param, type SearchParams } from "../../_lib/load";
import { adminViewer } from "../_lib/guard";

export const metadata: Metadata = { title: "Rate cards – Settings – Connect2 team – Connect2 portal" };

export default async function RateCardsPage({ searchParams }: { searchParams: SearchParams }) {
  const rows = await listRateCards(await adminViewer());
  const done = param((await searchParams).done);
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      {done ? <NotificationBanner type="success">The rates have been added.</NotificationBanner> : null}
      <PageHeading>Rate cards</PageHeading>
      <p className="mb-6 max-w-2xl">Pay and charge ranges by role category and grade. New rates apply from their date; requisitions already costed keep theirs.</p>
      <p className="mb-6"><ButtonLink href="/agency/admin/rate-cards/new">Add rates</ButtonLink></p>
      <ExportLink href="/agency/admin/rate-cards/export" what="rate cards" />
      <Table
        caption={`${rows.length} rate card ${rows.length === 1 ? "line" : "lines"}`}
        captionSize="m"
        rows={rows}
        rowKey={(r) => r.id}
        emptyMessage="No rate cards yet."
        columns={[
          { key: "cat", header: "Role category", rowHeader: true, cell: (r) => ROLE_CATEGORY_LABEL[r.roleCategory] },
          { key: "grade", header: "Grade", cell: (r) => r.grade },
          { key: "pay", header: "Pay an hour", cell: (r) => `${formatMoney(r.payMinPence)} to ${formatMoney(r.payMaxPence)}` },
          { key: "charge", header: "Charge an hour", cell: (r) => `${formatMoney(r.chargeMinPence)} to ${formatMoney(r.chargeMaxPence)}` },
          { key: "from", header: "From", cell: (r) => formatDate(r.effectiveFrom) },
        ]}
      />
    </>
  );
}
