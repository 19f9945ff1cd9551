import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getSettings } from "@/lib/admin/queries";
import { adminViewer } from "../_lib/guard";
import { thresholdAction } from "../actions";

export default async function ThresholdPage() {
  const s = await getSettings(await adminViewer());
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      <AgencyForm
        action={thresholdAction}
        title="Approval threshold"
        heading="Approval threshold"
        intro={<p className="mb-6 max-w-2xl">A requisition whose estimated cost is above this needs a second approval from the head of service or finance.</p>}
        fields={[{ kind: "money", name: "threshold", label: "Threshold", defaultValue: s.approvalThresholdPence }]}
        submitLabel="Save the threshold"
      />
    </>
  );
}
