import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, PageHeading, Table, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { getViewer } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Campaigns – Connect2 team – Connect2 portal" };

export default async function CampaignsPage() {
  const viewer = await getViewer();
  const rows = await listCampaigns(viewer);
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>Recruitment campaigns</PageHeading>
      <p className="mb-6"><ButtonLink href="/agency/campaigns/new">Create a campaign</ButtonLink></p>
      <ExportLink href="/agency/campaigns/export" what="campaigns" />
      <Table
        caption={`${rows.length} ${rows.length === 1 ? "campaign" : "campaigns"}`}
        captionSize="m"
        rows={rows}
        rowKey={(c) => c.id}
        emptyMessage="No campaigns yet."
        columns={[
          { key: "name", header: "Campaign", rowHeader: true, cell: (c) => <Link href={`/agency/campaigns/${c.id}`} className={linkClass}>{c.name}</Link> },
          { key: "dates", header: "Runs", cell: (c) => `${formatDate(c.startDate)}${c.endDate ? ` to ${formatDate(c.endDate)}` : " onwards"}` },
          { key: "reqs", header: "Requisitions", numeric: true, cell: (c) => c.requisitions },
          { key: "apps", header: "Applications", numeric: true, cell: (c) => c.applications },
          { key: "placed", header: "Placed", numeric: true, cell: (c) => c.placed },
        ]}
      />
    </>
  );
}
