import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { timesheetChaseList } from "@/lib/placements/agency-queries";
import { csvRoute, oneOf } from "../../_lib/load";

export const GET = csvRoute(async (url) => {
  const kind = oneOf(url.searchParams.get("kind") ?? undefined, ["NOT_SUBMITTED", "NOT_APPROVED"] as const);
  const rows = await timesheetChaseList(await getViewer(), { kind, serviceId: url.searchParams.get("service") || undefined });
  return csvResponse(
    "timesheet-chase.csv",
    toCsv(rows, [
      { header: "Placement", value: (r) => r.reference },
      { header: "Worker", value: (r) => r.workerName },
      { header: "Service", value: (r) => r.serviceName },
      { header: "Week beginning", value: (r) => r.weekStart },
      { header: "Overdue", value: (r) => (r.kind === "NOT_SUBMITTED" ? "Not submitted" : "Not approved") },
      { header: "Timesheet state", value: (r) => r.timesheetStatus ?? "" },
      { header: "Due", value: (r) => r.dueOn },
    ]),
  );
});
