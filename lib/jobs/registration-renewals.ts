import "server-only";
import { db, type Db } from "@/lib/db";
import { compareIsoDates, daysBetween, formatLongDate } from "@/lib/compliance/dates";
import type { ComplianceCheckStatus, IsoDate } from "@/lib/compliance/types";
import { LINKS } from "@/lib/notifications/rules";
import { isoOf } from "./clock";
import { noticesPerCouncil } from "./per-council";
import type { JobOptions, JobResult } from "./types";

/**
 * Daily: professional-registration renewal reminders. For every worker with an ACTIVE or PENDING_START
 * placement, each current (passed, not superseded) registration is reminded 30 days and 7 days before its
 * renewal date, and once when overdue. The renewal date is the check's recorded date; a Social Work England
 * registration with none recorded renews each year by 30 November (the regulator's annual renewal), so that
 * date is assumed. One reminder per stage: key `registration-renewal:<checkId>:<renewalDate>:<stage>`.
 */
export const SOCIAL_WORK_ENGLAND = "Social Work England";
/** Reminder stages, in days before the renewal date. */
export const REGISTRATION_REMINDER_DAYS = { first: 30, final: 7 } as const;

export type RegistrationStage = "30-days" | "7-days" | "overdue";

/** Social Work England renews every registration by 30 November each year: the next such date on or after asOf. */
export function impliedRenewalDate(body: string | null, asOf: IsoDate): IsoDate | null {
  if (!body || body.trim().toLowerCase() !== SOCIAL_WORK_ENGLAND.toLowerCase()) return null;
  const year = Number(asOf.slice(0, 4));
  const thisYear = `${year}-11-30`;
  return compareIsoDates(asOf, thisYear) <= 0 ? thisYear : `${year + 1}-11-30`;
}

/** Which reminder stage applies `days` before the renewal date (negative = overdue), or null for none yet. */
export function registrationStage(days: number): RegistrationStage | null {
  if (days < 0) return "overdue";
  if (days <= REGISTRATION_REMINDER_DAYS.final) return "7-days";
  if (days <= REGISTRATION_REMINDER_DAYS.first) return "30-days";
  return null;
}

export type RegistrationRow = {
  id: string;
  body: string | null;
  status: ComplianceCheckStatus;
  /** the recorded renewal date (ComplianceCheck.expiresOn) */
  renewalDate: IsoDate | null;
  superseded: boolean;
};

export type RegistrationWorker = { candidateId: string; workerName: string; registrations: RegistrationRow[] };

export type RegistrationReminder = {
  candidateId: string;
  checkId: string;
  regulator: string;
  renewalDate: IsoDate;
  renewalDateAssumed: boolean;
  stage: RegistrationStage;
  dedupeKey: string;
  title: string;
  body: string;
  workerTitle: string;
  workerBody: string;
};

/** Which registrations need a renewal reminder on `asOf`. Pure. */
export function registrationRemindersDue(workers: ReadonlyArray<RegistrationWorker>, asOf: IsoDate): RegistrationReminder[] {
  const out: RegistrationReminder[] = [];
  for (const w of workers) {
    // The latest current registration per regulator decides.
    const byBody = new Map<string, { row: RegistrationRow; date: IsoDate; assumed: boolean }>();
    for (const r of w.registrations) {
      if (r.status !== "PASSED" || r.superseded) continue;
      const implied = impliedRenewalDate(r.body, asOf);
      const date = r.renewalDate ?? implied;
      if (!date) continue;
      const key = (r.body ?? "").trim().toLowerCase();
      const prev = byBody.get(key);
      if (!prev || compareIsoDates(date, prev.date) > 0) byBody.set(key, { row: r, date, assumed: r.renewalDate === null });
    }
    for (const { row, date, assumed } of byBody.values()) {
      const days = daysBetween(asOf, date);
      const stage = registrationStage(days);
      if (!stage) continue;
      const body = row.body?.trim() || "Professional";
      const on = formatLongDate(date);
      const when = days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
      const assumedNote = assumed ? ` (${SOCIAL_WORK_ENGLAND} renews every registration by 30 November; no other date is recorded)` : "";
      out.push({
        candidateId: w.candidateId,
        checkId: row.id,
        regulator: body,
        renewalDate: date,
        renewalDateAssumed: assumed,
        stage,
        dedupeKey: `registration-renewal:${row.id}:${date}:${stage}`,
        title: stage === "overdue" ? `${body} registration overdue: ${w.workerName}` : `${body} registration renewal due: ${w.workerName}`,
        body: stage === "overdue"
          ? `${w.workerName}'s ${body} registration was due for renewal on ${on}${assumedNote}. Confirm it was renewed and record the new renewal date; without a current registration they cannot practise.`
          : `${w.workerName}'s ${body} registration must be renewed by ${on} (${when})${assumedNote}. Once renewed, record the new renewal date.`,
        workerTitle: stage === "overdue" ? `Your ${body} registration renewal is overdue` : `Renew your ${body} registration by ${on}`,
        workerBody: stage === "overdue"
          ? `Our records show your ${body} registration was due for renewal on ${on}. If you have renewed, please tell the Connect2 team; if not, renew now — you cannot practise without a current registration.`
          : `Your ${body} registration must be renewed by ${on} (${when}). Please renew it and tell the Connect2 team when you have.`,
      });
    }
  }
  return out;
}

export async function runRegistrationReminders(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  return noticesPerCouncil("registration-renewals", opts, client, async (councilId, asOf) => {
    const candidates = await client.candidateProfile.findMany({
      where: {
        councilId, anonymisedAt: null,
        placements: { some: { status: { in: ["ACTIVE", "PENDING_START"] } } },
        checks: { some: { type: "PROFESSIONAL_REGISTRATION" } },
      },
      select: {
        id: true, firstName: true, lastName: true,
        checks: {
          where: { type: "PROFESSIONAL_REGISTRATION" },
          select: { id: true, registrationBody: true, status: true, expiresOn: true, supersededAt: true },
        },
      },
    });
    const reminders = registrationRemindersDue(
      candidates.map((c) => ({
        candidateId: c.id,
        workerName: `${c.firstName} ${c.lastName}`,
        registrations: c.checks.map((k) => ({ id: k.id, body: k.registrationBody, status: k.status, renewalDate: isoOf(k.expiresOn), superseded: k.supersededAt !== null })),
      })),
      asOf,
    );
    return {
      considered: candidates.length,
      notices: reminders.map((r) => ({
        kind: "registration.renewal",
        about: { candidateId: r.candidateId },
        message: {
          title: r.title,
          body: r.body,
          titles: { worker: r.workerTitle },
          bodies: { worker: r.workerBody },
          dedupeKey: r.dedupeKey,
          links: { agency: LINKS.agencyCandidate(r.candidateId), worker: LINKS.candidateDocuments() },
        },
      })),
    };
  });
}
