import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { AVAILABILITIES } from "@/lib/candidates/labels";
import { AVAILABILITY_LABEL } from "@/lib/requisitions/labels";
import { addCandidateAction } from "../actions";

export default function NewCandidatePage() {
  return (
    <>
      <BackLink href="/agency/candidates">Back to the talent pool</BackLink>
      <AgencyForm
        action={addCandidateAction}
        title="Add a candidate"
        heading="Add a candidate"
        intro={<p className="mb-6 max-w-2xl">For someone you met or were referred who has not registered. We check for an existing record of the same person as soon as you save.</p>}
        fields={[
          { kind: "text", name: "firstName", label: "First name", width: 20 },
          { kind: "text", name: "lastName", label: "Last name", width: 20 },
          { kind: "text", name: "email", label: "Email address", type: "email", width: 30 },
          { kind: "text", name: "phone", label: "Phone number", type: "tel", optional: true, width: 20 },
          { kind: "date", name: "dateOfBirth", label: "Date of birth", optional: true, hint: "For example, 27 3 1994" },
          { kind: "text", name: "postcode", label: "Home postcode", hint: "Decides whether they count as a local resident", width: 10 },
          { kind: "text", name: "skills", label: "Skills", optional: true, hint: "Separate skills with commas, like Dementia care, Manual handling" },
          { kind: "select", name: "availability", label: "When can they start?", defaultValue: "IMMEDIATE", options: AVAILABILITIES.map((a) => ({ value: a, label: AVAILABILITY_LABEL[a] })) },
          { kind: "radios", name: "engagementType", label: "How would they be engaged?", defaultValue: "PAYE", options: [{ value: "PAYE", label: "PAYE" }, { value: "UMBRELLA", label: "Umbrella company" }, { value: "LIMITED_COMPANY", label: "Their own limited company" }] },
        ]}
        submitLabel="Add the candidate"
      />
    </>
  );
}
