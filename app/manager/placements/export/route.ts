import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDate, penceToPoundsInput } from "@/lib/format";
import { exportManagerPlacements, PLACEMENT_VIEWS, type PlacementView } from "@/lib/placements/manager-queries";
import { CHANGE_TYPE, CONVERSION_STATUS, PLACEMENT_STATUS } from "@/components/manager/placement-labels";
import { csvRoute } from "../../_lib/csv-route";

export const GET = csvRoute(async (url) => {
  const raw = url.searchParams.get("view") ?? "";
  const view = PLACEMENT_VIEWS.includes(raw as PlacementView) ? (raw as PlacementView) : "current";
  const rows = await exportManagerPlacements(await getViewer(), { view });
  return csvResponse(
    "placements.csv",
    toCsv(rows, [
      { header: "Reference", value: (r) => r.reference },
      { header: "Worker", value: (r) => r.workerName },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "Status", value: (r) => PLACEMENT_STATUS[r.status][0] },
      { header: "Start date", value: (r) => formatDate(r.startDate) },
      { header: "Planned end date", value: (r) => formatDate(r.plannedEndDate) },
      { header: "Hours a week", value: (r) => r.hoursPerWeek },
      { header: "Charge rate (£ an hour)", value: (r) => penceToPoundsInput(r.chargeRatePence) },
      { header: "Change requested", value: (r) => (r.pendingChange ? CHANGE_TYPE[r.pendingChange] : "") },
      { header: "Conversion", value: (r) => (r.conversionStatus ? CONVERSION_STATUS[r.conversionStatus] : "") },
    ]),
  );
});
