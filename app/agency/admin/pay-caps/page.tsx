import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, ButtonLink, NotificationBanner, PageHeading, Table, VisuallyHidden, linkClass } from "@/components/ui";
import { listPayCaps, type PayCapRow } from "@/lib/admin/setting-queries";
import { formatDate, formatMoney } from "@/lib/format";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { param, type SearchParams } from "../../_lib/load";
import { adminViewer } from "../_lib/guard";

export const metadata: Metadata = { title: "DfE pay caps – Settings – Connect2 team – Connect2 portal" };

const what = (c: PayCapRow) => `${c.region}, ${ROLE_CATEGORY_LABEL[c.roleCategory]}, ${c.grade ?? "all grades"}`;
const STATUS: Record<PayCapRow["status"], (c: PayCapRow) => string> = {
  IN_FORCE: () => "In force",
  REPLACED: (c) => `Replaced from ${formatDate(c.replacedFrom)}`,
  FUTURE: (c) => `Applies from ${formatDate(c.effectiveFrom)}`,
};

export default async function PayCapsPage({ searchParams }: { searchParams: SearchParams }) {
  const caps = await listPayCaps(await adminViewer());
  const done = param((await searchParams).done);
  const columns = [
    { key: "region", header: "Region", rowHeader: true, cell: (c: PayCapRow) => c.region },
    { key: "cat", header: "Role category", cell: (c: PayCapRow) => ROLE_CATEGORY_LABEL[c.roleCategory] },
    { key: "grade", header: "Grade", cell: (c: PayCapRow) => c.grade ?? "All grades" },
    { key: "max", header: "Highest pay an hour", numeric: true, cell: (c: PayCapRow) => formatMoney(c.maxPayPence) },
    { key: "from", header: "From", cell: (c: PayCapRow) => formatDate(c.effectiveFrom) },
  ];
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      {done ? <NotificationBanner type="success">The pay cap has been added.</NotificationBanner> : null}
      <PageHeading>DfE regional pay caps</PageHeading>
      <div className="mb-6 max-w-2xl space-y-4">
        <p>
          The highest hourly pay an agency child and family social worker may be placed on in a region (DfE rules). A placement paying more
          cannot be confirmed without a recorded senior sign-off. This council&apos;s placements are checked against the caps for{" "}
          <strong>{caps.councilRegion}</strong>.
        </p>
        <p>Caps are never changed or removed, so past decisions keep the cap they were made on. To change a cap, add a new one from a later date.</p>
      </div>
      <p className="mb-6"><ButtonLink href="/agency/admin/pay-caps/new">Add a pay cap</ButtonLink></p>
      <Table
        caption={`Caps in force today, ${formatDate(caps.today)}`}
        captionSize="m"
        rows={caps.inForce}
        rowKey={(c) => c.id}
        emptyMessage="No pay caps are in force. Until one is recorded, placements are not checked against a cap."
        columns={[
          ...columns,
          {
            key: "replace", header: <VisuallyHidden>Action</VisuallyHidden>,
            cell: (c: PayCapRow) => (
              <Link href={`/agency/admin/pay-caps/new?replace=${c.id}`} className={linkClass}>
                Replace<VisuallyHidden> the cap for {what(c)}</VisuallyHidden>
              </Link>
            ),
          },
        ]}
      />
      <Table
        caption="Every cap recorded"
        captionSize="m"
        rows={caps.all}
        rowKey={(c) => c.id}
        emptyMessage="No pay caps recorded yet."
        columns={[...columns, { key: "status", header: "Status", cell: (c: PayCapRow) => STATUS[c.status](c) }]}
      />
    </>
  );
}
