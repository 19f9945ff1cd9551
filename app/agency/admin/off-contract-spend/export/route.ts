import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { exportOffContractSpend } from "@/lib/admin/setting-queries";
import { csvRoute } from "../../../_lib/load";

const pounds = (p: number) => (p / 100).toFixed(2);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export const GET = csvRoute(async (url) => {
  const rows = await exportOffContractSpend(await getViewer(), { serviceId: url.searchParams.get("service") || undefined });
  return csvResponse(
    "off-contract-spend.csv",
    toCsv(rows, [
      { header: "Service", value: (r) => r.serviceName },
      { header: "Supplier", value: (r) => r.supplier },
      { header: "Period start", value: (r) => iso(r.periodStart) },
      { header: "Period end", value: (r) => iso(r.periodEnd) },
      { header: "Amount (£)", value: (r) => pounds(r.amountPence) },
      { header: "Entered on", value: (r) => iso(r.createdAt) },
      { header: "Entered by", value: (r) => r.enteredByName ?? "" },
    ]),
  );
});
