import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportTalentPool } from "@/lib/candidates/agency-queries";
import { AVAILABILITY_LABEL } from "@/lib/requisitions/labels";
import { csvRoute } from "../../_lib/load";
import { poolFilter } from "../../_lib/pool-filter";

export const GET = csvRoute(async (url) => {
  const rows = await exportTalentPool(await getViewer(), poolFilter(url.searchParams));
  return csvResponse(
    "candidates.csv",
    toCsv(rows, [
      { header: "Name", value: (c) => c.name },
      { header: "Email", value: (c) => c.email },
      { header: "Phone", value: (c) => c.phone ?? "" },
      { header: "Postcode", value: (c) => c.postcode },
      { header: "Local resident", value: (c) => (c.isLocal ? "Yes" : "No") },
      { header: "Skills", value: (c) => c.skills.join("; ") },
      { header: "Availability", value: (c) => AVAILABILITY_LABEL[c.availability] },
      { header: "Right to work valid", value: (c) => (c.compliance.rightToWork.valid ? "Yes" : "No") },
      { header: "Right to work expires", value: (c) => c.compliance.rightToWork.expiresAt ?? "" },
      { header: "DBS level", value: (c) => c.compliance.dbsLevel ?? "" },
      { header: "References passed", value: (c) => c.compliance.referencesPassed },
      { header: "Last active", value: (c) => c.lastActivityAt.toISOString().slice(0, 10) },
    ]),
  );
});
