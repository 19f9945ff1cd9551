import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, Button, ButtonLink, NotificationBanner, PageHeading, Pagination, Select, Table, VisuallyHidden, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { listOffContractSpend, listSpendServices } from "@/lib/admin/setting-queries";
import { can } from "@/lib/auth/viewer";
import { formatDate, formatMoney } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { param, qs, type SearchParams } from "../../_lib/load";
import { spendViewer } from "../_lib/guard";

export const metadata: Metadata = { title: "Off-contract agency spend – Connect2 team – Connect2 portal" };

const BANNER: Record<string, string> = { added: "The spend has been added.", deleted: "The spend entry has been deleted." };

export default async function OffContractSpendPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await spendViewer();
  const sp = await searchParams;
  const services = await listSpendServices(viewer);
  const serviceId = services.find((s) => s.id === param(sp.service))?.id;
  const page = await listOffContractSpend(viewer, { serviceId, page: pageFrom(sp.page) });
  const done = param(sp.done);
  return (
    <>
      <BackLink href={can(viewer, "admin.settings") ? "/agency/admin" : "/agency/reports"}>{can(viewer, "admin.settings") ? "Back to settings" : "Back to team figures"}</BackLink>
      {done && BANNER[done] ? <NotificationBanner type="success">{BANNER[done]}</NotificationBanner> : null}
      <PageHeading>Off-contract agency spend</PageHeading>
      <p className="mb-6 max-w-2xl">
        Agency staff that council services bought from other suppliers, as the services report it. The board&apos;s &ldquo;agency spend through
        Connect2&rdquo; is spend through the agency divided by that plus these figures, each spread evenly over the days of its period.
      </p>
      <p className="mb-6"><ButtonLink href="/agency/admin/off-contract-spend/new">Add spend</ButtonLink></p>
      <form method="get" action="/agency/admin/off-contract-spend" className="mb-4 flex flex-wrap items-end gap-x-4">
        <Select name="service" label="Service" defaultValue={serviceId ?? ""} options={[{ value: "", label: "All services" }, ...services.map((s) => ({ value: s.id, label: s.name }))]} />
        <Button variant="secondary" className="mb-6">Filter</Button>
      </form>
      <ExportLink href={`/agency/admin/off-contract-spend/export${qs({ service: serviceId })}`} what="this spend" />
      <Table
        caption={`${page.total} ${page.total === 1 ? "entry" : "entries"}${page.total ? `, ${formatMoney(page.totalPence)} in all` : ""}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="No off-contract spend recorded."
        columns={[
          { key: "period", header: "Period", rowHeader: true, cell: (r) => `${formatDate(r.periodStart)} to ${formatDate(r.periodEnd)}` },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "supplier", header: "Supplier", cell: (r) => <span className="break-words">{r.supplier}</span> },
          { key: "amount", header: "Amount", numeric: true, cell: (r) => formatMoney(r.amountPence) },
          { key: "entered", header: "Entered", cell: (r) => `${formatDate(r.createdAt)}${r.enteredByName ? ` by ${r.enteredByName}` : ""}` },
          {
            key: "delete", header: <VisuallyHidden>Action</VisuallyHidden>,
            cell: (r) => (
              <Link href={`/agency/admin/off-contract-spend/${r.id}/delete`} className={linkClass}>
                Delete<VisuallyHidden> {r.supplier}, {r.serviceName}, {formatDate(r.periodStart)} to {formatDate(r.periodEnd)}</VisuallyHidden>
              </Link>
            ),
          },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/admin/off-contract-spend${qs({ service: serviceId, page: n })}`} />
    </>
  );
}
