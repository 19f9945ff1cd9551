import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { ABSENCE_AWR_EFFECT, ABSENCE_LABEL } from "@/lib/placements/absence-rules";
import type { AbsenceType } from "@/lib/enums";
import { formatDate } from "@/lib/format";
import { orNotFound } from "../../../../_lib/load";
import { recordAbsenceAction } from "../../../actions";

const TYPES: AbsenceType[] = ["SICKNESS", "JURY_SERVICE", "PREGNANCY_MATERNITY", "ANNUAL_LEAVE", "OTHER"];

/** Record a worker's absence on a placement: it pauses (or keeps running) the AWR clock (rule 2). */
export default async function NewAbsencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await orNotFound(getAgencyPlacement(await getViewer(), id));
  const end = p.actualEndDate ?? p.plannedEndDate;
  return (
    <>
      <BackLink href={`/agency/placements/${p.id}`}>Back to the placement</BackLink>
      <AgencyForm
        action={recordAbsenceAction}
        title={`Record an absence for ${p.workerName}`}
        caption={`${p.reference} · ${p.workerName}`}
        heading="Record an absence"
        intro={
          <SummaryList
            rows={[
              { key: "Placement", value: `${p.jobTitle}, ${formatDate(p.startDate)} to ${formatDate(end)}` },
              { key: "Absences already recorded", value: p.absences.length ? p.absences.map((a) => `${ABSENCE_LABEL[a.type]}: ${formatDate(a.startDate)} to ${formatDate(a.endDate)}`).join("; ") : "None" },
            ]}
          />
        }
        fields={[
          { kind: "hidden", name: "placementId", value: p.id },
          { kind: "radios", name: "type", label: "Type of absence", options: TYPES.map((t) => ({ value: t, label: ABSENCE_LABEL[t], hint: ABSENCE_AWR_EFFECT[t] })) },
          { kind: "date", name: "startDate", label: "First day of the absence", hint: `Within the placement, from ${formatDate(p.startDate)}. For example, 3 11 2026` },
          { kind: "date", name: "endDate", label: "Last day of the absence", hint: `The same as or after the first day, and no later than ${formatDate(end)}. For example, 7 11 2026` },
        ]}
        submitLabel="Save the absence"
      />
    </>
  );
}
