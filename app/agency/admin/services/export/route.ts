import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { listServices } from "@/lib/admin/queries";
import { csvRoute } from "../../../_lib/load";

export const GET = csvRoute(async () => {
  const services = await listServices(await getViewer());
  type Row = { s: (typeof services)[number]; c: (typeof services)[number]["costCentres"][number]; b: { financialYear: number; budgetPence: number } | null };
  const rows: Row[] = services.flatMap((s) => s.costCentres.flatMap((c): Row[] => (c.budgets.length ? c.budgets.map((b) => ({ s, c, b })) : [{ s, c, b: null }])));
  return csvResponse(
    "services-and-budgets.csv",
    toCsv(rows, [
      { header: "Service", value: (r) => r.s.name },
      { header: "Service code", value: (r) => r.s.code },
      { header: "Cost centre", value: (r) => r.c.code },
      { header: "Cost centre name", value: (r) => r.c.name },
      { header: "Financial year", value: (r) => r.b?.financialYear ?? "" },
      { header: "Budget (£)", value: (r) => (r.b ? (r.b.budgetPence / 100).toFixed(2) : "") },
    ]),
  );
});
