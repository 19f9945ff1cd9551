import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getSettings } from "@/lib/admin/queries";
import { RETENTION_MONTHS_MAX, RETENTION_MONTHS_MIN } from "@/lib/admin/schemas";
import { adminViewer } from "../_lib/guard";
import { retentionAction } from "./actions";

export default async function RetentionPage() {
  const months = (await getSettings(await adminViewer())).retentionMonthsUnsuccessful;
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      <AgencyForm
        action={retentionAction}
        title="Retention period"
        heading="How long to keep unsuccessful candidates' details"
        intro={
          <div className="mb-6 max-w-2xl space-y-4">
            <p>
              Each night the retention job anonymises candidates who were never placed and have had no activity (signing in, updating their
              profile or an application changing) for this many months. Their name, contact details, documents, checks and notes are removed and
              their sign-in is closed; only figures that identify nobody are kept, such as the stage their applications reached.
            </p>
            <p>Shortening the period means more candidates are anonymised the next night, and that cannot be undone. The privacy notice on the job board states this period.</p>
          </div>
        }
        fields={[
          {
            kind: "text", name: "retentionMonths", label: "Months after last activity", width: 3, defaultValue: String(months),
            hint: `Whole months, from ${RETENTION_MONTHS_MIN} to ${RETENTION_MONTHS_MAX}. The usual period is 12.`,
          },
        ]}
        submitLabel="Save the retention period"
      />
    </>
  );
}
