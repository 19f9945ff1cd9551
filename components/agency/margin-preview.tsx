"use client";
import { useEffect, useState } from "react";
import { formatMoney, poundsToPence } from "@/lib/format";
import { placementMargin } from "@/lib/placements/margin";

/**
 * The agency's margin on the rates being typed (charge − pay − on-costs), worked out again as the pay rate, charge
 * rate and hours change. Without JavaScript it shows the margin on the rates the form starts with.
 */
export function MarginPreview({ payPence, chargePence, hours, onCostPercent }: { payPence: number; chargePence: number; hours: string; onCostPercent: string }) {
  const [terms, setTerms] = useState({ payPence, chargePence, hours });
  useEffect(() => {
    const read = () => {
      const field = (n: string) => document.querySelector<HTMLInputElement>(`input[name="${n}"]`)?.value ?? "";
      setTerms({ payPence: poundsToPence(field("payRatePence")) ?? 0, chargePence: poundsToPence(field("chargeRatePence")) ?? 0, hours: field("hoursPerWeek") || "0" });
    };
    document.addEventListener("input", read);
    return () => document.removeEventListener("input", read);
  }, []);
  const hoursOk = Number.isFinite(Number(terms.hours));
  const m = placementMargin(terms.payPence, terms.chargePence, hoursOk ? terms.hours : 0, onCostPercent);
  return (
    <div aria-live="polite" className="mb-8 border-l-[10px] border-[#b1b4b6] p-4">
      <h2 className="mb-2 text-xl font-bold">Margin at these rates</h2>
      <p className="mb-1">
        Charge {formatMoney(terms.chargePence)} − pay {formatMoney(terms.payPence)} − on-costs {formatMoney(m.onCostRatePence)} ({onCostPercent}% of pay) ={" "}
        <strong>{formatMoney(m.marginPerHourPence)} an hour</strong>
      </p>
      <p className="mb-0">
        {formatMoney(m.marginPerWeekPence)} a week at {hoursOk ? terms.hours : "?"} hours{m.marginPerHourPence < 0 ? ". The agency would lose money at these rates." : "."}
      </p>
    </div>
  );
}
