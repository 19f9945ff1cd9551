import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { listRateCards } from "@/lib/admin/queries";
import { ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { csvRoute } from "../../../_lib/load";

const pounds = (p: number) => (p / 100).toFixed(2);

export const GET = csvRoute(async () => {
  const rows = await listRateCards(await getViewer());
  return csvResponse(
    "rate-cards.csv",
    toCsv(rows, [
      { header: "Role category", value: (r) => ROLE_CATEGORY_LABEL[r.roleCategory] },
      { header: "Grade", value: (r) => r.grade },
      { header: "Pay from (£)", value: (r) => pounds(r.payMinPence) },
      { header: "Pay to (£)", value: (r) => pounds(r.payMaxPence) },
      { header: "Charge from (£)", value: (r) => pounds(r.chargeMinPence) },
      { header: "Charge to (£)", value: (r) => pounds(r.chargeMaxPence) },
      { header: "Effective from", value: (r) => r.effectiveFrom.toISOString().slice(0, 10) },
    ]),
  );
});
