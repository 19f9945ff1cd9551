import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDate, penceToPoundsInput } from "@/lib/format";
import { exportApprovalQueue } from "@/lib/requisitions/manager-queries";
import { csvRoute } from "../../_lib/csv-route";

export const GET = csvRoute(async () => {
  const rows = await exportApprovalQueue(await getViewer());
  return csvResponse(
    "approvals.csv",
    toCsv(rows, [
      { header: "Reference", value: (r) => r.reference },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "Raised by", value: (r) => r.raisedByName },
      { header: "Step", value: (r) => (r.step === "FIRST" ? "Budget holder" : "Second approval") },
      { header: "Estimated cost (£)", value: (r) => penceToPoundsInput(r.estimatedCostPence) },
      { header: "Submitted", value: (r) => formatDate(r.submittedAt) },
      { header: "Days waiting", value: (r) => r.daysWaiting },
    ]),
  );
});
