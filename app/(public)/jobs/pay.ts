import { formatMoney } from "@/lib/format";

export function payRange(minPence: number, maxPence: number): string {
  return minPence === maxPence
    ? `${formatMoney(minPence)} an hour`
    : `${formatMoney(minPence)} to ${formatMoney(maxPence)} an hour`;
}
