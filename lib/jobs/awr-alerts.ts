import "server-only";
import { db, type Db } from "@/lib/db";
import { AWR_QUALIFYING_WEEKS } from "@/lib/compliance/awr";
import { awrStatusForCouncil, type AwrPlacementStatus } from "@/lib/compliance/awr-status";
import { formatLongDateWithDay } from "@/lib/compliance/dates";
import type { IsoDate } from "@/lib/compliance/types";
import { LINKS, tell } from "@/lib/notifications/rules";
import { londonToday } from "./clock";
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
  const asOf: IsoDate = opts.asOf ?? londonToday();
  const councils = await client.council.findMany({ where: opts.councilId ? { id: opts.councilId } : {}, select: { id: true } });
  let considered = 0;
  let due = 0;
  let written = 0;
  for (const council of councils) {
    const statuses = await awrStatusForCouncil(client, council.id, { asOf });
    considered += statuses.length;
    const alerting = statuses.filter((s) => s.alertDue);
    const names = await client.candidateProfile.findMany({
      where: { councilId: council.id, id: { in: alerting.map((s) => s.candidateId) } },
      select: { id: true, firstName: true, lastName: true },
    });
    const nameOf = new Map(names.map((n) => [n.id, `${n.firstName} ${n.lastName}`]));
    const alerts = awrAlertsDue(alerting.map((s) => ({ ...s, workerName: nameOf.get(s.candidateId) ?? "A worker" })));
    due += alerts.length;
    for (const a of alerts) {
      written += await client.$transaction((tx) =>
        tell(tx, "awr.week10", { councilId: council.id, serviceIds: [a.serviceId] }, {
          title: a.title,
          body: a.body,
          dedupeKey: a.dedupeKey,
          links: { agency: LINKS.agencyPlacement(a.placementId), serviceManagers: LINKS.managerPlacement(a.placementId) },
        }),
      );
    }
  }
  return { job: "awr-alerts", asOf, considered, due, notificationsWritten: written };
}
