import "server-only";
import { db, type Db } from "@/lib/db";
import { formatLongDate, compareIsoDates } from "@/lib/compliance/dates";
import { isUnlimitedRoute, recheckDue, RTW_RECHECK_ALERT_DAYS } from "@/lib/compliance/right-to-work";
import type { ComplianceCheckStatus, IsoDate, RightToWorkRoute } from "@/lib/compliance/types";
import { LINKS } from "@/lib/notifications/rules";
import { isoOf } from "./clock";
import { noticesPerCouncil } from "./per-council";
import type { JobOptions, JobResult } from "./types";

/**
 * Daily: right-to-work expiry (rule 5). For every worker with an ACTIVE or PENDING_START placement whose
 * current right to work is time-limited, alert from 30 days before the last day of permission
 * (`recheckDue` in lib/compliance/right-to-work.ts), and again once it has expired. Workers with a
 * passed check on an unlimited route (British or Irish, settled) are never alerted. Keys:
 * `rtw-expiry:<checkId>:<expiresOn>` (30 days ahead) and `rtw-expired:<checkId>:<expiresOn>`, so a
 * renewed permission (a new check or a new expiry date) alerts afresh and nothing else repeats.
 */
export type RtwCheckRow = {
  id: string;
  route: RightToWorkRoute | null;
  status: ComplianceCheckStatus;
  expiresOn: IsoDate | null;
  superseded: boolean;
};

export type RtwWorker = { candidateId: string; workerName: string; serviceIds: string[]; checks: RtwCheckRow[] };

export type RtwAlert = {
  candidateId: string;
  serviceIds: string[];
  checkId: string;
  expiresOn: IsoDate;
  kind: "rtw.expiring" | "rtw.expired";
  daysUntilExpiry: number;
  dedupeKey: string;
  title: string;
  body: string;
  workerTitle: string;
  workerBody: string;
};

/** Which workers need a right-to-work alert on `asOf`. Pure. */
export function rtwAlertsDue(workers: ReadonlyArray<RtwWorker>, asOf: IsoDate): RtwAlert[] {
  const out: RtwAlert[] = [];
  for (const w of workers) {
    const current = w.checks.filter((c) => c.status === "PASSED" && !c.superseded);
    if (current.some((c) => c.route !== null && isUnlimitedRoute(c.route))) continue;
    const dated = current.filter((c): c is RtwCheckRow & { expiresOn: IsoDate } => c.expiresOn !== null);
    if (dated.length === 0) continue; // no passed time-limited check: the placement gate deals with it
    const latest = dated.sort((a, b) => compareIsoDates(b.expiresOn, a.expiresOn))[0];
    const status = recheckDue({ route: latest.route ?? "TIME_LIMITED", status: "PASSED", expiresAt: latest.expiresOn }, asOf);
    if (!status.due || status.daysUntilExpiry === null) continue;
    const expired = status.daysUntilExpiry < 0;
    const on = formatLongDate(latest.expiresOn);
    const when = status.daysUntilExpiry === 0 ? "today" : `in ${status.daysUntilExpiry === 1 ? "1 day" : `${status.daysUntilExpiry} days`}`;
    out.push({
      candidateId: w.candidateId,
      serviceIds: w.serviceIds,
      checkId: latest.id,
      expiresOn: latest.expiresOn,
      kind: expired ? "rtw.expired" : "rtw.expiring",
      daysUntilExpiry: status.daysUntilExpiry,
      dedupeKey: `${expired ? "rtw-expired" : "rtw-expiry"}:${latest.id}:${latest.expiresOn}`,
      title: expired ? `Right to work expired: ${w.workerName}` : `Right to work check due: ${w.workerName}`,
      body: expired
        ? `${w.workerName}'s right to work expired on ${on}. They must not work, and no timesheet can be approved for days after ${on}, until a new check passes.`
        : `${w.workerName}'s right to work ends on ${on} (${when}). Carry out a follow-up check before then (alerts start ${RTW_RECHECK_ALERT_DAYS} days ahead).`,
      workerTitle: expired ? "Your right to work has expired" : `Your right to work ends on ${on}`,
      workerBody: expired
        ? `Your permission to work in the UK, as we have it on record, ended on ${on}. Please contact the Connect2 team with your new permission as soon as possible: you cannot work until it is checked.`
        : `Your permission to work in the UK, as we have it on record, ends on ${on} (${when}). Please send the Connect2 team evidence of your new or extended permission so we can check it before then.`,
    });
  }
  return out;
}

export async function runRtwExpiryAlerts(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  return noticesPerCouncil("rtw-expiry", opts, client, async (councilId, asOf) => {
    const candidates = await client.candidateProfile.findMany({
      where: { councilId, anonymisedAt: null, placements: { some: { status: { in: ["ACTIVE", "PENDING_START"] } } } },
      select: {
        id: true, firstName: true, lastName: true,
        placements: { where: { status: { in: ["ACTIVE", "PENDING_START"] } }, select: { serviceId: true } },
        checks: {
          where: { type: "RIGHT_TO_WORK" },
          select: { id: true, rightToWorkRoute: true, status: true, expiresOn: true, supersededAt: true },
        },
      },
    });
    const alerts = rtwAlertsDue(
      candidates.map((c) => ({
        candidateId: c.id,
        workerName: `${c.firstName} ${c.lastName}`,
        serviceIds: [...new Set(c.placements.map((p) => p.serviceId))],
        checks: c.checks.map((k) => ({ id: k.id, route: k.rightToWorkRoute, status: k.status, expiresOn: isoOf(k.expiresOn), superseded: k.supersededAt !== null })),
      })),
      asOf,
    );
    return {
      considered: candidates.length,
      notices: alerts.map((a) => ({
        kind: a.kind,
        about: { candidateId: a.candidateId, serviceIds: a.serviceIds },
        message: {
          title: a.title,
          body: a.body,
          titles: { worker: a.workerTitle },
          bodies: { worker: a.workerBody },
          dedupeKey: a.dedupeKey,
          links: { agency: LINKS.agencyCandidate(a.candidateId), worker: LINKS.candidateDocuments(), serviceManagers: LINKS.managerPlacements() },
        },
      })),
    };
  });
}
