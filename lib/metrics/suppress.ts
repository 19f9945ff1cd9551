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

/**
 * Secondary suppression. Hiding a small cell is not enough when the cells of a breakdown add up to a figure that is
 * shown (a headline tile, a row's total, a service's spend): the one hidden cell is then the total less the others.
 * So in every such set of cells, when the hidden ones could still be worked out, the next smallest shown cell is
 * withheld too, and so on; when nothing is left to withhold, the total itself is withheld (which may in turn call for
 * more in a set it belongs to, so the sets are checked again until nothing changes).
 *
 * "Worked out" is judged the way a careful reader could: they know the shown cells, the total, that a "fewer than 5"
 * count is 1 to 4 and that a withheld count is 5 or more (only cells above zero are withheld). For people, two hidden
 * counts can still give themselves away (4 and 4 under a total of 8, or 1 and 5 under 6); for amounts of money a
 * second hidden amount is enough. Protection is per set of cells; the board's tables are small and one level deep.
 */
export type CellState = "shown" | "small" | "withheld";

export interface SumSet {
  /** indexes of the cells that add up to… */
  parts: number[];
  /** …the cell at this index (a tile or another table's cell) */
  total: number;
}

export interface ProtectInput {
  /** every figure involved; `small` = hidden on its own (1–4 people behind it) */
  cells: { value: number; small: boolean }[];
  sums: SumSet[];
  /** "people": counts of people (the bounds above apply); "amount": money and other unbounded figures */
  kind: "people" | "amount";
}

const BOUNDS = {
  people: { small: [1, SUPPRESSION_THRESHOLD - 1], withheld: [SUPPRESSION_THRESHOLD, Infinity] },
  amount: { small: [-Infinity, Infinity], withheld: [-Infinity, Infinity] },
} as const;

/**
 * True when some hidden cell's value follows from the others' bounds and their known sum: with one hidden cell,
 * always; with more, when a cell's feasible range [max(lo, S − Σ others' hi), min(hi, S − Σ others' lo)] is one value.
 */
export function recoverable(hidden: { value: number; state: Exclude<CellState, "shown"> }[], kind: ProtectInput["kind"]): boolean {
  if (hidden.length === 0) return false;
  if (hidden.length === 1) return true;
  const b = BOUNDS[kind];
  const sum = hidden.reduce((a, h) => a + h.value, 0);
  const lo = hidden.map((h) => b[h.state][0]);
  const hi = hidden.map((h) => b[h.state][1]);
  const loAll = lo.reduce((a, x) => a + x, 0);
  const hiAll = hi.reduce((a, x) => a + x, 0);
  return hidden.some((_, i) => {
    // Σ of the others, without the infinities cancelling (Infinity − Infinity is NaN)
    const othersHi = hi[i] === Infinity ? hi.filter((_, j) => j !== i).reduce((a, x) => a + x, 0) : hiAll - hi[i];
    const othersLo = lo[i] === -Infinity ? lo.filter((_, j) => j !== i).reduce((a, x) => a + x, 0) : loAll - lo[i];
    const min = Math.max(lo[i], sum - othersHi);
    const max = Math.min(hi[i], sum - othersLo);
    return min === max;
  });
}

/** Which cells to show, given the sets of cells that add up to another cell. Pure; see the comment above. */
export function protectCells({ cells, sums, kind }: ProtectInput): CellState[] {
  const state: CellState[] = cells.map((c) => (c.small ? "small" : "shown"));
  for (let changed = true; changed; ) {
    changed = false;
    for (const set of sums) {
      if (state[set.total] !== "shown") continue; // nothing to subtract from
      for (;;) {
        const hidden = set.parts.filter((i) => state[i] !== "shown").map((i) => ({ value: cells[i].value, state: state[i] as Exclude<CellState, "shown"> }));
        if (!recoverable(hidden, kind)) break;
        const next = set.parts
          .filter((i) => state[i] === "shown" && cells[i].value !== 0)
          .sort((a, b) => Math.abs(cells[a].value) - Math.abs(cells[b].value) || a - b)[0];
        changed = true;
        if (next === undefined) {
          state[set.total] = "withheld";
          break;
        }
        state[next] = "withheld";
      }
    }
  }
  return state;
}

/** What a withheld cell shows: it is not about fewer than 5 people itself, but would reveal a figure that is. */
export const WITHHELD = "withheld";
export const WITHHELD_NOTE = "“withheld”: not shown because, with the total and the other figures, it would reveal a figure about fewer than 5 people.";
