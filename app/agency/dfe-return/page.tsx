import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Button, PageHeading, Select, Table, buttonClass } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/viewer";
import { dfeQuarterlyReturn } from "@/lib/compliance/dfe-return";
import { parseQuarter, recentQuarters } from "@/lib/compliance/dfe";
import { formatDate, formatRate } from "@/lib/format";
import { londonToday } from "@/lib/jobs/clock";
import { ENGAGEMENT_LABEL } from "./columns";

export const metadata: Metadata = { title: "DfE quarterly return – Connect2 team – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Pick a quarter (a GET form, no JavaScript needed), see what the return holds, download it as CSV. */
export default async function DfeReturnPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!can(viewer, "placement.read.council")) forbidden(); // the query authorizes too; this avoids rendering a refusal as an error
  const sp = await searchParams;
  const quarters = recentQuarters(londonToday(), 8);
  const asked = typeof sp.quarter === "string" ? parseQuarter(sp.quarter) : null;
  const quarter = asked ?? quarters[0];
  const rows = await dfeQuarterlyReturn(viewer, quarter);
  const exceeded = rows.filter((r) => r.capExceeded).length;
  return (
    <>
      <PageHeading caption={viewer?.agencyName}>DfE quarterly return: agency child and family social workers</PageHeading>
      <p className="mb-6 max-w-3xl">
        Every placement in child and family social work that started in, or ran during, the quarter, with its grade, region, pay and
        charge rates, the regional pay cap, whether pay exceeded the cap and who signed that off. It holds no names or contact details of
        workers.
      </p>
      <form method="get" action="/agency/dfe-return" className="mb-8 flex flex-wrap items-end gap-x-4">
        <Select
          name="quarter"
          label="Quarter"
          defaultValue={quarter.key}
          options={[
            ...quarters.map((q) => ({ value: q.key, label: q.label })),
            ...(asked && !quarters.some((q) => q.key === asked.key) ? [{ value: asked.key, label: asked.label }] : []),
          ]}
        />
        <Button variant="secondary" className="mb-6">
          Show quarter
        </Button>
      </form>
      <h2 className="mb-4 text-2xl font-bold">{quarter.label}</h2>
      <p className="mb-4">
        {rows.length === 1 ? "1 placement" : `${rows.length} placements`}; pay above the regional cap in {exceeded}.
      </p>
      {/* A plain link: it downloads a file from a route handler, so no client-side navigation. */}
      <p className="mb-8">
        <a href={`/agency/dfe-return/export?quarter=${quarter.key}`} download className={buttonClass("primary")}>
          Download the return for {quarter.key} (CSV)
        </a>
      </p>
      <Table
        caption={`Placements in ${quarter.key}`}
        captionSize="m"
        rows={rows}
        rowKey={(r) => r.reference}
        emptyMessage="No child and family social work placements in this quarter."
        columns={[
          { key: "reference", header: "Reference", cell: (r) => r.reference, rowHeader: true },
          { key: "grade", header: "Grade", cell: (r) => r.grade },
          { key: "engagement", header: "Engagement", cell: (r) => ENGAGEMENT_LABEL[r.engagementType] },
          { key: "pay", header: "Pay rate", cell: (r) => formatRate(r.payRatePence) },
          { key: "cap", header: "Regional cap", cell: (r) => (r.capPence === null ? "None recorded" : formatRate(r.capPence)) },
          { key: "exceeded", header: "Cap exceeded", cell: (r) => (r.capExceeded ? `Yes, signed off by ${r.signedOffBy ?? "nobody recorded"}` : "No") },
          { key: "start", header: "Start", cell: (r) => formatDate(r.startDate) },
          { key: "end", header: "End", cell: (r) => formatDate(r.actualEndDate ?? r.plannedEndDate) },
        ]}
      />
    </>
  );
}
