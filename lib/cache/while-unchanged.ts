import "server-only";
import { db } from "@/lib/db";

/**
 * Reuse the result of an expensive, read-only computation (the board's dashboards) for as long as the database has
 * not changed — never longer, so it is never stale.
 *
 * "Not changed" is PostgreSQL's own answer: `pg_current_snapshot()` (xmin:xmax:transactions in progress). Two equal
 * snapshots see exactly the same committed data; any transaction that writes and finishes, or starts writing, changes
 * it. So a result computed under one snapshot is still the right answer for any later request that sees the same
 * snapshot, and the first request after any write computes afresh. Checking costs one trivial query.
 *
 * Concurrent requests for the same key and snapshot share one computation. `key` must name everything else the
 * result depends on (council, period, filters, today's date when it matters); authorize before calling.
 */
const MAX_ENTRIES = 100;
const entries = new Map<string, Promise<unknown>>();

export async function whileUnchanged<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const [{ snapshot }] = await db().$queryRaw<{ snapshot: string }[]>`select pg_current_snapshot()::text as snapshot`;
  const k = `${snapshot}\n${key}`;
  const known = entries.get(k);
  if (known) return known as Promise<T>;
  const result = compute();
  entries.set(k, result);
  result.catch(() => entries.delete(k)); // a failure is not remembered
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return result;
}
