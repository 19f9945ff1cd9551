import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, ButtonLink, NotificationBanner, PageHeading, SummaryList, Table, linkClass } from "@/components/ui";
import { PlacementTag, StageTag, YesNoTag } from "@/components/agency/tags";
import { getViewer } from "@/lib/auth/session";
import { getCandidateRecord } from "@/lib/candidates/agency-queries";
import { findDuplicates } from "@/lib/duplicates/find-duplicates";
import { DUPLICATE_REASON_LABEL } from "@/lib/duplicates/match";
import { formatDate, formatDateTime } from "@/lib/format";
import { AVAILABILITY_LABEL, DBS_LABEL, ENGAGEMENT_LABEL } from "@/lib/requisitions/labels";
import { CHECK_TYPE_LABEL, DOCUMENT_KIND_LABEL, RIGHT_TO_WORK_LABEL } from "@/lib/candidates/labels";
import type { CandidateCheckRow } from "@/lib/candidates/agency-queries";
import { orNotFound, param, type SearchParams } from "../../_lib/load";

export const metadata: Metadata = { title: "Candidate record – Connect2 team – Connect2 portal" };

const DONE: Record<string, string> = {
  created: "The candidate has been added to the talent pool.",
  check: "The check has been recorded.",
  note: "The note has been added.",
  merged: "The records have been merged. Both histories now show on this record.",
};

const STATUS_TEXT = { PENDING: "Pending", PASSED: "Passed", FAILED: "Failed" } as const;

function checkDetail(k: CandidateCheckRow): string {
  switch (k.type) {
    case "RIGHT_TO_WORK":
      return `${k.rightToWorkRoute ? RIGHT_TO_WORK_LABEL[k.rightToWorkRoute] : "Route not recorded"}${k.expiresOn ? `, permission ends ${formatDate(k.expiresOn)}` : ", no time limit"}`;
    case "DBS":
      return `${k.dbsLevel ? DBS_LABEL[k.dbsLevel] : "Level not recorded"}${k.dbsCertificateDate ? `, certificate ${formatDate(k.dbsCertificateDate)}` : ""}${k.dbsCertificateNo ? ` (${k.dbsCertificateNo})` : ""}${k.dbsUpdateService === null ? "" : k.dbsUpdateService ? ", on the update service" : ", not on the update service"}`;
    case "REFERENCE":
      return `${k.refereeName ?? "Referee not named"}${k.refereeOrganisation ? `, ${k.refereeOrganisation}` : ""}`;
    case "QUALIFICATION":
      return k.qualificationName ?? "";
    case "PROFESSIONAL_REGISTRATION":
      return `${k.registrationBody ?? ""} ${k.registrationNumber ?? ""}${k.expiresOn ? `, renewal ${formatDate(k.expiresOn)}` : ""}`;
  }
}

export default async function CandidateRecordPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = param((await searchParams).done);
  const viewer = await getViewer();
  const c = await orNotFound(getCandidateRecord(viewer, id));
  const live = !c.mergedInto && !c.anonymisedAt;
  const duplicates = live ? await findDuplicates(viewer, c.id) : [];
  const current = c.checks.filter((k) => !k.supersededAt);
  const history = c.checks.filter((k) => k.supersededAt);
  return (
    <>
      <BackLink href="/agency/candidates">Back to the talent pool</BackLink>
      {done && DONE[done] ? <NotificationBanner type="success">{DONE[done]}</NotificationBanner> : null}
      {duplicates.length ? (
        <NotificationBanner title="Possible duplicate" heading={`${duplicates.length === 1 ? "1 other record looks" : `${duplicates.length} other records look`} like the same person`}>
          <ul className="mb-2 list-disc pl-5">
            {duplicates.map((d) => (
              <li key={d.id}>
                {d.firstName} {d.lastName} ({d.email}): {d.reasons.map((r) => DUPLICATE_REASON_LABEL[r]).join(", ")}.{" "}
                <Link href={`/agency/candidates/${c.id}/merge/${d.id}`} className={linkClass}>
                  Compare and merge<span className="sr-only"> with {d.firstName} {d.lastName}</span>
                </Link>
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      <PageHeading caption="Candidate">{`${c.firstName} ${c.lastName}`}</PageHeading>
      {c.mergedInto ? (
        <NotificationBanner heading="This record was merged">
          It is kept for its history. The current record is{" "}
          <Link href={`/agency/candidates/${c.mergedInto.id}`} className={linkClass}>{c.mergedInto.name}</Link>.
        </NotificationBanner>
      ) : null}
      {live ? (
        <div className="mb-6 flex flex-wrap items-center gap-4">
          <ButtonLink href={`/agency/candidates/${c.id}/checks/new`}>Record a check</ButtonLink>
          <ButtonLink variant="secondary" href={`/agency/candidates/${c.id}/notes/new`}>Add a note</ButtonLink>
          <Link href={`/agency/candidates/${c.id}/duplicates`} className={linkClass}>Check for duplicates</Link>
        </div>
      ) : null}
      <h2 className="mb-4 text-2xl font-bold">Profile</h2>
      <SummaryList
        rows={[
          { key: "Email", value: c.email },
          { key: "Phone", value: c.phone ?? "Not given" },
          { key: "Date of birth", value: c.dateOfBirth ? formatDate(c.dateOfBirth) : "Not given" },
          { key: "Address", value: [c.addressLine1, c.town, c.postcode].filter(Boolean).join(", ") },
          { key: "Local resident", value: c.isLocal ? "Yes" : "No" },
          { key: "Availability", value: AVAILABILITY_LABEL[c.availability] },
          { key: "Skills", value: c.skills.join(", ") || "None recorded" },
          { key: "Experience", value: c.experienceSummary ?? "None recorded" },
          { key: "Engaged through", value: `${ENGAGEMENT_LABEL[c.engagementType]}${c.limitedCompanyName ? ` (${c.limitedCompanyName})` : ""}` },
          { key: "Has a sign-in", value: c.hasAccount ? "Yes" : "No" },
          { key: "On record since", value: formatDate(c.createdAt) },
          ...(c.mergedFrom.length ? [{ key: "Merged from", value: c.mergedFrom.map((m) => `${m.name} (${m.email})`).join("; ") }] : []),
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">Compliance</h2>
      <SummaryList
        rows={[
          { key: "Right to work", value: <><YesNoTag yes={c.compliance.rightToWork.valid} yesText="Valid today" noText="Not valid" /> <span className="block">{c.compliance.rightToWork.reason}</span></> },
          { key: "DBS", value: c.compliance.dbsLevel ? DBS_LABEL[c.compliance.dbsLevel] : "None passed" },
          { key: "References passed", value: c.compliance.referencesPassed },
          { key: "Registration", value: c.compliance.registrations.length ? c.compliance.registrations.map((r) => `${r.body}${r.renewalDate ? `, renewal ${formatDate(r.renewalDate)}` : ""}${r.current ? "" : " (lapsed)"}`).join("; ") : "None" },
        ]}
      />
      <Table
        caption="Checks"
        captionSize="s"
        rows={current}
        rowKey={(k) => k.id}
        emptyMessage="No checks recorded yet."
        columns={[
          { key: "type", header: "Check", rowHeader: true, cell: (k) => CHECK_TYPE_LABEL[k.type] },
          { key: "status", header: "Outcome", cell: (k) => STATUS_TEXT[k.status] },
          { key: "detail", header: "Details", cell: (k) => checkDetail(k) },
          { key: "checked", header: "Checked", cell: (k) => `${k.checkedOn ? formatDate(k.checkedOn) : ""}${k.checkedByName ? ` by ${k.checkedByName}` : ""}` },
        ]}
      />
      {history.length ? (
        <Table
          caption="Earlier checks (replaced)"
          captionSize="s"
          rows={history}
          rowKey={(k) => k.id}
          columns={[
            { key: "type", header: "Check", rowHeader: true, cell: (k) => CHECK_TYPE_LABEL[k.type] },
            { key: "status", header: "Outcome", cell: (k) => STATUS_TEXT[k.status] },
            { key: "detail", header: "Details", cell: (k) => checkDetail(k) },
            { key: "replaced", header: "Replaced", cell: (k) => formatDate(k.supersededAt) },
          ]}
        />
      ) : null}
      <Table
        caption="Applications"
        captionSize="m"
        rows={c.applications}
        rowKey={(a) => a.id}
        emptyMessage="No applications."
        columns={[
          { key: "req", header: "Requisition", rowHeader: true, cell: (a) => <Link href={`/agency/applications/${a.id}`} className={linkClass}>{`${a.reference} ${a.jobTitle}`}</Link> },
          { key: "stage", header: "Stage", cell: (a) => <StageTag stage={a.stage} /> },
          { key: "applied", header: "Applied", cell: (a) => formatDate(a.appliedAt) },
        ]}
      />
      <Table
        caption="Placements"
        captionSize="m"
        rows={c.placements}
        rowKey={(p) => p.id}
        emptyMessage="No placements."
        columns={[
          { key: "ref", header: "Placement", rowHeader: true, cell: (p) => <Link href={`/agency/placements/${p.id}`} className={linkClass}>{`${p.reference} ${p.jobTitle}`}</Link> },
          { key: "status", header: "State", cell: (p) => <PlacementTag status={p.status} /> },
          { key: "dates", header: "Dates", cell: (p) => `${formatDate(p.startDate)} to ${formatDate(p.plannedEndDate)}` },
        ]}
      />
      <Table
        caption="Documents"
        captionSize="m"
        rows={c.documents}
        rowKey={(d) => d.id}
        emptyMessage="No documents."
        columns={[
          { key: "file", header: "File", rowHeader: true, cell: (d) => <a href={`/documents/${d.id}`} className={linkClass}>{d.filename}</a> },
          { key: "kind", header: "Kind", cell: (d) => DOCUMENT_KIND_LABEL[d.kind] },
          { key: "when", header: "Uploaded", cell: (d) => formatDate(d.uploadedAt) },
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">Notes</h2>
      {c.notes.length ? (
        <ul className="mb-8">
          {c.notes.map((n) => (
            <li key={n.id} className="mb-4 border-b border-[#b1b4b6] pb-4">
              <p className="mb-1 whitespace-pre-line">{n.body}</p>
              <p className="text-[#505a5f]">{n.authorName}, {formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-8">No notes yet.</p>
      )}
    </>
  );
}
