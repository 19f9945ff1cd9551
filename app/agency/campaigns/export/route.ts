import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { listCampaigns } from "@/lib/campaigns/queries";
import { csvRoute } from "../../_lib/load";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const GET = csvRoute(async () => {
  const rows = await listCampaigns(await getViewer());
  return csvResponse(
    "campaigns.csv",
    toCsv(rows, [
      { header: "Campaign", value: (c) => c.name },
      { header: "Start date", value: (c) => iso(c.startDate) },
      { header: "End date", value: (c) => iso(c.endDate) },
      { header: "Requisitions", value: (c) => c.requisitions },
      { header: "Applications", value: (c) => c.applications },
      { header: "Placed", value: (c) => c.placed },
    ]),
  );
});
