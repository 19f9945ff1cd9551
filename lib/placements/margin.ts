// The agency's margin on a placement (domain: margin = charge − pay − on-costs), per hour and per week. Pure.
// On-costs (employer National Insurance, pension, holiday accrual…) are the council's percentage of pay, rounded
// to the nearest penny and frozen on the placement when it is made.

export function onCostPence(payRatePence: number, onCostPercent: number | string): number {
  return Math.round((payRatePence * Number(onCostPercent)) / 100);
}

export interface Margin {
  onCostRatePence: number;
  /** charge − pay − on-costs, per hour */
  marginPerHourPence: number;
  /** margin per hour × hours a week, rounded to the penny */
  marginPerWeekPence: number;
  /** margin as a share of the charge rate; null when the charge is 0 */
  marginPercent: number | null;
}

export function placementMargin(payRatePence: number, chargeRatePence: number, hoursPerWeek: number | string, onCostPercent: number | string): Margin {
  const onCostRatePence = onCostPence(payRatePence, onCostPercent);
  const marginPerHourPence = chargeRatePence - payRatePence - onCostRatePence;
  return {
    onCostRatePence,
    marginPerHourPence,
    marginPerWeekPence: Math.round(marginPerHourPence * Number(hoursPerWeek)),
    marginPercent: chargeRatePence > 0 ? marginPerHourPence / chargeRatePence : null,
  };
}
