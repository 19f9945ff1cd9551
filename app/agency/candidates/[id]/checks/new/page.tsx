import Link from "next/link";
import { BackLink, linkClass } from "@/components/ui";
import { AgencyForm, type FieldSpec } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getCandidateRecord } from "@/lib/candidates/agency-queries";
import { CHECK_TYPE_LABEL, DOCUMENT_KIND_LABEL, RIGHT_TO_WORK_LABEL, RIGHT_TO_WORK_ROUTES } from "@/lib/candidates/labels";
import { DBS_LABEL } from "@/lib/requisitions/labels";
import { londonToday } from "@/lib/jobs/clock";
import { orNotFound, oneOf, type SearchParams } from "../../../../_lib/load";
import { recordCheckAction } from "../../../actions";

const TYPES = ["RIGHT_TO_WORK", "DBS", "REFERENCE", "QUALIFICATION", "PROFESSIONAL_REGISTRATION"] as const;
const TYPE_HINT: Record<(typeof TYPES)[number], string> = {
  RIGHT_TO_WORK: "Route, the date you checked and when time-limited permission ends",
  DBS: "Level, certificate date and whether they are on the update service",
  REFERENCE: "Care and social work roles need two passed references",
  QUALIFICATION: "For example, Level 3 Diploma in Adult Care",
  PROFESSIONAL_REGISTRATION: "Body, number and renewal date, for example Social Work England",
};

/** Record a compliance check: first choose which, then the fields that check needs. */
export default async function NewCheckPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const type = oneOf((await searchParams).type, TYPES);
  const c = await orNotFound(getCandidateRecord(await getViewer(), id));
  const name = `${c.firstName} ${c.lastName}`;
  if (!type) {
    return (
      <>
        <BackLink href={`/agency/candidates/${c.id}`}>Back to {name}</BackLink>
        <title>{`Record a check for ${name} – Connect2 team – Connect2 portal`}</title>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">
          <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{name}</span>
          Which check are you recording?
        </h1>
        <ul className="mb-8 space-y-4">
          {TYPES.map((t) => (
            <li key={t}>
              <Link href={`/agency/candidates/${c.id}/checks/new?type=${t}`} className={`${linkClass} text-xl font-bold`}>
                {CHECK_TYPE_LABEL[t]}
              </Link>
              <p className="text-[#505a5f]">{TYPE_HINT[t]}</p>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const status: FieldSpec = {
    kind: "radios", name: "status", label: "Outcome", inline: false,
    options: [{ value: "PASSED", label: "Passed" }, { value: "PENDING", label: "Pending (still waiting)" }, { value: "FAILED", label: "Failed" }],
  };
  const checkedOn: FieldSpec = { kind: "date", name: "checkedOn", label: "Date checked", defaultValue: londonToday() };
  const docs = c.documents.map((d) => ({ value: d.id, label: `${d.filename} (${DOCUMENT_KIND_LABEL[d.kind]})` }));
  const docField: FieldSpec[] = docs.length ? [{ kind: "select", name: "documentId", label: "Evidence seen", optional: true, placeholder: "None of the uploaded documents", options: docs }] : [];
  const byType: Record<(typeof TYPES)[number], FieldSpec[]> = {
    RIGHT_TO_WORK: [
      { kind: "radios", name: "rightToWorkRoute", label: "Route", options: RIGHT_TO_WORK_ROUTES.map((r) => ({ value: r, label: RIGHT_TO_WORK_LABEL[r] })) },
      status, checkedOn,
      { kind: "date", name: "expiresOn", label: "Permission ends", optional: true, hint: "Needed for pre-settled status and time-limited permission. For example, 31 3 2028" },
      ...docField,
    ],
    DBS: [
      { kind: "radios", name: "dbsLevel", label: "Level", options: (["BASIC", "STANDARD", "ENHANCED", "ENHANCED_BARRED"] as const).map((l) => ({ value: l, label: DBS_LABEL[l] })) },
      status, checkedOn,
      { kind: "date", name: "dbsCertificateDate", label: "Certificate date", optional: true },
      { kind: "text", name: "dbsCertificateNo", label: "Certificate number", optional: true, width: 20 },
      { kind: "radios", name: "dbsUpdateService", label: "On the DBS update service?", optional: true, inline: true, options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }] },
      ...docField,
    ],
    REFERENCE: [
      { kind: "text", name: "refereeName", label: "Referee's name", width: 30 },
      { kind: "text", name: "refereeOrganisation", label: "Organisation", optional: true, width: 30 },
      status, checkedOn,
      ...(c.checks.some((k) => k.type === "REFERENCE" && k.status === "PENDING" && !k.supersededAt)
        ? [{
            kind: "select" as const, name: "supersedesId", label: "Does this replace a pending reference?", optional: true, placeholder: "No, it is a new reference",
            options: c.checks.filter((k) => k.type === "REFERENCE" && k.status === "PENDING" && !k.supersededAt).map((k) => ({ value: k.id, label: `Pending reference from ${k.refereeName ?? "unnamed referee"}` })),
          }]
        : []),
    ],
    QUALIFICATION: [{ kind: "text", name: "qualificationName", label: "Qualification" }, status, checkedOn, ...docField],
    PROFESSIONAL_REGISTRATION: [
      { kind: "text", name: "registrationBody", label: "Registration body", hint: "For example, Social Work England or HCPC", width: 30 },
      { kind: "text", name: "registrationNumber", label: "Registration number", width: 20 },
      status, checkedOn,
      { kind: "date", name: "expiresOn", label: "Renewal date", hint: "For example, 30 11 2027" },
      ...docField,
    ],
  };
  return (
    <>
      <BackLink href={`/agency/candidates/${c.id}/checks/new`}>Choose a different check</BackLink>
      <AgencyForm
        action={recordCheckAction}
        title={`${CHECK_TYPE_LABEL[type]} check for ${name}`}
        caption={name}
        heading={`Record a ${CHECK_TYPE_LABEL[type].toLowerCase()} check`}
        intro={type === "RIGHT_TO_WORK" || type === "DBS" ? <p className="mb-6 max-w-2xl">A passed or failed check replaces the current one, which is kept in the record&rsquo;s history. A pending check sits beside the current one until you record its outcome.</p> : null}
        fields={[
          { kind: "hidden", name: "candidateId", value: c.id },
          { kind: "hidden", name: "type", value: type },
          ...byType[type],
          { kind: "textarea", name: "notes", label: "Notes", optional: true, rows: 3 },
        ]}
        submitLabel="Save the check"
      />
    </>
  );
}
