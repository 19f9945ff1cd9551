import "server-only";
import { toOutcode } from "postcode";
import { db, type Db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { removeStoredFile } from "@/lib/documents/storage";
import type { Role } from "@/lib/generated/prisma/enums";
import { addDays, addMonths, compareIsoDates } from "@/lib/compliance/dates";
import { isAnonymisationDue, isRightToWorkCopyDeletionDue } from "@/lib/compliance/retention";
import type { IsoDate } from "@/lib/compliance/types";
import { tell } from "@/lib/notifications/rules";
import { dateOf, isoOf, londonToday } from "./clock";
import type { JobOptions, JobResult } from "./types";

/**
 * Daily: retention (rule 8, UK GDPR Art 5(1)(e)), using the pure rules in lib/compliance/retention.ts.
 *
 * 1. Unsuccessful candidates — never placed (no Placement at all), not yet anonymised — whose last activity
 *    is older than Council.retentionMonthsUnsuccessful are anonymised. "Last activity" is the latest of the
 *    profile's lastActivityAt, the user's last sign-in and the latest change to any of their applications.
 * 2. Right-to-work document copies of workers whose last placement ended more than
 *    Council.rightToWorkRetentionMonths ago (none still pending or active) are deleted from storage and the
 *    Document row is marked deleted.
 *
 * What anonymisation KEEPS, and why: the profile row and its id (applications and stage history hang off
 * it), the local-resident flag and the postcode's outward code only (e.g. "LU1", an area of thousands of
 * homes, for local-share figures), engagement type and availability (nobody can be identified from them),
 * dates (created, last activity, anonymised), applications with their stages and dates (fill rate, time to
 * shortlist, campaign funnels), and the Document rows, marked deleted with the filename blanked (audit trail).
 * Everything that identifies or describes the person goes: names, email, phone, date of birth, address,
 * skills, experience, declared priority groups, compliance checks (registration, DBS and referee details),
 * notes, cover notes and decision reasons, document files, in-app notifications and outbox emails to them,
 * and their sign-in (user deactivated, email replaced, password removed, sessions and links revoked).
 * Audit events record that it happened, with counts only; actor null = the system.
 */

/** The latest of the activity dates given (null ones ignored). Pure. */
export function lastActivityOn(dates: ReadonlyArray<IsoDate | null | undefined>): IsoDate | null {
  const real = dates.filter((d): d is IsoDate => !!d).sort(compareIsoDates);
  return real.length ? real[real.length - 1] : null;
}

export type RetentionCandidate = {
  candidateId: string;
  placed: boolean;
  anonymisedOn: IsoDate | null;
  activity: ReadonlyArray<IsoDate | null | undefined>;
};

export type AnonymisationDue = { candidateId: string; lastActivityOn: IsoDate; dueOn: IsoDate; reason: string };

/** Unsuccessful candidates due for anonymisation on `asOf`. Pure. */
export function candidatesDueForAnonymisation(rows: ReadonlyArray<RetentionCandidate>, asOf: IsoDate, retentionMonths: number): AnonymisationDue[] {
  const out: AnonymisationDue[] = [];
  for (const r of rows) {
    const last = lastActivityOn(r.activity);
    if (!last) continue;
    const d = isAnonymisationDue({ lastActivityOn: last, unsuccessful: !r.placed, retentionMonths, anonymisedOn: r.anonymisedOn }, asOf);
    if (d.due && d.dueOn) out.push({ candidateId: r.candidateId, lastActivityOn: last, dueOn: d.dueOn, reason: d.reason });
  }
  return out;
}

export type WorkPeriod = { status: "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED"; lastDay: IsoDate | null };

/** The day work for the council ended: the latest last day of the placements, or null while any is still pending or active (or none exist). Pure. */
export function workEndedOn(placements: ReadonlyArray<WorkPeriod>): IsoDate | null {
  if (placements.length === 0) return null;
  if (placements.some((p) => p.status === "PENDING_START" || p.status === "ACTIVE" || p.lastDay === null)) return null;
  return lastActivityOn(placements.map((p) => p.lastDay));
}

export type RtwCopy = { documentId: string; candidateId: string; placements: ReadonlyArray<WorkPeriod> };
export type RtwCopyDue = { documentId: string; candidateId: string; workEndedOn: IsoDate; dueOn: IsoDate; reason: string };

/** Right-to-work document copies due for deletion on `asOf`. Pure. */
export function rightToWorkCopiesDue(rows: ReadonlyArray<RtwCopy>, asOf: IsoDate, retentionMonths: number): RtwCopyDue[] {
  const out: RtwCopyDue[] = [];
  for (const r of rows) {
    const ended = workEndedOn(r.placements);
    const d = isRightToWorkCopyDeletionDue({ workEndedOn: ended, retentionMonths }, asOf);
    if (d.due && d.dueOn && ended) out.push({ documentId: r.documentId, candidateId: r.candidateId, workEndedOn: ended, dueOn: d.dueOn, reason: d.reason });
  }
  return out;
}

export type AnonymiseOptions = {
  councilId: string;
  candidateId: string;
  /** why, for the audit trail (no personal data) */
  reason: string;
  /** "candidate.anonymise.retention" by default; an erasure request would use its own */
  action?: string;
  actorId?: string | null;
  actorRole?: Role | null;
  /** the conditions still holding when we claim the row (re-checked atomically), e.g. never placed */
  requireUnplaced?: boolean;
  /** only if last activity is still before this instant (so someone active since the job started is left alone) */
  lastActivityBefore?: Date;
};

/**
 * Anonymise one candidate inside the caller's transaction (see the header for what is kept). Returns null
 * when the candidate no longer qualifies (already anonymised, placed or active meanwhile). Files are deleted
 * last, inside the transaction, so a storage failure rolls the change back and the next run retries.
 */
export async function anonymiseCandidate(tx: Tx, o: AnonymiseOptions): Promise<{ documentsDeleted: number } | null> {
  const profile = await tx.candidateProfile.findFirst({
    where: { id: o.candidateId, councilId: o.councilId, anonymisedAt: null },
    select: { id: true, email: true, postcode: true, userId: true, user: { select: { email: true } } },
  });
  if (!profile) return null;
  const now = new Date();
  // Claim the row atomically with the conditions that made it due.
  const claimed = await tx.candidateProfile.updateMany({
    where: {
      id: profile.id,
      councilId: o.councilId,
      anonymisedAt: null,
      ...(o.requireUnplaced ? { placements: { none: {} } } : {}),
      ...(o.lastActivityBefore ? { lastActivityAt: { lt: o.lastActivityBefore } } : {}),
    },
    data: {
      firstName: "Anonymised",
      lastName: "candidate",
      email: `anonymised+${profile.id}@invalid`,
      phone: null,
      dateOfBirth: null,
      addressLine1: null,
      town: null,
      postcode: toOutcode(profile.postcode) ?? "",
      rightToWorkRoute: null,
      rightToWorkExpiry: null,
      availableFrom: null,
      skills: [],
      experienceSummary: null,
      limitedCompanyName: null,
      socialWorkQualifiedOn: null,
      lastPermanentPostEndedOn: null,
      lastPermanentPostRegion: null,
      priorityGroups: [],
      priorityGroupsDeclaredAt: null,
      anonymisedAt: now,
    },
  });
  if (claimed.count !== 1) return null;

  await tx.candidateNote.deleteMany({ where: { candidateId: profile.id } });
  await tx.complianceCheck.deleteMany({ where: { candidateId: profile.id } });
  await tx.application.updateMany({ where: { candidateId: profile.id }, data: { coverNote: null, managerDecisionReason: null, closedReason: null } });
  await tx.applicationStageChange.updateMany({ where: { application: { candidateId: profile.id } }, data: { reason: null } });
  const docs = await tx.document.findMany({ where: { candidateId: profile.id }, select: { id: true, storageKey: true, deletedAt: true } });
  const live = docs.filter((d) => d.deletedAt === null);
  await tx.document.updateMany({ where: { candidateId: profile.id }, data: { filename: "deleted" } });
  await tx.document.updateMany({ where: { candidateId: profile.id, deletedAt: null }, data: { deletedAt: now } });

  const emails = [profile.email, profile.user?.email].filter((e): e is string => !!e);
  if (profile.userId) {
    await tx.user.update({
      where: { id: profile.userId },
      data: { email: `anonymised+${profile.userId}@invalid`, name: "Anonymised candidate", passwordHash: null, emailVerified: null, image: null, jobTitle: null, active: false },
    });
    await tx.account.deleteMany({ where: { userId: profile.userId } });
    await tx.session.deleteMany({ where: { userId: profile.userId } });
    await tx.notification.deleteMany({ where: { userId: profile.userId } });
  }
  if (emails.length) {
    await tx.verificationToken.deleteMany({ where: { identifier: { in: emails } } });
    await tx.outboundEmail.deleteMany({ where: { to: { in: emails } } });
    await tx.signInThrottle.deleteMany({ where: { key: { in: emails.map((e) => `email:${e}`) } } });
  }
  await writeAudit(tx, {
    councilId: o.councilId,
    actorId: o.actorId ?? null,
    actorRole: o.actorRole ?? null,
    action: o.action ?? "candidate.anonymise.retention",
    entityType: "CandidateProfile",
    entityId: profile.id,
    changes: { reason: o.reason, documentsDeleted: live.length, userDeactivated: !!profile.userId },
  });
  for (const d of live) await removeStoredFile(d.storageKey);
  return { documentsDeleted: live.length };
}

export async function runRetention(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  const asOf = opts.asOf ?? londonToday();
  const councils = await client.council.findMany({
    where: opts.councilId ? { id: opts.councilId } : {},
    select: { id: true, retentionMonthsUnsuccessful: true, rightToWorkRetentionMonths: true },
  });
  let considered = 0;
  let due = 0;
  let anonymised = 0;
  let filesDeleted = 0;
  let rtwCopiesDeleted = 0;
  let written = 0;
  for (const council of councils) {
    let councilAnonymised = 0;
    let councilRtw = 0;
    // 1. unsuccessful candidates. The database narrows (a few days' slack for month-end clamping); the pure rule decides.
    const bound = dateOf(addDays(addMonths(asOf, -council.retentionMonthsUnsuccessful), 3));
    const candidates = await client.candidateProfile.findMany({
      where: { councilId: council.id, anonymisedAt: null, placements: { none: {} }, lastActivityAt: { lt: bound } },
      select: {
        id: true, lastActivityAt: true, anonymisedAt: true,
        user: { select: { lastSignInAt: true } },
        applications: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 },
        _count: { select: { placements: true } },
      },
    });
    considered += candidates.length;
    const dueCandidates = candidatesDueForAnonymisation(
      candidates.map((c) => ({
        candidateId: c.id,
        placed: c._count.placements > 0,
        anonymisedOn: isoOf(c.anonymisedAt),
        activity: [isoOf(c.lastActivityAt), isoOf(c.user?.lastSignInAt), isoOf(c.applications[0]?.updatedAt)],
      })),
      asOf,
      council.retentionMonthsUnsuccessful,
    );
    due += dueCandidates.length;
    for (const c of dueCandidates) {
      const res = await client.$transaction((tx) =>
        anonymiseCandidate(tx, {
          councilId: council.id,
          candidateId: c.candidateId,
          reason: `Unsuccessful candidate: no activity since ${c.lastActivityOn}; ${council.retentionMonthsUnsuccessful}-month retention period ended (due ${c.dueOn}).`,
          requireUnplaced: true,
          lastActivityBefore: dateOf(addDays(c.lastActivityOn, 1)),
        }),
      );
      if (res) {
        anonymised++;
        councilAnonymised++;
        filesDeleted += res.documentsDeleted;
      }
    }

    // 2. right-to-work copies of workers whose work ended long enough ago.
    const copies = await client.document.findMany({
      where: {
        councilId: council.id,
        kind: "RIGHT_TO_WORK",
        deletedAt: null,
        candidate: { placements: { some: {}, none: { status: { in: ["ACTIVE", "PENDING_START"] } } } },
      },
      select: {
        id: true, candidateId: true, storageKey: true,
        candidate: { select: { placements: { select: { status: true, actualEndDate: true, plannedEndDate: true } } } },
      },
    });
    considered += copies.length;
    const dueCopies = rightToWorkCopiesDue(
      copies.map((d) => ({
        documentId: d.id,
        candidateId: d.candidateId,
        placements: d.candidate.placements.map((p) => ({ status: p.status, lastDay: isoOf(p.actualEndDate ?? p.plannedEndDate) })),
      })),
      asOf,
      council.rightToWorkRetentionMonths,
    );
    due += dueCopies.length;
    const keyOf = new Map(copies.map((d) => [d.id, d.storageKey]));
    for (const c of dueCopies) {
      const deleted = await client.$transaction(async (tx) => {
        const marked = await tx.document.updateMany({
          where: { id: c.documentId, councilId: council.id, deletedAt: null, candidate: { placements: { none: { status: { in: ["ACTIVE", "PENDING_START"] } } } } },
          data: { deletedAt: new Date() },
        });
        if (marked.count !== 1) return false;
        await writeAudit(tx, {
          councilId: council.id, actorId: null, action: "document.delete.retention", entityType: "Document", entityId: c.documentId,
          changes: { kind: "RIGHT_TO_WORK", reason: c.reason },
        });
        await removeStoredFile(keyOf.get(c.documentId)!);
        return true;
      });
      if (deleted) {
        rtwCopiesDeleted++;
        councilRtw++;
        filesDeleted++;
      }
    }

    if (councilAnonymised + councilRtw > 0) {
      const parts = [
        councilAnonymised ? `${councilAnonymised} unsuccessful candidate${councilAnonymised === 1 ? "" : "s"} anonymised` : null,
        councilRtw ? `${councilRtw} right to work cop${councilRtw === 1 ? "y" : "ies"} deleted` : null,
      ].filter(Boolean);
      written += await tell(client, "retention.completed", { councilId: council.id }, {
        title: `Retention: ${parts.join(", ")}`,
        body: `The daily retention job on ${asOf} ${parts.join(" and ")}, as the council's retention settings require. The audit log records each one.`,
        dedupeKey: `retention:${asOf}`,
      });
    }
  }
  return { job: "retention", asOf, considered, due, notificationsWritten: written, counts: { anonymised, rtwCopiesDeleted, filesDeleted } };
}
