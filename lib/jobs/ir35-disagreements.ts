import "server-only";
import { db, type Db } from "@/lib/db";
import { formatLongDate } from "@/lib/compliance/dates";
import { disagreementStatus } from "@/lib/compliance/ir35";
import type { IsoDate } from "@/lib/compliance/types";
import { LINKS } from "@/lib/notifications/rules";
import { isoOf } from "./clock";
import { noticesPerCouncil } from "./per-council";
import type { JobOptions, JobResult } from "./types";

/**
 * Daily: IR35 disagreements waiting for the council's answer (rule 3, ITEPA s61T). Every disagreement not yet
 * answered is checked against its 45-day deadline (`disagreementStatus`, lib/compliance/ir35.ts); the Connect2
 * team is told once when the deadline is 7 days or fewer away and once more when it has passed. Key:
 * `ir35-disagreement:<determinationId>:<receivedOn>:<stage>`, so a later disagreement (a new received date)
 * alerts afresh and nothing else repeats.
 */
export const IR35_DISAGREEMENT_ALERT_DAYS = 7;

export type OpenDisagreement = {
  determinationId: string;
  applicationId: string;
  workerName: string;
  jobTitle: string;
  receivedOn: IsoDate;
};

export type Ir35DisagreementAlert = {
  determinationId: string;
  applicationId: string;
  stage: "due-soon" | "overdue";
  deadline: IsoDate;
  daysRemaining: number;
  dedupeKey: string;
  title: string;
  body: string;
};

/** Which unanswered disagreements need an alert on `asOf`: overdue, or due within 7 days. Pure. */
export function ir35DisagreementAlertsDue(rows: ReadonlyArray<OpenDisagreement>, asOf: IsoDate): Ir35DisagreementAlert[] {
  const out: Ir35DisagreementAlert[] = [];
  for (const r of rows) {
    const s = disagreementStatus({ receivedOn: r.receivedOn, answeredOn: null }, asOf);
    if (s.daysRemaining === null || s.daysRemaining > IR35_DISAGREEMENT_ALERT_DAYS) continue;
    const overdue = s.state === "overdue";
    const by = formatLongDate(s.deadline);
    const when = s.daysRemaining === 0 ? "today" : s.daysRemaining === 1 ? "tomorrow" : `in ${s.daysRemaining} days`;
    out.push({
      determinationId: r.determinationId,
      applicationId: r.applicationId,
      stage: overdue ? "overdue" : "due-soon",
      deadline: s.deadline,
      daysRemaining: s.daysRemaining,
      dedupeKey: `ir35-disagreement:${r.determinationId}:${r.receivedOn}:${overdue ? "overdue" : "due-soon"}`,
      title: overdue ? `IR35 disagreement response overdue: ${r.workerName}` : `IR35 disagreement response due by ${by}: ${r.workerName}`,
      body: overdue
        ? `${r.workerName} disagreed with the IR35 status determination for ${r.jobTitle} on ${formatLongDate(r.receivedOn)}. The council had to answer by ${by}; record the response now.`
        : `${r.workerName} disagreed with the IR35 status determination for ${r.jobTitle} on ${formatLongDate(r.receivedOn)}. The council must answer by ${by} (${when}).`,
    });
  }
  return out;
}

export async function runIr35DisagreementAlerts(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  return noticesPerCouncil("ir35-disagreements", opts, client, async (councilId, asOf) => {
    const open = await client.statusDetermination.findMany({
      where: { councilId, disagreementReceivedOn: { not: null }, disagreementRespondedOn: null },
      select: {
        id: true, applicationId: true, disagreementReceivedOn: true,
        application: { select: { candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { jobTitle: true } } } },
      },
      orderBy: { id: "asc" },
    });
    const alerts = ir35DisagreementAlertsDue(
      open.map((o) => ({
        determinationId: o.id,
        applicationId: o.applicationId,
        workerName: `${o.application.candidate.firstName} ${o.application.candidate.lastName}`,
        jobTitle: o.application.requisition.jobTitle,
        receivedOn: isoOf(o.disagreementReceivedOn!),
      })),
      asOf,
    );
    return {
      considered: open.length,
      notices: alerts.map((a) => ({
        kind: "ir35.disagreement-due" as const,
        about: {},
        message: { title: a.title, body: a.body, dedupeKey: a.dedupeKey, links: { agency: LINKS.agencyApplication(a.applicationId) } },
      })),
    };
  });
}
