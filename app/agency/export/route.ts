import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportAgencyInbox } from "@/lib/requisitions/agency-queries";
import { FLAG_LABEL } from "@/lib/requisitions/agency-flags";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { inboxFilter } from "../_lib/inbox-filter";
import { csvRoute } from "../_lib/load";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const GET = csvRoute(async (url) => {
  const rows = await exportAgencyInbox(await getViewer(), inboxFilter(url.searchParams));
  return csvResponse(
    "requisitions.csv",
    toCsv(rows, [
      { header: "Reference", value: (r) => r.reference },
      { header: "Job title", value: (r) => r.jobTitle },
      { header: "Service", value: (r) => r.serviceName },
      { header: "State", value: (r) => REQUISITION_STATUS_LABEL[r.status] },
      { header: "Start date", value: (r) => iso(r.startDate) },
      { header: "Closing date", value: (r) => iso(r.closingDate) },
      { header: "Headcount", value: (r) => r.headcount },
      { header: "Applied", value: (r) => r.pipeline.APPLIED ?? 0 },
      { header: "Screened", value: (r) => r.pipeline.SCREENED ?? 0 },
      { header: "Shortlisted", value: (r) => r.pipeline.SHORTLISTED ?? 0 },
      { header: "Interview", value: (r) => r.pipeline.INTERVIEW ?? 0 },
      { header: "Offered", value: (r) => r.pipeline.OFFERED ?? 0 },
      { header: "Placed", value: (r) => r.placed },
      { header: "Days open", value: (r) => r.daysOpen },
      { header: "Flags", value: (r) => r.flags.map((f) => FLAG_LABEL[f]).join("; ") },
    ]),
  );
});
