/**
 * Fast bulk inserts for the benchmark seed: rows are buffered column by column and written with one
 * `INSERT … SELECT … FROM unnest($1::text[], $2::int[], …)` per batch through the `pg` driver.
 * Array-valued columns (text[] or enum[]) travel as array literals ("{a,b}") and are cast back in SQL.
 * A table's parents are flushed before it, so foreign keys always hold.
 */
import type pg from "pg";

export type Value = string | number | boolean | null;

export class Bulk {
  readonly table: string;
  private readonly columns: ReadonlyArray<readonly [string, string]>;
  private readonly sql: string;
  private buffers: Value[][];
  private readonly parents: Bulk[];
  private readonly batch: number;
  rows = 0;
  ms = 0;

  constructor(
    private readonly client: pg.Client,
    table: string,
    columns: ReadonlyArray<readonly [string, string]>,
    opts: { parents?: Bulk[]; batch?: number } = {},
  ) {
    this.table = table;
    this.columns = columns;
    this.parents = opts.parents ?? [];
    this.batch = opts.batch ?? 10_000;
    this.buffers = columns.map(() => []);
    const names = columns.map(([c]) => `"${c}"`).join(", ");
    const params = columns.map(([, t], i) => `$${i + 1}::${t.endsWith("[]") ? "text" : t}[]`).join(", ");
    const alias = columns.map((_, i) => `c${i}`).join(", ");
    const select = columns.map(([, t], i) => (t.endsWith("[]") ? `c${i}::${t}` : `c${i}`)).join(", ");
    this.sql = `insert into "${table}" (${names}) select ${select} from unnest(${params}) as u(${alias})`;
  }

  get pending(): number {
    return this.buffers[0].length;
  }

  /** Adds one row (values in column order); flushes when the batch is full. */
  async push(values: Value[]): Promise<void> {
    for (let i = 0; i < values.length; i++) this.buffers[i].push(values[i]);
    if (this.buffers[0].length >= this.batch) await this.flush();
  }

  async flush(): Promise<void> {
    for (const p of this.parents) if (p.pending) await p.flush();
    const n = this.buffers[0].length;
    if (n === 0) return;
    const started = Date.now();
    const data = this.buffers;
    this.buffers = this.columns.map(() => []);
    await this.client.query(this.sql, data);
    this.rows += n;
    this.ms += Date.now() - started;
  }
}

/** A Postgres array literal for text/enum values: {"a","b"}. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

// ───────── fast calendar arithmetic on day numbers (days since 1970-01-01, UTC) ─────────

const DAY_MS = 86_400_000;
const isoCache = new Map<number, string>();

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function isoDay(dn: number): string {
  let s = isoCache.get(dn);
  if (s === undefined) {
    s = new Date(dn * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(dn, s);
  }
  return s;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dn: number): number {
  return (((dn + 3) % 7) + 7) % 7;
}

export function mondayOfDay(dn: number): number {
  return dn - weekdayOf(dn);
}

export function nextMondayDay(dn: number): number {
  const w = weekdayOf(dn);
  return w === 0 ? dn : dn + 7 - w;
}

/** A timestamp string for a day at hh:mm (stored as UTC, like Prisma does). */
export function stamp(dn: number, hour: number, minute: number): string {
  return `${isoDay(dn)}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00.000Z`;
}
