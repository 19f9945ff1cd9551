import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getSettings } from "@/lib/admin/queries";
import { adminViewer } from "../_lib/guard";
import { localAreaAction } from "../actions";

export default async function LocalAreaPage() {
  const s = await getSettings(await adminViewer());
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      <AgencyForm
        action={localAreaAction}
        title="Local area"
        heading="Who counts as a local resident"
        intro={
          <p className="mb-6 max-w-2xl">
            A candidate is local when their postcode is in one of these districts and not in an excluded sector. Where an imported postcode
            lookup lists their postcode, its local authority code decides instead. Saving works out every candidate&rsquo;s flag again;
            placements keep the flag they had when they were made.
          </p>
        }
        fields={[
          { kind: "textarea", name: "postcodeDistricts", label: "Postcode districts", hint: "Separate with commas, like LU1, LU2, LU3, LU4", defaultValue: s.localArea.postcodeDistricts.join(", "), rows: 3 },
          { kind: "textarea", name: "excludedSectors", label: "Sectors outside the council's area", optional: true, hint: "Separate with commas, like LU2 8", defaultValue: s.localArea.excludedSectors.join(", "), rows: 2 },
          { kind: "text", name: "localAuthorityCodes", label: "The council's local authority codes", optional: true, hint: `For the postcode lookup, like ${s.localAuthorityCode}. Left empty, ${s.localAuthorityCode} is used.`, defaultValue: s.localArea.localAuthorityCodes.join(", "), width: 30 },
        ]}
        submitLabel="Save the local area"
      />
    </>
  );
}
