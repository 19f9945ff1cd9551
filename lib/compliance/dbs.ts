// DBS checks (Police Act 1997 Part V; Safeguarding Vulnerable Groups Act 2006 for the barred lists): the role sets
// the level needed and a check at that level or higher satisfies it. Levels rank
// NONE < BASIC < STANDARD < ENHANCED < ENHANCED_BARRED.
import { DBS_LEVELS, type DbsLevel } from "./types";

/** Position of a level in the low → high order (NONE = 0). */
export function dbsRank(level: DbsLevel): number {
  const rank = DBS_LEVELS.indexOf(level);
  if (rank < 0) throw new RangeError(`Unknown DBS level: ${String(level)}`);
  return rank;
}

/** Negative when a is lower than b, 0 when equal, positive when higher. */
export function compareDbsLevels(a: DbsLevel, b: DbsLevel): number {
  return dbsRank(a) - dbsRank(b);
}

/** Plain-English name of a level, e.g. "enhanced with barred list". */
export function describeDbsLevel(level: DbsLevel): string {
  const labels: Record<DbsLevel, string> = {
    NONE: "no DBS check",
    BASIC: "basic",
    STANDARD: "standard",
    ENHANCED: "enhanced",
    ENHANCED_BARRED: "enhanced with barred list",
  };
  return labels[level];
}

/** The check as a phrase with its article: "an enhanced DBS check with barred list". */
export function dbsCheckPhrase(level: DbsLevel): string {
  const phrases: Record<DbsLevel, string> = {
    NONE: "no DBS check",
    BASIC: "a basic DBS check",
    STANDARD: "a standard DBS check",
    ENHANCED: "an enhanced DBS check",
    ENHANCED_BARRED: "an enhanced DBS check with barred list",
  };
  return phrases[level];
}

export interface DbsSufficiency {
  sufficient: boolean;
  reason: string;
}

/** Whether a held DBS level meets the required one (a higher level satisfies a lower need; NONE needs nothing). */
export function dbsSufficient(required: DbsLevel, held: DbsLevel | null | undefined): DbsSufficiency {
  if (required === "NONE") return { sufficient: true, reason: "The role does not need a DBS check." };
  const need = `${dbsCheckPhrase(required)} or higher`;
  if (held === null || held === undefined || held === "NONE") {
    return { sufficient: false, reason: `No DBS check is held; the role needs ${need}.` };
  }
  if (compareDbsLevels(held, required) >= 0) {
    return { sufficient: true, reason: `The ${describeDbsLevel(held)} DBS check held meets the role's need for ${need}.` };
  }
  return { sufficient: false, reason: `The DBS check held is ${describeDbsLevel(held)}; the role needs ${need}.` };
}
