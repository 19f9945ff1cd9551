import { Button, Select, TextInput } from "@/components/ui";
import { AVAILABILITY_LABEL } from "@/lib/requisitions/labels";
import { AVAILABILITIES } from "@/lib/candidates/labels";
import { COMPLIANCE_FILTERS, COMPLIANCE_FILTER_LABEL, type TalentPoolFilter } from "@/lib/candidates/agency-queries";

/** The talent-pool search (a GET form: works without JavaScript, and the URL can be shared). */
export function PoolFilters({ action, f }: { action: string; f: TalentPoolFilter }) {
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-x-4">
      <TextInput name="q" label="Name, email, phone or postcode" defaultValue={f.q} width={20} />
      <TextInput name="skill" label="Skill" defaultValue={f.skill} width={20} />
      <Select name="availability" label="Availability" defaultValue={f.availability ?? ""} options={[{ value: "", label: "Any" }, ...AVAILABILITIES.map((a) => ({ value: a, label: AVAILABILITY_LABEL[a] }))]} />
      <Select name="local" label="Local resident" defaultValue={f.local ?? ""} options={[{ value: "", label: "Any" }, { value: "yes", label: "Local" }, { value: "no", label: "Not local" }]} />
      <Select name="compliance" label="Compliance" defaultValue={f.compliance ?? ""} options={[{ value: "", label: "Any" }, ...COMPLIANCE_FILTERS.map((c) => ({ value: c, label: COMPLIANCE_FILTER_LABEL[c] }))]} />
      <Button variant="secondary" className="mb-6">
        Search
      </Button>
    </form>
  );
}
