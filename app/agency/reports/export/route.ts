import { csvResponse, toCsv } from "@/lib/csv";
import { AGE_BANDS } from "@/lib/requisitions/agency-queries";
import { days, loadReports, pct } from "../../_lib/reports";
import { csvRoute } from "../../_lib/load";

type Row = { measure: string; service: string; value: string | number };

export const GET = csvRoute(async (url) => {
  const r = await loadReports(url.searchParams);
  const rows: Row[] = [
    { measure: "Fill rate", service: "All", value: pct(r.fill.fillRate.total.rate) },
    { measure: "Requisitions released", service: "All", value: r.fill.fillRate.total.released },
    { measure: "Requisitions filled in the period (whenever released)", service: "All", value: r.fill.fillRate.total.filled },
    { measure: "Released in the period and filled by its end", service: "All", value: r.fill.fillRate.total.releasedAndFilled },
    { measure: "Fill rate by headcount", service: "All", value: pct(r.fill.headcountWeighted.total.rate) },
    { measure: "Time to fill (median)", service: "All", value: days(r.ttf.total.medianDays) },
    { measure: "Time to first shortlist (median)", service: "All", value: days(r.ttfs.medianDays) },
    { measure: "Conversions", service: "All", value: r.conv.conversions },
    ...r.fill.fillRate.byService.map((s) => ({ measure: "Fill rate", service: s.serviceName, value: pct(s.rate) })),
    ...r.ttf.byService.map((s) => ({ measure: "Time to fill (median)", service: s.serviceName, value: days(s.medianDays) })),
    ...r.byAge.flatMap((s) => AGE_BANDS.map((b) => ({ measure: `Open requisitions: ${b.label}`, service: s.serviceName, value: s.bands[b.key] }))),
    ...r.comings.flatMap((s) => [
      { measure: "Placements starting", service: s.serviceName, value: s.starting },
      { measure: "Placements ending", service: s.serviceName, value: s.ending },
    ]),
  ];
  return csvResponse(
    `team-figures-${r.period.start}-to-${r.period.end}.csv`,
    toCsv(rows, [
      { header: "Period", value: () => r.period.label },
      { header: "Measure", value: (x) => x.measure },
      { header: "Service", value: (x) => x.service },
      { header: "Value", value: (x) => x.value },
    ]),
  );
});
