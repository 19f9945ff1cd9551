import { getViewer } from "@/lib/auth/session";
import { AuthError, ForbiddenError } from "@/lib/auth/errors";
import { authorize } from "@/lib/auth/viewer";
import { csvResponse, toCsv } from "@/lib/csv";
import { boardDashboard, boardTables, headlineTable } from "@/lib/metrics/dashboard";
import { metricFilterOptions, parseFilters } from "@/lib/metrics/options";
import { parsePeriod } from "@/lib/metrics/period";
import { todayIso } from "../../_lib/load";

/**
 * CSV of one board table (or `summary`, the headline figures) for the period and filters in the query string:
 * exactly the figures the page shows, suppression included. Board and admin only, like the pages; aggregates only.
 */
export async function GET(req: Request, { params }: { params: Promise<{ metric: string }> }): Promise<Response> {
  try {
    const { metric } = await params;
    const viewer = authorize(await getViewer(), "portal.board");
    const url = new URL(req.url);
    const options = await metricFilterOptions(viewer);
    const { period } = parsePeriod(url.searchParams, todayIso());
    const view = await boardDashboard(viewer, period, parseFilters(url.searchParams, options), {
      services: new Map(options.services.map((s) => [s.id, s.name])),
      campaigns: new Map(options.campaigns.map((c) => [c.id, c.name])),
    });
    const table = metric === "summary" ? headlineTable(view) : boardTables(view).find((t) => t.id === metric);
    if (!table) return new Response("There is no such table.", { status: 404 });
    const lead = [
      { header: "Period", value: () => period.name },
      ...(view.filterSummary ? [{ header: "Filters", value: () => view.filterSummary }] : []),
    ];
    const csv = toCsv(table.rows, [...lead, ...table.columns.map((c) => ({ header: c.header, value: (r: (typeof table.rows)[number]) => r[c.key]?.display }))]);
    const slug = period.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return csvResponse(`${table.id}-${slug}.csv`, csv);
  } catch (e) {
    if (e instanceof AuthError) return new Response("Sign in to download this.", { status: 401 });
    if (e instanceof ForbiddenError) return new Response("You do not have permission to download this.", { status: 403 });
    throw e;
  }
}
