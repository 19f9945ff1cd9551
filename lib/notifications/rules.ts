import "server-only";
import type { Db, Tx } from "@/lib/db";
import { agencyTeam, notify, serviceManagers } from "./notify";

/**
 * The one place that decides WHO is told WHAT. Each kind of event names the audiences it goes to;
 * `tell()` resolves those audiences to active users of the council and writes the notifications
 * (one `notify` call per audience, because each audience gets the link into its own portal).
 * Emails follow from the notifications (`deliverPendingEmails`), so the same rule governs both.
 *
 * Audiences:
 * - worker: the candidate's own user account (if they have one and it is active);
 * - serviceManagers: hiring managers who belong to the placement's service;
 * - agency: the Connect2 team and administrators of the council.
 */
export type Audience = "worker" | "serviceManagers" | "agency";

export const NOTIFICATION_RULES = {
  /** AWR clock reached week 10 (rule 2): the agency prepares equal treatment; the service knows it is coming. */
  "awr.week10": { audiences: ["agency", "serviceManagers"], summary: "A worker is 2 weeks or less from the 12-week AWR qualifying date" },
  /** Time-limited right to work expires within 30 days (rule 5). */
  "rtw.expiring": { audiences: ["worker", "agency"], summary: "Right to work expires within 30 days: a follow-up check is due" },
  /** Right to work has expired: timesheets cannot be approved, so the service is told too. */
  "rtw.expired": { audiences: ["worker", "agency", "serviceManagers"], summary: "Right to work has expired" },
  /** An IR35 disagreement's 45-day answer deadline is within 7 days or has passed (rule 3). */
  "ir35.disagreement-due": { audiences: ["agency"], summary: "An IR35 disagreement must be answered within 7 days, or is overdue" },
  /** Professional registration (e.g. Social Work England, renewed each year by 30 November) is due for renewal. */
  "registration.renewal": { audiences: ["worker", "agency"], summary: "Professional registration is due for renewal" },
  /** Monday: the worker has not submitted last week's timesheet. */
  "timesheet.missing": { audiences: ["worker"], summary: "Last week's timesheet has not been submitted" },
  /** Tuesday: timesheets are waiting for a hiring manager's approval. */
  "timesheet.awaiting-approval": { audiences: ["serviceManagers"], summary: "Timesheets are waiting for approval" },
  /** Start date reached but the placement gate fails (a check lapsed since it was made): it stays PENDING_START. */
  "placement.start-blocked": { audiences: ["agency", "serviceManagers"], summary: "A placement could not start: a required check is missing or no longer valid" },
  /** The placement's last day has passed and it has ended: the worker sends their last timesheets, the service approves them. */
  "placement.ended": { audiences: ["worker", "serviceManagers"], summary: "A placement has ended" },
  /** Retention job: what was anonymised or deleted (counts only, no personal data). */
  "retention.completed": { audiences: ["agency"], summary: "Personal data was anonymised or deleted under the retention rules" },
  /** A requisition was cancelled or closed: each candidate whose application was still open hears it has closed. */
  "application.vacancy-cancelled": { audiences: ["worker"], summary: "Your application closed because the vacancy was cancelled" },
  "application.vacancy-closed": { audiences: ["worker"], summary: "Your application closed because the vacancy was closed" },
  /** The Connect2 team cancelled or closed a requisition: the service's hiring managers hear it. */
  "requisition.cancelled-by-team": { audiences: ["serviceManagers"], summary: "Connect2 cancelled one of your service's requisitions" },
  "requisition.closed-by-team": { audiences: ["serviceManagers"], summary: "Connect2 closed one of your service's requisitions" },
  /** A hiring manager cancelled their own service's requisition: the Connect2 team stops working on it. */
  "requisition.cancelled-by-manager": { audiences: ["agency"], summary: "A hiring manager cancelled a requisition" },
} as const satisfies Record<string, { audiences: readonly Audience[]; summary: string }>;

export type NotificationKind = keyof typeof NOTIFICATION_RULES;

export function audiencesFor(kind: NotificationKind): readonly Audience[] {
  return NOTIFICATION_RULES[kind].audiences;
}

/** What an event is about: enough to find each audience. */
export type EventSubject = {
  councilId: string;
  /** the worker (CandidateProfile id); needed for the worker audience */
  candidateId?: string | null;
  /** the service(s) whose managers are told (e.g. the placement's service) */
  serviceIds?: string[];
};

/** Active user ids of one audience for an event. */
export async function recipients(client: Db | Tx, audience: Audience, subject: EventSubject): Promise<string[]> {
  switch (audience) {
    case "agency":
      return agencyTeam(client, subject.councilId);
    case "serviceManagers": {
      const ids = await Promise.all((subject.serviceIds ?? []).map((s) => serviceManagers(client, subject.councilId, s)));
      return [...new Set(ids.flat())];
    }
    case "worker": {
      if (!subject.candidateId) return [];
      const profile = await client.candidateProfile.findFirst({
        where: { id: subject.candidateId, councilId: subject.councilId, anonymisedAt: null },
        select: { user: { select: { id: true, active: true } } },
      });
      return profile?.user?.active ? [profile.user.id] : [];
    }
  }
}

export type EventMessage = {
  title: string;
  body: string;
  /** the link each audience follows (its own portal); omitted audiences get no link */
  links?: Partial<Record<Audience, string>>;
  /** per-audience wording where it differs (e.g. "your right to work" for the worker) */
  titles?: Partial<Record<Audience, string>>;
  bodies?: Partial<Record<Audience, string>>;
  /** deterministic key: the same event told twice is stored once per person */
  dedupeKey?: string;
};

/**
 * Tell everyone the rules say should hear about `kind`. Returns how many notifications were written
 * (0 when every recipient already had this `dedupeKey`).
 */
export async function tell(client: Db | Tx, kind: NotificationKind, subject: EventSubject, message: EventMessage): Promise<number> {
  let written = 0;
  for (const audience of audiencesFor(kind)) {
    const userIds = await recipients(client, audience, subject);
    written += await notify(client, {
      councilId: subject.councilId,
      userIds,
      kind,
      title: message.titles?.[audience] ?? message.title,
      body: message.bodies?.[audience] ?? message.body,
      link: message.links?.[audience],
      dedupeKey: message.dedupeKey,
    });
  }
  return written;
}

/** Where each portal shows a record; one place so links in notifications and emails stay right. */
export const LINKS = {
  agencyPlacement: (placementId: string) => `/agency/placements/${placementId}`,
  managerPlacement: (placementId: string) => `/manager/placements/${placementId}`,
  managerPlacements: () => "/manager/placements",
  agencyCandidate: (candidateId: string) => `/agency/candidates/${candidateId}`,
  agencyApplication: (applicationId: string) => `/agency/applications/${applicationId}`,
  agencyRequisition: (requisitionId: string) => `/agency/requisitions/${requisitionId}`,
  managerRequisition: (requisitionId: string) => `/manager/requisitions/${requisitionId}`,
  candidateApplication: (applicationId: string) => `/candidate/applications/${applicationId}`,
  candidateHome: () => "/candidate",
  candidateDocuments: () => "/candidate/documents",
  candidateTimesheets: () => "/candidate/timesheets",
  managerTimesheets: () => "/manager/timesheets",
  notifications: () => "/notifications",
} as const;
