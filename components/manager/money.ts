import { formatMoney } from "@/lib/format";

/** "£1,234.56" (kept separate so client components import only the formatter). */
export function formMoneyLine(pence: number): string {
  return formatMoney(pence);
}
