import { queryCount, queryLogEnabled } from "@/lib/bench/query-count";

/**
 * For `npm run bench` only: how many SQL statements this server has sent so far. Exists only when the
 * server was started with DB_QUERY_LOG=1 (the benchmark does that); otherwise a plain 404 with no data.
 */
export const dynamic = "force-dynamic";

export function GET() {
  if (!queryLogEnabled()) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return Response.json({ queries: queryCount() }, { headers: { "cache-control": "no-store" } });
}
