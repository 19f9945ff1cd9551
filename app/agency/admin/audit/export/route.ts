import { AuthError, ForbiddenError } from "@/lib/auth/errors";
import { getViewer } from "@/lib/auth/session";
import { exportAuditEvents, parseAuditFilter } from "@/lib/audit/queries";
import { csvResponse, toCsv } from "@/lib/csv";
import { formatDateTime } from "@/lib/format";

/** The audit events the page's search shows, as CSV (same filter, same authorization: administrators only). */
export async function GET(req: Request): Promise<Response> {
  try {
    const url = new URL(req.url);
    const { filter, errors } = parseAuditFilter((name) => url.searchParams.get(name));
    if (Object.keys(errors).length) return new Response(Object.values(errors).join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    const rows = await exportAuditEvents(await getViewer(), filter);
    return csvResponse(
      "audit-trail.csv",
      toCsv(rows, [
        { header: "When", value: (r) => formatDateTime(r.createdAt) },
        { header: "When (UTC, ISO 8601)", value: (r) => r.createdAt.toISOString() },
        { header: "Who", value: (r) => r.actorName },
        { header: "Email", value: (r) => r.actorEmail },
        { header: "Role", value: (r) => r.actorRole },
        { header: "Action", value: (r) => r.action },
        { header: "Record type", value: (r) => r.entityType },
        { header: "Record id", value: (r) => r.entityId },
        { header: "Record", value: (r) => r.recordLabel },
        { header: "Changes", value: (r) => r.changes },
        { header: "Event id", value: (r) => r.id },
      ]),
    );
  } catch (e) {
    if (e instanceof AuthError) return new Response("Sign in to download this.", { status: 401 });
    if (e instanceof ForbiddenError) return new Response("You do not have permission to download this.", { status: 403 });
    throw e;
  }
}
