import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDate } from "@/lib/format";
import { exportShortlistsToReview } from "@/lib/applications/manager-queries";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { csvRoute } from "../../_lib/csv-route";

export const GET = csvRoute(async () => {
  const rows = await exportShortlistsToReview(await getViewer());
  return csvResponse(
    "shortlists.csv",
    toCsv(rows, [
      { header: "Reference", value: (r) => r.reference },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "State", value: (r) => REQUISITION_STATUS_LABEL[r.status] },
      { header: "Candidates waiting", value: (r) => r.awaiting },
      { header: "Shortlisted since", value: (r) => formatDate(r.oldestShortlistedAt) },
      { header: "Days waiting", value: (r) => r.daysWaiting },
    ]),
  );
});
