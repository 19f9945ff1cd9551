import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { listServices } from "@/lib/admin/queries";
import { londonToday } from "@/lib/jobs/clock";
import { financialYearOf, fyName } from "@/lib/metrics/period";
import { adminViewer } from "../../_lib/guard";
import { setBudgetAction } from "../../actions";

export default async function BudgetPage() {
  const services = await listServices(await adminViewer());
  const fy = financialYearOf(londonToday());
  return (
    <>
      <BackLink href="/agency/admin/services">Back to services</BackLink>
      <AgencyForm
        action={setBudgetAction}
        title="Set a budget"
        heading="Set a cost centre's agency staffing budget"
        fields={[
          { kind: "select", name: "costCentreId", label: "Cost centre", placeholder: "Choose the cost centre", options: services.flatMap((s) => s.costCentres.map((c) => ({ value: c.id, label: `${s.name}: ${c.code} ${c.name}` }))) },
          { kind: "select", name: "financialYear", label: "Financial year", defaultValue: String(fy), options: [fy - 1, fy, fy + 1].map((y) => ({ value: String(y), label: fyName(y) })) },
          { kind: "money", name: "budget", label: "Budget for the year" },
        ]}
        submitLabel="Save the budget"
      />
    </>
  );
}
