import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportChangeRequests } from "@/lib/placements/agency-queries";
import { csvRoute, oneOf } from "../../../_lib/load";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export const GET = csvRoute(async (url) => {
  const status = oneOf(url.searchParams.get("status") ?? undefined, ["REQUESTED", "ACTIONED", "DECLINED"] as const) ?? "REQUESTED";
  const rows = await exportChangeRequests(await getViewer(), { status });
  return csvResponse(
    "change-requests.csv",
    toCsv(rows, [
      { header: "Placement", value: (r) => r.reference },
      { header: "Worker", value: (r) => r.workerName },
      { header: "Service", value: (r) => r.serviceName },
      { header: "Change", value: (r) => (r.type === "EXTENSION" ? "Extension" : "Early end") },
      { header: "Current end date", value: (r) => iso(r.previousEndDate) },
      { header: "New end date", value: (r) => iso(r.newEndDate) },
      { header: "Reason", value: (r) => r.reason ?? "" },
      { header: "Requested", value: (r) => iso(r.requestedAt) },
      { header: "State", value: (r) => r.status },
    ]),
  );
});
