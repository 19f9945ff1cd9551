import "server-only";
import { db, type Db } from "@/lib/db";
import { AWR_QUALIFYING_WEEKS } from "@/lib/compliance/awr";
import { awrStatusForCouncil, type AwrPlacementStatus } from "@/lib/compliance/awr-status";
import { formatLongDateWithDay } from "@/lib/compliance/dates";
import { LINKS } from "@/lib/notifications/rules";
import { noticesPerCouncil } from "./per-council";
import type { JobOptions, JobResult } from "./types";

/**
 * Daily: the Agency Workers Regulations week-10 alert (rule 2). Every ACTIVE placement whose clock
 * (worker × this council × substantially-same role) stands at week 10 or 11 raises one alert to the
 * agency team and the placement's service managers. The dedupe key names the placement and the first
 * week of the clock's current run, so the alert goes once per run — and again only if the clock resets
 * and climbs back to week 10.
 */
export type AwrAlert = {
  placementId: string;
  candidateId: string;
  serviceId: string;
  dedupeKey: string;
  title: string;
  body: string;
};

type AlertInput = Pick<AwrPlacementStatus, "placementId" | "reference" | "candidateId" | "serviceId" | "weeksCounted" | "qualifyingDate" | "alertDue" | "clockStart"> & {
  workerName: string;
};

/** Which placements need a week-10 alert, and what it says. Pure. */
export function awrAlertsDue(statuses: ReadonlyArray<AlertInput>): AwrAlert[] {
  return statuses
    .filter((s) => s.alertDue && s.clockStart !== null)
    .map((s) => {
      const left = AWR_QUALIFYING_WEEKS - s.weeksCounted;
      return {
        placementId: s.placementId,
        candidateId: s.candidateId,
        serviceId: s.serviceId,
        dedupeKey: `awr-week10:${s.placementId}:${s.clockStart}`,
        title: `AWR: ${s.workerName} (${s.reference}) is at week ${s.weeksCounted} of ${AWR_QUALIFYING_WEEKS}`,
        body:
          `${s.workerName} (placement ${s.reference}) has ${s.weeksCounted} of the ${AWR_QUALIFYING_WEEKS} qualifying weeks under the Agency Workers Regulations. ` +
          `If they keep working, equal basic pay and conditions apply from ${formatLongDateWithDay(s.qualifyingDate)} ` +
          `(${left === 1 ? "1 more week" : `${left} more weeks`}). Confirm the comparable pay and conditions with the service now.`,
      };
    });
}

export async function runAwrAlerts(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  return noticesPerCouncil("awr-alerts", opts, client, async (councilId, asOf) => {
    const statuses = await awrStatusForCouncil(client, councilId, { asOf });
    const alerting = statuses.filter((s) => s.alertDue);
    const names = await client.candidateProfile.findMany({
      where: { councilId, id: { in: alerting.map((s) => s.candidateId) } },
      select: { id: true, firstName: true, lastName: true },
    });
    const nameOf = new Map(names.map((n) => [n.id, `${n.firstName} ${n.lastName}`]));
    const alerts = awrAlertsDue(alerting.map((s) => ({ ...s, workerName: nameOf.get(s.candidateId) ?? "A worker" })));
    return {
      considered: statuses.length,
      notices: alerts.map((a) => ({
        kind: "awr.week10",
        about: { serviceIds: [a.serviceId] },
        message: {
          title: a.title,
          body: a.body,
          dedupeKey: a.dedupeKey,
          links: { agency: LINKS.agencyPlacement(a.placementId), serviceManagers: LINKS.managerPlacement(a.placementId) },
        },
      })),
    };
  });
}
