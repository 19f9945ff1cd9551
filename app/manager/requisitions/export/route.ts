import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDate, penceToPoundsInput } from "@/lib/format";
import { exportManagerRequisitions } from "@/lib/requisitions/queries";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import type { RequisitionStatus } from "@/lib/enums";
import { csvRoute } from "../../_lib/csv-route";

export const GET = csvRoute(async (url) => {
  const status = url.searchParams.get("status") || undefined;
  const rows = await exportManagerRequisitions(await getViewer(), {
    status: status && status in REQUISITION_STATUS_LABEL ? (status as RequisitionStatus) : undefined,
    serviceId: url.searchParams.get("service") || undefined,
    q: url.searchParams.get("q") || undefined,
  });
  return csvResponse(
    "requisitions.csv",
    toCsv(rows, [
      { header: "Reference", value: (r) => r.reference },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "State", value: (r) => REQUISITION_STATUS_LABEL[r.status] },
      { header: "Headcount", value: (r) => r.headcount },
      { header: "Start date", value: (r) => formatDate(r.startDate) },
      { header: "Expected end date", value: (r) => formatDate(r.expectedEndDate) },
      { header: "Estimated cost (£)", value: (r) => penceToPoundsInput(r.estimatedCostPence) },
      { header: "Raised by", value: (r) => r.raisedByName },
      { header: "Days open", value: (r) => r.daysOpen },
    ]),
  );
});
