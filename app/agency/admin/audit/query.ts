import type { AuditFilter } from "@/lib/audit/queries";

/** The filter as a query string (the page's links and the CSV export carry exactly what is shown). */
export function auditQuery(f: AuditFilter, page?: number): string {
  const q = new URLSearchParams();
  const pairs: [string, string | undefined][] = [["type", f.entityType], ["record", f.record], ["user", f.user], ["action", f.action], ["from", f.from], ["to", f.to]];
  for (const [k, v] of pairs) if (v) q.set(k, v);
  if (page && page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}
