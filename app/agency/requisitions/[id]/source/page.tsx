import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, PageHeading, Pagination, Table, linkClass } from "@/components/ui";
import { ButtonForm } from "@/components/agency/button-form";
import { ExportLink } from "@/components/agency/export-link";
import { PoolFilters } from "@/components/agency/pool-filters";
import { YesNoTag } from "@/components/agency/tags";
import { getViewer } from "@/lib/auth/session";
import { searchTalentPool } from "@/lib/candidates/agency-queries";
import { getAgencyRequisition } from "@/lib/requisitions/agency-queries";
import { AVAILABILITY_LABEL, DBS_LABEL } from "@/lib/requisitions/labels";
import { orNotFound, qs, type SearchParams } from "../../../_lib/load";
import { poolFilter, poolParams } from "../../../_lib/pool-filter";
import { addToPipelineAction } from "../../actions";

export const metadata: Metadata = { title: "Add candidates from the talent pool – Connect2 team – Connect2 portal" };

export default async function SourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const viewer = await getViewer();
  const r = await orNotFound(getAgencyRequisition(viewer, id));
  const f = { ...poolFilter(await searchParams), requisitionId: r.id };
  const page = await searchTalentPool(viewer, f);
  const p = poolParams(f);
  return (
    <>
      <BackLink href={`/agency/requisitions/${r.id}`}>Back to the pipeline</BackLink>
      <PageHeading caption={`${r.reference} · ${r.jobTitle}`}>Add candidates from the talent pool</PageHeading>
      <PoolFilters action={`/agency/requisitions/${r.id}/source`} f={f} />
      <ExportLink href={`/agency/candidates/export${qs(p)}`} what="these candidates" />
      <Table
        caption={`${page.total} ${page.total === 1 ? "candidate" : "candidates"}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(c) => c.id}
        emptyMessage="No candidates match. Try fewer filters."
        columns={[
          { key: "name", header: "Candidate", rowHeader: true, cell: (c) => <Link href={`/agency/candidates/${c.id}`} className={linkClass}>{c.name}</Link> },
          { key: "skills", header: "Skills", cell: (c) => c.skills.join(", ") },
          { key: "availability", header: "Availability", cell: (c) => AVAILABILITY_LABEL[c.availability] },
          { key: "local", header: "Local", cell: (c) => (c.isLocal ? "Yes" : "No") },
          { key: "rtw", header: "Right to work", cell: (c) => <YesNoTag yes={c.compliance.rightToWork.valid} yesText="Checked" noText="Not valid" /> },
          { key: "dbs", header: "DBS", cell: (c) => (c.compliance.dbsLevel ? DBS_LABEL[c.compliance.dbsLevel].replace(" check", "") : "None") },
          { key: "refs", header: "References", numeric: true, cell: (c) => c.compliance.referencesPassed },
          {
            key: "add", header: <span className="sr-only">Add</span>,
            cell: (c) => c.inPipeline
              ? "In the pipeline"
              : <ButtonForm action={addToPipelineAction} hidden={{ requisitionId: r.id, candidateId: c.id }} label={`Add ${c.name}`} variant="secondary" />,
          },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/requisitions/${r.id}/source${qs({ ...p, page: n })}`} />
    </>
  );
}
