import type { Metadata } from "next";
import Link from "next/link";
import { Button, ButtonLink, PageHeading, Pagination, Select, Table, TextInput } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { ExportLink, qs } from "@/components/manager/export-link";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { listManagerRequisitions } from "@/lib/requisitions/queries";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { getRequisitionFormOptions } from "@/lib/requisitions/manager-queries";
import type { RequisitionStatus } from "@/lib/enums";
import { param, type SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Requisitions – Hiring managers – Connect2 portal" };

const STATUSES = Object.keys(REQUISITION_STATUS_LABEL) as RequisitionStatus[];

function requisitionFilter(sp: Record<string, string | string[] | undefined>) {
  const status = param(sp.status);
  return {
    status: status && STATUSES.includes(status as RequisitionStatus) ? (status as RequisitionStatus) : undefined,
    serviceId: param(sp.service),
    q: param(sp.q),
  };
}

export default async function RequisitionsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  const f = requisitionFilter(sp);
  const [page, options] = await Promise.all([listManagerRequisitions(viewer, { ...f, page: pageFrom(sp.page) }), getRequisitionFormOptions(viewer)]);
  const filterQs = { status: f.status, service: f.serviceId, q: f.q };
  return (
    <>
      <PageHeading>Requisitions</PageHeading>
      <ButtonLink href="/manager/requisitions/new">Raise a requisition</ButtonLink>
      <form method="get" action="/manager/requisitions" className="mt-6 mb-2 flex flex-wrap items-end gap-x-6" aria-label="Filter requisitions">
        <TextInput name="q" type="search" label="Reference or job title" defaultValue={f.q} width={20} />
        <Select
          name="status"
          label="State"
          options={STATUSES.map((s) => ({ value: s, label: REQUISITION_STATUS_LABEL[s] }))}
          placeholder="Any state"
          defaultValue={f.status ?? ""}
        />
        {options.services.length > 1 ? (
          <Select name="service" label="Service" options={options.services.map((s) => ({ value: s.id, label: s.name }))} placeholder="All your services" defaultValue={f.serviceId ?? ""} />
        ) : null}
        <div className="mb-6 md:mb-8">
          <Button variant="secondary">Filter</Button>
        </div>
      </form>
      <p className="mb-4" role="status">
        {page.total} {page.total === 1 ? "requisition" : "requisitions"}
        {f.status || f.q || f.serviceId ? " match the filter" : ""}.{" "}
        {f.status || f.q || f.serviceId ? <Link href="/manager/requisitions">Clear the filter</Link> : null}
      </p>
      <Table
        caption="Your services' requisitions"
        captionHidden
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="No requisitions match."
        columns={[
          { key: "reference", header: "Reference", cell: (r) => <Link href={`/manager/requisitions/${r.id}`}>{r.reference}</Link>, rowHeader: true },
          { key: "title", header: "Job title", cell: (r) => r.jobTitle },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "start", header: "Start date", cell: (r) => formatDate(r.startDate) },
          { key: "cost", header: "Estimated cost", cell: (r) => formatMoney(r.estimatedCostPence), numeric: true },
          { key: "days", header: "Days open", cell: (r) => r.daysOpen, numeric: true },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager/requisitions${qs({ ...filterQs, page: p })}`} />
      <ExportLink href={`/manager/requisitions/export${qs(filterQs)}`} what="these requisitions" />
    </>
  );
}
