import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDate, penceToPoundsInput } from "@/lib/format";
import { exportManagerTimesheets } from "@/lib/timesheets/manager-queries";
import { TIMESHEET_STATUS } from "@/components/manager/placement-labels";
import type { TimesheetStatus } from "@/lib/enums";
import { csvRoute } from "../../_lib/csv-route";

export const GET = csvRoute(async (url) => {
  const raw = url.searchParams.get("status") ?? "SUBMITTED";
  const status = ["SUBMITTED", "QUERIED", "APPROVED", "ALL"].includes(raw) ? (raw as TimesheetStatus | "ALL") : "SUBMITTED";
  const rows = await exportManagerTimesheets(await getViewer(), { status });
  return csvResponse(
    "timesheets.csv",
    toCsv(rows, [
      { header: "Placement", value: (r) => r.placementReference },
      { header: "Worker", value: (r) => r.workerName },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "Week beginning", value: (r) => formatDate(r.weekStart) },
      { header: "Hours", value: (r) => r.totalHours },
      { header: "Charge rate (£ an hour)", value: (r) => penceToPoundsInput(r.chargeRatePence) },
      { header: "Cost (£)", value: (r) => penceToPoundsInput(r.costPence) },
      { header: "Status", value: (r) => TIMESHEET_STATUS[r.status][0] },
      { header: "Query", value: (r) => r.queryComment ?? "" },
    ]),
  );
});
