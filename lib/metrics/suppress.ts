/** Board figures describe people only in aggregate: a count of fewer than 5 people is not shown. */
export const SUPPRESSION_THRESHOLD = 5;

export type Suppressed = { suppressed: true; display: "fewer than 5" };
export type Shown = { suppressed: false; value: number; display: string };

export function suppressCount(count: number): Suppressed | Shown {
  if (count > 0 && count < SUPPRESSION_THRESHOLD) return { suppressed: true, display: "fewer than 5" };
  return { suppressed: false, value: count, display: count.toLocaleString("en-GB") };
}

/** A share of people: suppressed when either the part or the whole describes fewer than 5 people. */
export function suppressShare(part: number, whole: number): Suppressed | (Shown & { ratio: number | null }) {
  if ((part > 0 && part < SUPPRESSION_THRESHOLD) || (whole > 0 && whole < SUPPRESSION_THRESHOLD) ||
      (whole - part > 0 && whole - part < SUPPRESSION_THRESHOLD)) {
    return { suppressed: true, display: "fewer than 5" };
  }
  if (whole === 0) return { suppressed: false, value: 0, ratio: null, display: "no placements" };
  const ratio = part / whole;
  return { suppressed: false, value: part, ratio, display: `${(ratio * 100).toFixed(1)}%` };
}

/** True for a group of 1 to 4 people: any figure about them (a count, a median, a sum of money) is not shown. */
export function isSmallGroup(people: number): boolean {
  return people > 0 && people < SUPPRESSION_THRESHOLD;
}

/**
 * A figure computed from a group of people (a median time to fill, spend, FTE): shown as `display` unless the group
 * has 1 to 4 people, when it is "fewer than 5".
 */
export function suppressFigure(people: number, display: string): Suppressed | { suppressed: false; display: string } {
  if (isSmallGroup(people)) return { suppressed: true, display: "fewer than 5" };
  return { suppressed: false, display };
}
