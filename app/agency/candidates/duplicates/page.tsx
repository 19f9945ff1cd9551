import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, PageHeading, Pagination, Table, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { getViewer } from "@/lib/auth/session";
import { listDuplicatePairs } from "@/lib/duplicates/find-duplicates";
import { DUPLICATE_REASON_LABEL } from "@/lib/duplicates/match";
import { pageFrom } from "@/lib/pagination";
import type { SearchParams } from "../../_lib/load";

export const metadata: Metadata = { title: "Likely duplicate records – Connect2 team – Connect2 portal" };

export default async function DuplicatePairsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await listDuplicatePairs(await getViewer(), { page: pageFrom((await searchParams).page) });
  return (
    <>
      <BackLink href="/agency/candidates">Back to the talent pool</BackLink>
      <PageHeading>Likely duplicate records</PageHeading>
      <p className="mb-6 max-w-2xl">Pairs of records with the same email, the same phone, or the same name with the same date of birth or postcode. Keep one clean record per person: compare each pair and merge.</p>
      <ExportLink href="/agency/candidates/duplicates/export" what="these pairs" />
      <Table
        caption={`${page.total} likely ${page.total === 1 ? "pair" : "pairs"}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(p) => `${p.a.id}-${p.b.id}`}
        emptyMessage="No likely duplicates."
        columns={[
          { key: "a", header: "Older record", rowHeader: true, cell: (p) => <Link href={`/agency/candidates/${p.a.id}`} className={linkClass}>{`${p.a.firstName} ${p.a.lastName}`}</Link> },
          { key: "b", header: "Newer record", cell: (p) => <Link href={`/agency/candidates/${p.b.id}`} className={linkClass}>{`${p.b.firstName} ${p.b.lastName}`}</Link> },
          { key: "why", header: "Why", cell: (p) => p.reasons.map((r) => DUPLICATE_REASON_LABEL[r]).join(", ") },
          { key: "merge", header: <span className="sr-only">Merge</span>, cell: (p) => <Link href={`/agency/candidates/${p.a.id}/merge/${p.b.id}`} className={linkClass}>Compare and merge<span className="sr-only"> {p.a.firstName} {p.a.lastName}</span></Link> },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/candidates/duplicates?page=${n}`} />
    </>
  );
}
