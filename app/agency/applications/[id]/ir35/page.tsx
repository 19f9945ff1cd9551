import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getAgencyApplication } from "@/lib/applications/agency-queries";
import { londonToday } from "@/lib/jobs/clock";
import { orNotFound } from "../../../_lib/load";
import { determinationAction } from "../../actions";

/** Record the IR35 status determination statement (with reasons) for a limited-company engagement. */
export default async function Ir35Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const a = await orNotFound(getAgencyApplication(await getViewer(), id));
  const d = a.determination;
  return (
    <>
      <BackLink href={`/agency/applications/${a.id}`}>Back to the application</BackLink>
      <AgencyForm
        action={determinationAction}
        title={`IR35 status determination for ${a.candidate.name}`}
        caption={`${a.requisition.reference} · ${a.requisition.jobTitle}`}
        heading={`IR35 status determination for ${a.candidate.name}`}
        intro={
          <p className="mb-6 max-w-2xl">
            A limited-company engagement cannot be placed until the council gives a status determination statement with its reasons. If the
            worker disagrees, the council must answer within 45 days of receiving the disagreement.
          </p>
        }
        fields={[
          { kind: "hidden", name: "applicationId", value: a.id },
          { kind: "radios", name: "status", label: "Determination", defaultValue: d?.status ?? null, options: [{ value: "INSIDE", label: "Inside IR35" }, { value: "OUTSIDE", label: "Outside IR35" }] },
          { kind: "textarea", name: "reasons", label: "Reasons for the determination", defaultValue: d?.reasons ?? null, rows: 6 },
          { kind: "date", name: "determinedOn", label: "Date of the determination", defaultValue: d ? d.determinedOn.toISOString().slice(0, 10) : londonToday() },
          { kind: "date", name: "disagreementReceivedOn", label: "Date a disagreement was received", optional: true, defaultValue: d?.disagreementReceivedOn ? d.disagreementReceivedOn.toISOString().slice(0, 10) : null },
        ]}
        submitLabel="Save the determination"
      />
    </>
  );
}
