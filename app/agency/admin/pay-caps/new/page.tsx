import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { DFE_REGIONS, PAY_CAP_CATEGORIES } from "@/lib/admin/schemas";
import { getCouncilRegion, getPayCap } from "@/lib/admin/setting-queries";
import { formatDate, formatMoney } from "@/lib/format";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { orNotFound, param, type SearchParams } from "../../../_lib/load";
import { adminViewer } from "../../_lib/guard";
import { addPayCapAction } from "../actions";

/** Add a regional pay cap; with ?replace=<id>, a later cap for the same region, role category and grade. */
export default async function NewPayCapPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminViewer();
  const replaceId = param((await searchParams).replace);
  const [region, replacing] = await Promise.all([getCouncilRegion(viewer), replaceId ? orNotFound(getPayCap(viewer, replaceId)) : Promise.resolve(null)]);
  const regions = [...new Set([...DFE_REGIONS, region])];
  return (
    <>
      <BackLink href="/agency/admin/pay-caps">Back to pay caps</BackLink>
      <AgencyForm
        action={addPayCapAction}
        title={replacing ? "Replace a pay cap" : "Add a pay cap"}
        heading={replacing ? "Replace a pay cap" : "Add a DfE regional pay cap"}
        intro={
          replacing ? (
            <p className="mb-6 max-w-2xl">
              The cap of {formatMoney(replacing.maxPayPence)} an hour for {replacing.region}, {ROLE_CATEGORY_LABEL[replacing.roleCategory]},{" "}
              {replacing.grade ?? "all grades"} has applied since {formatDate(replacing.effectiveFrom)}. Give the new cap and the date it takes over;
              the old cap stays on record for the dates before.
            </p>
          ) : null
        }
        fields={[
          {
            kind: "select", name: "region", label: "Region", placeholder: "Choose the region", defaultValue: replacing?.region ?? region,
            hint: `This council's placements are checked against the caps for ${region}.`,
            options: regions.map((r) => ({ value: r, label: r })),
          },
          {
            kind: "radios", name: "roleCategory", label: "Role category", defaultValue: replacing?.roleCategory ?? "CHILD_FAMILY_SOCIAL_WORK",
            options: PAY_CAP_CATEGORIES.map((c) => ({ value: c, label: ROLE_CATEGORY_LABEL[c] })),
          },
          {
            kind: "text", name: "grade", label: "Grade", optional: true, width: 10, defaultValue: replacing?.grade ?? "",
            hint: "Leave empty for a cap on every grade. A cap for one grade, like Band 9, is used instead of the every-grade cap for requisitions of that grade.",
          },
          { kind: "money", name: "maxPay", label: "Highest pay rate an hour", hint: "The worker's hourly pay, not the charge rate" },
          {
            kind: "date", name: "effectiveFrom", label: "Cap applies from",
            hint: replacing ? `For example, 1 4 2027. It must be after ${formatDate(replacing.effectiveFrom)}.` : "For example, 1 4 2027",
          },
        ]}
        submitLabel="Add the pay cap"
      />
    </>
  );
}
