import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, PageHeading, Table, linkClass } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { getCandidateRecord } from "@/lib/candidates/agency-queries";
import { findDuplicates } from "@/lib/duplicates/find-duplicates";
import { DUPLICATE_REASON_LABEL } from "@/lib/duplicates/match";
import { formatDate } from "@/lib/format";
import { orNotFound } from "../../../_lib/load";

export const metadata: Metadata = { title: "Check for duplicates – Connect2 team – Connect2 portal" };

/** On demand: records that look like the same person as this one (same email, phone, or name with date of birth or postcode). */
export default async function CandidateDuplicatesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const c = await orNotFound(getCandidateRecord(viewer, id));
  const rows = await findDuplicates(viewer, c.id);
  const name = `${c.firstName} ${c.lastName}`;
  return (
    <>
      <BackLink href={`/agency/candidates/${c.id}`}>Back to {name}</BackLink>
      <PageHeading caption={name}>Likely duplicates</PageHeading>
      <p className="mb-6 max-w-2xl">
        Records with the same email address, the same phone number, or the same name with the same date of birth or postcode.
      </p>
      <Table
        caption={rows.length ? `${rows.length} possible ${rows.length === 1 ? "duplicate" : "duplicates"}` : "No likely duplicates"}
        captionSize="m"
        rows={rows}
        rowKey={(d) => d.id}
        emptyMessage={`No other record looks like ${name}.`}
        columns={[
          { key: "name", header: "Record", rowHeader: true, cell: (d) => <Link href={`/agency/candidates/${d.id}`} className={linkClass}>{`${d.firstName} ${d.lastName}`}</Link> },
          { key: "email", header: "Email", cell: (d) => d.email },
          { key: "phone", header: "Phone", cell: (d) => d.phone ?? "" },
          { key: "postcode", header: "Postcode", cell: (d) => d.postcode },
          { key: "created", header: "Created", cell: (d) => formatDate(d.createdAt) },
          { key: "why", header: "Why", cell: (d) => d.reasons.map((r) => DUPLICATE_REASON_LABEL[r]).join(", ") },
          { key: "merge", header: <span className="sr-only">Merge</span>, cell: (d) => <Link href={`/agency/candidates/${c.id}/merge/${d.id}`} className={linkClass}>Compare and merge<span className="sr-only"> with {d.firstName} {d.lastName}</span></Link> },
        ]}
      />
    </>
  );
}
