import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { listSpendServices } from "@/lib/admin/setting-queries";
import { param, type SearchParams } from "../../../_lib/load";
import { spendViewer } from "../../_lib/guard";
import { addOffContractSpendAction } from "../actions";

export default async function NewOffContractSpendPage({ searchParams }: { searchParams: SearchParams }) {
  const services = await listSpendServices(await spendViewer());
  const service = param((await searchParams).service);
  return (
    <>
      <BackLink href="/agency/admin/off-contract-spend">Back to off-contract spend</BackLink>
      <AgencyForm
        action={addOffContractSpendAction}
        title="Add off-contract spend"
        heading="Add off-contract agency spend"
        intro={<p className="mb-6 max-w-2xl">Enter what a service spent on agency staff from another supplier over a period, as the service reported it.</p>}
        fields={[
          { kind: "select", name: "serviceId", label: "Service", placeholder: "Choose the service", defaultValue: services.some((s) => s.id === service) ? service : "", options: services.map((s) => ({ value: s.id, label: s.name })) },
          { kind: "text", name: "supplier", label: "Supplier", hint: "The agency the service used, like Hays Social Care" },
          { kind: "date", name: "periodStart", label: "First day of the period", hint: "For example, 1 7 2026" },
          { kind: "date", name: "periodEnd", label: "Last day of the period", hint: "For example, 30 9 2026" },
          { kind: "money", name: "amount", label: "Amount spent", hint: "The total the supplier charged for the period, including their fees, excluding VAT" },
        ]}
        submitLabel="Add the spend"
      />
    </>
  );
}
