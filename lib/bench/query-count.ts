import { env } from "@/lib/env";
/**
 * Opt-in count of the SQL statements this server process sends to PostgreSQL, for `npm run bench`
 * (queries per page). Off unless DB_QUERY_LOG=1: then lib/db.ts gives the connection pool a pg
 * client that calls `countQuery()` for every statement — Prisma's own queries, `$queryRaw`, and
 * transaction control alike, because it counts at the driver, below Prisma.
 * The count is process-wide, so the benchmark reads it around one request at a time.
 * DB_QUERY_LOG=2 also prints each statement with its time to stderr (for finding slow queries).
 */
const state = globalThis as unknown as { __connect2QueryCount?: number };

export function queryLogEnabled(): boolean {
  const log = env().DB_QUERY_LOG;
  return log === "1" || log === "2";
}

export function countQuery(): void {
  state.__connect2QueryCount = (state.__connect2QueryCount ?? 0) + 1;
}

/** Statements sent since the process started (monotonic). */
export function queryCount(): number {
  return state.__connect2QueryCount ?? 0;
}

/** DB_QUERY_LOG=2: send the statement and print it with its time once it settles (callback or promise). */
export function logQuery(send: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  const started = performance.now();
  const query = args[0];
  const text = typeof query === "string" ? query : ((query as { text?: string } | null)?.text ?? "?");
  const done = () => console.error(`[sql] ${(performance.now() - started).toFixed(1).padStart(7)} ms  ${text.replace(/\s+/g, " ").slice(0, 400)}`);
  const last = args.at(-1);
  if (typeof last === "function") {
    return send(...args.slice(0, -1), (...r: unknown[]) => {
      done();
      return (last as (...r: unknown[]) => unknown)(...r);
    });
  }
  const result = send(...args);
  if (typeof (result as Promise<unknown> | undefined)?.then === "function") (result as Promise<unknown>).then(done, done);
  return result;
}
