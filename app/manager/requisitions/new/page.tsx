import { BackLink } from "@/components/ui";
import { RequisitionForm } from "@/components/manager/requisition-form";
import { getViewer } from "@/lib/auth/session";
import { getRequisitionFormOptions } from "@/lib/requisitions/manager-queries";
import { saveRequisitionAction } from "../actions";

export default async function NewRequisitionPage() {
  const options = await getRequisitionFormOptions(await getViewer());
  return (
    <>
      <BackLink href="/manager/requisitions">Back to requisitions</BackLink>
      <RequisitionForm
        action={saveRequisitionAction}
        title="Raise a requisition"
        defaults={{ headcount: "1", hoursPerWeek: "37.5", ...(options.services.length === 1 ? { serviceId: options.services[0].id } : {}) }}
        services={options.services}
        costCentres={options.costCentres}
        rateCards={options.rateCards}
        approvalThresholdPence={options.approvalThresholdPence}
      />
    </>
  );
}
