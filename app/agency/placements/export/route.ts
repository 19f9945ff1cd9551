import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportAgencyPlacements } from "@/lib/placements/agency-queries";
import { PLACEMENT_STATUS_TEXT } from "@/components/agency/tags";
import { placementFilter } from "../../_lib/placement-filter";
import { csvRoute } from "../../_lib/load";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const pounds = (p: number) => (p / 100).toFixed(2);

export const GET = csvRoute(async (url) => {
  const rows = await exportAgencyPlacements(await getViewer(), placementFilter(url.searchParams));
  return csvResponse(
    "placements.csv",
    toCsv(rows, [
      { header: "Reference", value: (r) => r.reference },
      { header: "Worker", value: (r) => r.workerName },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "State", value: (r) => PLACEMENT_STATUS_TEXT[r.status] },
      { header: "Start date", value: (r) => iso(r.startDate) },
      { header: "Planned end date", value: (r) => iso(r.plannedEndDate) },
      { header: "Actual end date", value: (r) => iso(r.actualEndDate) },
      { header: "Pay rate (£ an hour)", value: (r) => pounds(r.payRatePence) },
      { header: "Charge rate (£ an hour)", value: (r) => pounds(r.chargeRatePence) },
      { header: "Local at placement", value: (r) => (r.isLocalAtPlacement ? "Yes" : "No") },
      { header: "AWR weeks", value: (r) => r.awrWeeks ?? "" },
      { header: "AWR qualified", value: (r) => (r.awrQualified ? "Yes" : "No") },
      { header: "Waiting", value: (r) => r.pendingChange ?? (r.conversionStatus === "PROPOSED" ? "CONVERSION" : "") },
    ]),
  );
});
