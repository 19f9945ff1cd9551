import "server-only";
import { getViewer } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/format";
import { boardDashboard } from "@/lib/metrics/dashboard";
import { filterParams, metricFilterOptions, parseFilters } from "@/lib/metrics/options";
import { parsePeriod, periodParams, type PeriodParams } from "@/lib/metrics/period";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Today in London, the day the figures are computed for. */
export function todayIso(): string {
  return toIsoDate(new Date())!;
}

/** Period, filters and every figure for a board page or CSV, from its search parameters. */
export async function loadBoard(sp: PeriodParams) {
  const viewer = await getViewer();
  const options = await metricFilterOptions(viewer); // authorizes metrics.read
  const { period, errors } = parsePeriod(sp, todayIso());
  const filters = parseFilters(sp, options);
  const view = await boardDashboard(viewer, period, filters, {
    services: new Map(options.services.map((s) => [s.id, s.name])),
    campaigns: new Map(options.campaigns.map((c) => [c.id, c.name])),
  });
  const params = { ...periodParams(period), ...filterParams(view.filters) };
  return { viewer: viewer!, options, period, errors, filters: view.filters, view, params };
}
