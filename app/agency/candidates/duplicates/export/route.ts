import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportDuplicatePairs } from "@/lib/duplicates/find-duplicates";
import { DUPLICATE_REASON_LABEL } from "@/lib/duplicates/match";
import { csvRoute } from "../../../_lib/load";

export const GET = csvRoute(async () => {
  const rows = await exportDuplicatePairs(await getViewer());
  return csvResponse(
    "duplicate-records.csv",
    toCsv(rows, [
      { header: "Older record", value: (p) => `${p.a.firstName} ${p.a.lastName}` },
      { header: "Older email", value: (p) => p.a.email },
      { header: "Newer record", value: (p) => `${p.b.firstName} ${p.b.lastName}` },
      { header: "Newer email", value: (p) => p.b.email },
      { header: "Why", value: (p) => p.reasons.map((r) => DUPLICATE_REASON_LABEL[r]).join("; ") },
    ]),
  );
});
