import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { listServices } from "@/lib/admin/queries";
import { adminViewer } from "../../_lib/guard";
import { createCostCentreAction } from "../../actions";

export default async function NewCostCentrePage() {
  const services = await listServices(await adminViewer());
  return (
    <>
      <BackLink href="/agency/admin/services">Back to services</BackLink>
      <AgencyForm
        action={createCostCentreAction}
        title="Add a cost centre"
        heading="Add a cost centre"
        fields={[
          { kind: "select", name: "serviceId", label: "Service", placeholder: "Choose the service", options: services.map((s) => ({ value: s.id, label: s.name })) },
          { kind: "text", name: "code", label: "Cost centre code", width: 20 },
          { kind: "text", name: "name", label: "Cost centre name", hint: "For example, Adult Social Care agency staff", width: 30 },
        ]}
        submitLabel="Add the cost centre"
      />
    </>
  );
}
