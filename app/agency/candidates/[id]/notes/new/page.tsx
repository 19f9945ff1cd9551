import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getCandidateRecord } from "@/lib/candidates/agency-queries";
import { orNotFound } from "../../../../_lib/load";
import { noteAction } from "../../../actions";

export default async function NewNotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await orNotFound(getCandidateRecord(await getViewer(), id));
  const name = `${c.firstName} ${c.lastName}`;
  return (
    <>
      <BackLink href={`/agency/candidates/${c.id}`}>Back to {name}</BackLink>
      <AgencyForm
        action={noteAction}
        title={`Add a note for ${name}`}
        caption={name}
        heading="Add a note"
        intro={<p className="mb-6 max-w-2xl">Notes are kept on the record and cannot be edited. The candidate can see them if they ask for their data.</p>}
        fields={[
          { kind: "hidden", name: "candidateId", value: c.id },
          { kind: "textarea", name: "body", label: "Note", rows: 6 },
        ]}
        submitLabel="Add the note"
      />
    </>
  );
}
