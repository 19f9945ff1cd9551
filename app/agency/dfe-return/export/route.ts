import { AuthError, ForbiddenError } from "@/lib/auth/errors";
import { getViewer } from "@/lib/auth/session";
import { dfeQuarterlyReturn } from "@/lib/compliance/dfe-return";
import { parseQuarter, quarterOf } from "@/lib/compliance/dfe";
import { csvResponse, toCsv } from "@/lib/csv";
import { londonToday } from "@/lib/jobs/clock";
import { DFE_RETURN_COLUMNS } from "../columns";

/** GET /agency/dfe-return/export?quarter=2026-Q3 — the DfE quarterly return as CSV (agency team and admins only). */
export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const raw = url.searchParams.get("quarter");
  const quarter = raw ? parseQuarter(raw) : quarterOf(londonToday());
  if (!quarter) return new Response("The quarter must be written like 2026-Q3.", { status: 400 });
  try {
    const rows = await dfeQuarterlyReturn(await getViewer(), quarter);
    return csvResponse(`dfe-child-family-social-workers-${quarter.key}.csv`, toCsv(rows, DFE_RETURN_COLUMNS));
  } catch (e) {
    if (e instanceof AuthError) return new Response("Sign in to download this.", { status: 401 });
    if (e instanceof ForbiddenError) return new Response("You do not have permission to download this.", { status: 403 });
    throw e;
  }
}
