import "server-only";
import { getViewer } from "@/lib/auth/session";
import { filterParams, metricFilterOptions, parseFilters } from "@/lib/metrics/options";
import { parsePeriod, periodParams, type PeriodParams } from "@/lib/metrics/period";
import { fillRates, timeToFill, timeToFirstShortlist } from "@/lib/metrics/requisitions";
import { conversions } from "@/lib/metrics/social-value";
import { londonToday } from "@/lib/jobs/clock";
import { openRequisitionsByAge } from "@/lib/requisitions/agency-queries";
import { placementsStartingEnding } from "@/lib/placements/agency-queries";

/**
 * The team's figures for a period and filters. Fill rate, time to fill, time to first shortlist and conversions come
 * from the shared metric functions (lib/metrics), the same definitions the board sees; open requisitions by age and
 * placements starting and ending are the team's operational counts.
 */
export async function loadReports(sp: PeriodParams) {
  const viewer = await getViewer();
  const options = await metricFilterOptions(viewer); // authorizes metrics.read
  const { period, errors } = parsePeriod(sp, londonToday());
  const filters = parseFilters(sp, options);
  const [fill, ttf, ttfs, conv, byAge, comings] = await Promise.all([
    fillRates(viewer, period, filters),
    timeToFill(viewer, period, filters),
    timeToFirstShortlist(viewer, period, filters),
    conversions(viewer, period, filters),
    openRequisitionsByAge(viewer, filters),
    placementsStartingEnding(viewer, { start: period.start, end: period.end }, filters),
  ]);
  return { viewer, options, period, errors, filters, fill, ttf, ttfs, conv, byAge, comings, params: { ...periodParams(period), ...filterParams(filters) } };
}

export const pct = (r: number | null) => (r === null ? "No data" : `${(r * 100).toFixed(1)}%`);
export const days = (d: number | null) => (d === null ? "No data" : `${d.toFixed(1)} days`);
