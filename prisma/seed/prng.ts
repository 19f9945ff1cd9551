/**
 * Deterministic randomness and date helpers for the seed. Never use Math.random here: the same seed and
 * the same SEED_TODAY must always produce the same rows.
 */
import { addDays, daysBetween, dayOfWeek, mondayOf } from "../../lib/compliance/dates";

/** mulberry32: a small, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1][0];
  }
  /** A new shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** n distinct items (or all of them when n ≥ length). */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }
  /** Upper-case letters/digits string of a given length from an alphabet. */
  chars(alphabet: string, n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
}

// ───────── dates: ISO strings (YYYY-MM-DD) in, Date objects out ─────────

export type Iso = string;
export { addDays, daysBetween, dayOfWeek, mondayOf };

/** A @db.Date value: midnight UTC of the ISO date. */
export function day(iso: Iso): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A timestamp on an ISO date at hh:mm (UTC, close enough to UK time for demo data). */
export function at(iso: Iso, hour: number, minute = 0): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), hour, minute));
}

/** The ISO date of a Date (UTC). */
export function isoOf(d: Date): Iso {
  return d.toISOString().slice(0, 10);
}

/** The Monday on or after a date. */
export function nextMonday(iso: Iso): Iso {
  const dow = dayOfWeek(iso); // 0 Sunday … 6 Saturday
  return dow === 1 ? iso : addDays(iso, (8 - dow) % 7);
}

/** The Friday of the week a date is in (Monday-based weeks). */
export function fridayOf(iso: Iso): Iso {
  return addDays(mondayOf(iso), 4);
}

/** Moves a weekend date to the following Monday. */
export function weekday(iso: Iso): Iso {
  const dow = dayOfWeek(iso);
  return dow === 6 ? addDays(iso, 2) : dow === 0 ? addDays(iso, 1) : iso;
}

export function minIso(a: Iso, b: Iso): Iso {
  return a < b ? a : b;
}

export function maxIso(a: Iso, b: Iso): Iso {
  return a > b ? a : b;
}

/** A working-hours timestamp on a date, chosen by the generator (08:30–17:30). */
export function workTime(rng: Rng, iso: Iso): Date {
  return at(iso, rng.int(8, 16), rng.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]));
}

/** Deterministic zero-padded id suffix. */
export function pad(n: number, width = 4): string {
  return String(n).padStart(width, "0");
}
