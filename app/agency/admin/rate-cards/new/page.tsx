import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { ROLE_CATEGORY_VALUES } from "@/lib/admin/schemas";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { adminViewer } from "../../_lib/guard";
import { saveRateCardAction } from "../../actions";

export default async function NewRateCardPage() {
  await adminViewer();
  return (
    <>
      <BackLink href="/agency/admin/rate-cards">Back to rate cards</BackLink>
      <AgencyForm
        action={saveRateCardAction}
        title="Add rates"
        heading="Add rates for a role category and grade"
        fields={[
          { kind: "select", name: "roleCategory", label: "Role category", placeholder: "Choose the role category", options: ROLE_CATEGORY_VALUES.map((r) => ({ value: r, label: ROLE_CATEGORY_LABEL[r] })) },
          { kind: "text", name: "grade", label: "Grade", hint: "For example, Band 3", width: 10 },
          { kind: "money", name: "payMin", label: "Lowest pay rate an hour" },
          { kind: "money", name: "payMax", label: "Highest pay rate an hour" },
          { kind: "money", name: "chargeMin", label: "Lowest charge rate an hour" },
          { kind: "money", name: "chargeMax", label: "Highest charge rate an hour" },
          { kind: "date", name: "effectiveFrom", label: "Rates apply from", hint: "For example, 1 4 2027" },
        ]}
        submitLabel="Add the rates"
      />
    </>
  );
}
