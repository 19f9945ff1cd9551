import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, Table, linkClass } from "@/components/ui";
import { PeriodForm } from "@/components/board/period-form";
import { ExportLink } from "@/components/agency/export-link";
import { AGE_BANDS } from "@/lib/requisitions/agency-queries";
import { days, loadReports, pct } from "../_lib/reports";
import { qs, type SearchParams } from "../_lib/load";

export const metadata: Metadata = { title: "Team figures – Connect2 team – Connect2 portal" };

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const r = await loadReports(await searchParams);
  const services = [...new Set([...r.fill.fillRate.byService.map((s) => s.serviceId), ...r.ttf.byService.map((s) => s.serviceId)])];
  const name = new Map([...r.fill.fillRate.byService, ...r.ttf.byService].map((s) => [s.serviceId, s.serviceName]));
  const byService = services
    .map((id) => ({
      id, name: name.get(id) ?? "",
      fill: r.fill.fillRate.byService.find((s) => s.serviceId === id),
      hc: r.fill.headcountWeighted.byService.find((s) => s.serviceId === id),
      ttf: r.ttf.byService.find((s) => s.serviceId === id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <PageHeading caption={r.viewer?.agencyName}>Team figures</PageHeading>
      <p className="mb-6">{r.period.label}</p>
      <PeriodForm action="/agency/reports" period={r.period} filters={r.filters} options={r.options} errors={r.errors} />
      <ExportLink href={`/agency/reports/export${qs(r.params)}`} what="these figures" />
      <Table
        caption="Headline figures"
        captionSize="m"
        rowKey={(x) => x.k}
        rows={[
          { k: "Fill rate", v: `${pct(r.fill.fillRate.total.rate)} (${r.fill.fillRate.total.filled} requisitions filled in the period, whenever released ÷ ${r.fill.fillRate.total.released} released in it)` },
          { k: "Fill rate by headcount", v: `${pct(r.fill.headcountWeighted.total.rate)} (${r.fill.headcountWeighted.total.positionsFilled} places on requisitions filled in the period ÷ ${r.fill.headcountWeighted.total.positions} places on requisitions released in it)` },
          { k: "Released in the period and filled by its end", v: `${pct(r.fill.fillRate.total.cohortRate)} (${r.fill.fillRate.total.releasedAndFilled} of ${r.fill.fillRate.total.released})` },
          { k: "Time to fill (median)", v: `${days(r.ttf.total.medianDays)} over ${r.ttf.total.count} placements` },
          { k: "Time to first shortlist (median)", v: `${days(r.ttfs.medianDays)} over ${r.ttfs.count} requisitions` },
          { k: "Conversions to permanent posts", v: String(r.conv.conversions) },
        ]}
        columns={[
          { key: "k", header: "Measure", rowHeader: true, cell: (x) => x.k },
          { key: "v", header: "Figure", cell: (x) => x.v },
        ]}
      />
      <Table
        caption="By service"
        captionSize="m"
        rows={byService}
        rowKey={(s) => s.id}
        emptyMessage="No requisitions released or filled in this period."
        columns={[
          { key: "name", header: "Service", rowHeader: true, cell: (s) => s.name },
          { key: "fill", header: "Fill rate (filled ÷ released)", numeric: true, cell: (s) => (s.fill ? `${pct(s.fill.rate)} (${s.fill.filled} ÷ ${s.fill.released})` : "No data") },
          { key: "hc", header: "By headcount", numeric: true, cell: (s) => (s.hc ? pct(s.hc.rate) : "No data") },
          { key: "ttf", header: "Time to fill", numeric: true, cell: (s) => (s.ttf ? days(s.ttf.medianDays) : "No data") },
        ]}
      />
      <Table
        caption="Open requisitions by age (today)"
        captionSize="m"
        rows={r.byAge}
        rowKey={(s) => s.serviceId}
        emptyMessage="No open requisitions."
        columns={[
          { key: "name", header: "Service", rowHeader: true, cell: (s) => s.serviceName },
          ...AGE_BANDS.map((b) => ({ key: b.key, header: b.label, numeric: true, cell: (s: (typeof r.byAge)[number]) => s.bands[b.key] })),
          { key: "total", header: "Total", numeric: true, cell: (s) => s.total },
        ]}
      />
      <Table
        caption={`Placements starting and ending, ${r.period.name}`}
        captionSize="m"
        rows={r.comings}
        rowKey={(s) => s.serviceId}
        emptyMessage="No placements start or end in this period."
        columns={[
          { key: "name", header: "Service", rowHeader: true, cell: (s) => s.serviceName },
          { key: "starting", header: "Starting", numeric: true, cell: (s) => s.starting },
          { key: "ending", header: "Ending", numeric: true, cell: (s) => s.ending },
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">Spend with other agencies</h2>
      <p className="mb-6 max-w-2xl">
        Services&apos; spend on agency staff from other suppliers makes up the board&apos;s on-contract share.{" "}
        <Link href="/agency/admin/off-contract-spend" className={linkClass}>Enter or check off-contract agency spend</Link>
      </p>
    </>
  );
}
