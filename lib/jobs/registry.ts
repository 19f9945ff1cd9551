import "server-only";
import { deliverPendingEmails } from "@/lib/notifications/notify";
import { runAwrAlerts } from "./awr-alerts";
import { londonToday } from "./clock";
import { runIr35DisagreementAlerts } from "./ir35-disagreements";
import { runPlacementLifecycle } from "./placement-lifecycle";
import { runRegistrationReminders } from "./registration-renewals";
import { runRetention } from "./retention";
import { runRtwExpiryAlerts } from "./rtw-expiry";
import { runManagerTimesheetReminders, runWorkerTimesheetReminders } from "./timesheet-reminders";
import type { JobOptions, JobResult } from "./types";

/**
 * Every background job: its name (the pg-boss queue), when it runs (cron, Europe/London) and what it does.
 * `scripts/worker.ts` schedules them; `npm run jobs:run-once -- <name>` runs one now. Each job is idempotent:
 * alerts carry dedupe keys and retention acts only on what is still due, so running one twice tells nobody
 * twice. Every job ends by emailing the notifications it wrote.
 */
export const JOB_TIMEZONE = "Europe/London";

export type JobDefinition = {
  cron: string;
  description: string;
  run: (opts: JobOptions) => Promise<JobResult[]>;
  /** also run when the worker starts, to catch up on a run missed while it was stopped (the job must be idempotent) */
  runAtStart?: boolean;
};

/** The daily alerts: AWR week 10, right-to-work expiry (30 days ahead), registration renewals and IR35 disagreements due. */
export async function runDailyAlerts(opts: JobOptions = {}): Promise<JobResult[]> {
  const o = { ...opts, asOf: opts.asOf ?? londonToday() };
  return [await runAwrAlerts(o), await runRtwExpiryAlerts(o), await runRegistrationReminders(o), await runIr35DisagreementAlerts(o)];
}

/** Email everything not yet emailed, in batches. */
export async function deliverAllPendingEmails(): Promise<number> {
  let total = 0;
  for (let i = 0; i < 100; i++) {
    const sent = await deliverPendingEmails(100);
    total += sent;
    if (sent === 0) break;
  }
  return total;
}

const withEmails = (run: (opts: JobOptions) => Promise<JobResult | JobResult[]>) => async (opts: JobOptions) => {
  const out = await run(opts);
  const results = Array.isArray(out) ? out : [out];
  const emailed = await deliverAllPendingEmails();
  return [...results, { job: "deliver-emails", asOf: opts.asOf ?? londonToday(), considered: emailed, due: emailed, notificationsWritten: 0, counts: { emailed } }];
};

export const JOBS = {
  "daily-alerts": {
    cron: "0 7 * * *",
    description: "07:00 daily: AWR week-10 alerts, right-to-work expiry alerts, registration renewal reminders, IR35 disagreement responses overdue or due within 7 days",
    run: withEmails(runDailyAlerts),
  },
  "placement-lifecycle": {
    cron: "5 0 * * *",
    description: "00:05 daily (and when the worker starts): placements start on their start date if every check still passes, and end after their last day",
    run: withEmails(runPlacementLifecycle),
    runAtStart: true,
  },
  retention: {
    cron: "30 2 * * *",
    description: "02:30 daily: anonymise unsuccessful candidates past retention; delete expired right-to-work copies",
    run: withEmails(runRetention),
  },
  "timesheet-reminders-workers": {
    cron: "0 9 * * 1",
    description: "Monday 09:00: remind workers with no timesheet for last week",
    run: withEmails(runWorkerTimesheetReminders),
  },
  "timesheet-reminders-managers": {
    cron: "0 12 * * 2",
    description: "Tuesday 12:00: remind hiring managers of timesheets waiting for approval",
    run: withEmails(runManagerTimesheetReminders),
  },
  "deliver-emails": {
    cron: "* * * * *",
    description: "Every minute: email notifications not yet emailed (SMTP, or the development outbox)",
    run: withEmails(async () => []),
  },
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOBS;

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
