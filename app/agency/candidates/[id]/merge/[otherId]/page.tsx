import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink, SummaryList, linkClass } from "@/components/ui";
import { AgencyForm, type FieldSpec } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getCandidateRecord, type CandidateRecord } from "@/lib/candidates/agency-queries";
import { MERGE_FIELDS, MERGE_FIELD_LABEL, type MergeField } from "@/lib/duplicates/merge-candidates";
import { formatDate } from "@/lib/format";
import { AVAILABILITY_LABEL, ENGAGEMENT_LABEL } from "@/lib/requisitions/labels";
import { orNotFound } from "../../../../_lib/load";
import { mergeAction } from "../../../actions";

function shown(c: CandidateRecord, f: MergeField): string {
  switch (f) {
    case "dateOfBirth":
      return c.dateOfBirth ? formatDate(c.dateOfBirth) : "";
    case "availability":
      return AVAILABILITY_LABEL[c.availability];
    case "engagementType":
      return ENGAGEMENT_LABEL[c.engagementType];
    default:
      return (c[f] as string | null) ?? "";
  }
}

/**
 * Merge two records of the same person: this record is kept, the other's history moves onto it; for each field
 * that differs, choose which value to keep.
 */
export default async function MergePage({ params }: { params: Promise<{ id: string; otherId: string }> }) {
  const { id, otherId } = await params;
  if (id === otherId) notFound();
  const viewer = await getViewer();
  const [keep, other] = await Promise.all([orNotFound(getCandidateRecord(viewer, id)), orNotFound(getCandidateRecord(viewer, otherId))]);
  const differing = MERGE_FIELDS.filter((f) => shown(keep, f) !== shown(other, f));
  const fields: FieldSpec[] = [
    { kind: "hidden", name: "keepId", value: keep.id },
    { kind: "hidden", name: "mergeId", value: other.id },
    ...differing.map((f): FieldSpec => ({
      kind: "radios", name: f, label: MERGE_FIELD_LABEL[f], defaultValue: shown(keep, f) ? "keep" : "merge",
      options: [
        { value: "keep", label: shown(keep, f) || "(blank)", hint: "From the record being kept" },
        { value: "merge", label: shown(other, f) || "(blank)", hint: "From the other record" },
      ],
    })),
  ];
  const summary = (c: CandidateRecord) =>
    `${c.applications.length} ${c.applications.length === 1 ? "application" : "applications"}, ${c.placements.length} ${c.placements.length === 1 ? "placement" : "placements"}, ${c.checks.length} ${c.checks.length === 1 ? "check" : "checks"}, ${c.notes.length} ${c.notes.length === 1 ? "note" : "notes"}, created ${formatDate(c.createdAt)}${c.hasAccount ? ", has a sign-in" : ""}`;
  return (
    <>
      <BackLink href={`/agency/candidates/${keep.id}`}>Back to {keep.firstName} {keep.lastName}</BackLink>
      <AgencyForm
        key={`${keep.id}-${other.id}`}
        action={mergeAction}
        title={`Merge ${other.firstName} ${other.lastName} into ${keep.firstName} ${keep.lastName}`}
        heading="Merge two records of the same person"
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Record kept", value: <><Link href={`/agency/candidates/${keep.id}`} className={linkClass}>{`${keep.firstName} ${keep.lastName}`}</Link> ({keep.email}): {summary(keep)}</> },
                { key: "Record merged into it", value: <><Link href={`/agency/candidates/${other.id}`} className={linkClass}>{`${other.firstName} ${other.lastName}`}</Link> ({other.email}): {summary(other)}</> },
              ]}
            />
            <p className="mb-4 max-w-2xl">
              Applications, checks, documents, notes and placements of the merged record move to the kept one; skills and declared groups are
              combined. The merged record stays, marked as merged, so nothing is lost. <Link href={`/agency/candidates/${other.id}/merge/${keep.id}`} className={linkClass}>Keep the other record instead</Link>
            </p>
            {differing.length ? <h2 className="mb-4 text-2xl font-bold">Choose the value to keep for each difference</h2> : <p className="mb-6">The two records hold the same details.</p>}
          </>
        }
        fields={fields}
        submitLabel="Merge the records"
        submitVariant="warning"
      />
    </>
  );
}
