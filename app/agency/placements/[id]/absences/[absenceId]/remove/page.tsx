import { notFound } from "next/navigation";
import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { ABSENCE_AWR_EFFECT, ABSENCE_LABEL } from "@/lib/placements/absence-rules";
import { formatDate } from "@/lib/format";
import { orNotFound } from "../../../../../_lib/load";
import { removeAbsenceAction } from "../../../../actions";

/** Remove an absence recorded by mistake; the AWR clock is worked out again without it. */
export default async function RemoveAbsencePage({ params }: { params: Promise<{ id: string; absenceId: string }> }) {
  const { id, absenceId } = await params;
  const p = await orNotFound(getAgencyPlacement(await getViewer(), id));
  const a = p.absences.find((x) => x.id === absenceId);
  if (!a) notFound();
  return (
    <>
      <BackLink href={`/agency/placements/${p.id}`}>Back to the placement</BackLink>
      <AgencyForm
        action={removeAbsenceAction}
        title={`Remove an absence of ${p.workerName}`}
        caption={`${p.reference} · ${p.workerName}`}
        heading="Remove this absence?"
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Absence", value: ABSENCE_LABEL[a.type] },
                { key: "Dates", value: `${formatDate(a.startDate)} to ${formatDate(a.endDate)}` },
                { key: "Effect on the AWR clock", value: ABSENCE_AWR_EFFECT[a.type] },
                { key: "Recorded", value: `${formatDate(a.createdAt)}${a.recordedByName ? ` by ${a.recordedByName}` : ""}` },
              ]}
            />
            <p className="mb-6 max-w-2xl">Only remove an absence that was entered by mistake. The removal is kept in the audit log.</p>
          </>
        }
        fields={[
          { kind: "hidden", name: "placementId", value: p.id },
          { kind: "hidden", name: "absenceId", value: a.id },
        ]}
        submitLabel="Remove the absence"
        submitVariant="warning"
      />
    </>
  );
}
