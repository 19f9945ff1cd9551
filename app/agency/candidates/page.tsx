import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, PageHeading, Pagination, Table, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { PoolFilters } from "@/components/agency/pool-filters";
import { YesNoTag } from "@/components/agency/tags";
import { getViewer } from "@/lib/auth/session";
import { searchTalentPool } from "@/lib/candidates/agency-queries";
import { formatDate } from "@/lib/format";
import { AVAILABILITY_LABEL, DBS_LABEL } from "@/lib/requisitions/labels";
import { qs, type SearchParams } from "../_lib/load";
import { poolFilter, poolParams } from "../_lib/pool-filter";

export const metadata: Metadata = { title: "Candidates – Connect2 team – Connect2 portal" };

export default async function CandidatesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  const f = poolFilter(await searchParams);
  const page = await searchTalentPool(viewer, f);
  const p = poolParams(f);
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>Talent pool</PageHeading>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <ButtonLink href="/agency/candidates/new">Add a candidate</ButtonLink>
        <Link href="/agency/candidates/duplicates" className={linkClass}>Find likely duplicate records</Link>
      </div>
      <PoolFilters action="/agency/candidates" f={f} />
      <ExportLink href={`/agency/candidates/export${qs(p)}`} what="these candidates" />
      <Table
        caption={`${page.total} ${page.total === 1 ? "candidate" : "candidates"}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(c) => c.id}
        emptyMessage="No candidates match. Try fewer filters."
        columns={[
          { key: "name", header: "Candidate", rowHeader: true, cell: (c) => <><Link href={`/agency/candidates/${c.id}`} className={linkClass}>{c.name}</Link><span className="block font-normal break-all">{c.email}</span></> },
          { key: "postcode", header: "Postcode", cell: (c) => `${c.postcode}${c.isLocal ? " (local)" : ""}` },
          { key: "skills", header: "Skills", cell: (c) => c.skills.join(", ") },
          { key: "availability", header: "Availability", cell: (c) => AVAILABILITY_LABEL[c.availability] },
          { key: "rtw", header: "Right to work", cell: (c) => <YesNoTag yes={c.compliance.rightToWork.valid} yesText="Checked" noText="Not valid" /> },
          { key: "dbs", header: "DBS", cell: (c) => (c.compliance.dbsLevel ? DBS_LABEL[c.compliance.dbsLevel].replace(" check", "") : "None") },
          { key: "refs", header: "References", numeric: true, cell: (c) => c.compliance.referencesPassed },
          { key: "active", header: "Last active", cell: (c) => formatDate(c.lastActivityAt) },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/candidates${qs({ ...p, page: n })}`} />
    </>
  );
}
