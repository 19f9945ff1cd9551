import type { Metadata } from "next";
import { BackLink, ButtonLink, NotificationBanner, PageHeading, Table } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { listServices } from "@/lib/admin/queries";
import { formatMoney } from "@/lib/format";
import { fyName } from "@/lib/metrics/period";
import { param, type SearchParams } from "../../_lib/load";
import { adminViewer } from "../_lib/guard";

export const metadata: Metadata = { title: "Services and cost centres – Settings – Connect2 team – Connect2 portal" };

const DONE: Record<string, string> = { service: "The service has been added.", "cost-centre": "The cost centre has been added.", budget: "The budget has been saved." };

export default async function ServicesPage({ searchParams }: { searchParams: SearchParams }) {
  const services = await listServices(await adminViewer());
  const done = param((await searchParams).done);
  type Row = { s: (typeof services)[number]; c: (typeof services)[number]["costCentres"][number] | null };
  const rows: Row[] = services.flatMap((s): Row[] => (s.costCentres.length ? s.costCentres.map((c) => ({ s, c })) : [{ s, c: null }]));
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      {done && DONE[done] ? <NotificationBanner type="success">{DONE[done]}</NotificationBanner> : null}
      <PageHeading>Services, cost centres and budgets</PageHeading>
      <div className="mb-6 flex flex-wrap gap-4">
        <ButtonLink href="/agency/admin/services/new">Add a service</ButtonLink>
        <ButtonLink variant="secondary" href="/agency/admin/services/cost-centre">Add a cost centre</ButtonLink>
        <ButtonLink variant="secondary" href="/agency/admin/services/budget">Set a budget</ButtonLink>
      </div>
      <ExportLink href="/agency/admin/services/export" what="services and budgets" />
      <Table
        caption="Services and their cost centres"
        captionSize="m"
        rows={rows}
        rowKey={(r) => `${r.s.id}-${r.c?.id ?? "none"}`}
        columns={[
          { key: "service", header: "Service", rowHeader: true, cell: (r) => `${r.s.name} (${r.s.code})` },
          { key: "cc", header: "Cost centre", cell: (r) => (r.c ? `${r.c.code} ${r.c.name}${r.c.active ? "" : " (closed)"}` : "None yet") },
          { key: "budgets", header: "Budgets", cell: (r) => (r.c?.budgets.length ? r.c.budgets.map((b) => `${fyName(b.financialYear)}: ${formatMoney(b.budgetPence)}`).join("; ") : "None set") },
        ]}
      />
    </>
  );
}
