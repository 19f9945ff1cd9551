import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { adminViewer } from "../../_lib/guard";
import { createServiceAction } from "../../actions";

export default async function NewServicePage() {
  await adminViewer();
  return (
    <>
      <BackLink href="/agency/admin/services">Back to services</BackLink>
      <AgencyForm
        action={createServiceAction}
        title="Add a service"
        heading="Add a service"
        fields={[
          { kind: "text", name: "name", label: "Service name", hint: "For example, Neighbourhood Services", width: 30 },
          { kind: "text", name: "code", label: "Short code", hint: "For example, NS", width: 10 },
        ]}
        submitLabel="Add the service"
      />
    </>
  );
}
