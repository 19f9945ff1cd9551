import "server-only";
import { env } from "@/lib/env";
import type { Db, Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { sendEmail } from "./mailer";

/**
 * Tell people about something: an in-app notification (the bell) for each recipient, written in the
 * caller's transaction so it exists exactly when the change does; emails go out after commit via
 * `deliverPendingEmails`. A `dedupeKey` makes a notification idempotent per user (background jobs).
 */
export type NotificationInput = {
  councilId: string;
  userIds: string[];
  kind: string; // e.g. "requisition.submitted"
  title: string;
  body: string;
  link?: string;
  dedupeKey?: string;
};

export async function notify(client: Db | Tx, n: NotificationInput): Promise<number> {
  const userIds = [...new Set(n.userIds)];
  if (!userIds.length) return 0;
  const res = await client.notification.createMany({
    data: userIds.map((userId) => ({
      councilId: n.councilId,
      userId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link ?? null,
      dedupeKey: n.dedupeKey ?? null,
    })),
    skipDuplicates: true, // (userId, dedupeKey) is unique
  });
  return res.count;
}

/** Recipients: the Connect2 team (and admins) of a council. */
export async function agencyTeam(client: Db | Tx, councilId: string): Promise<string[]> {
  const rows = await client.user.findMany({
    where: { councilId, role: { in: ["AGENCY", "ADMIN"] }, active: true },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Recipients: the hiring managers of a service, optionally only those with an approval right. */
export async function serviceManagers(
  client: Db | Tx,
  councilId: string,
  serviceId: string,
  right?: "budgetHolder" | "secondApprover",
): Promise<string[]> {
  const rows = await client.serviceMembership.findMany({
    where: { councilId, serviceId, ...(right ? { [right]: true } : {}), user: { active: true, role: "HIRING_MANAGER" } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** Email every in-app notification not yet emailed (after the transaction that created them). */
export async function deliverPendingEmails(limit = 100): Promise<number> {
  const pending = await db().notification.findMany({
    where: { emailedAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
    include: { user: { select: { email: true, name: true, active: true } } },
  });
  let sent = 0;
  for (const n of pending) {
    // Claim it first so two workers never email the same notification twice.
    const claimed = await db().notification.updateMany({ where: { id: n.id, emailedAt: null }, data: { emailedAt: new Date() } });
    if (!claimed.count || !n.user.active) continue;
    const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
    try {
      await sendEmail({
        councilId: n.councilId,
        to: n.user.email,
        subject: n.title,
        text: `Hello ${n.user.name},\n\n${n.body}${n.link ? `\n\n${new URL(n.link, base).toString()}` : ""}\n`,
      });
      sent++;
    } catch (e) {
      // Recorded on the OutboundEmail row by sendEmail; one bad address must not stop the rest of the batch.
      console.error(`[notifications] email for notification ${n.id} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return sent;
}

/** Unread count and latest notifications for the bell. */
export async function myNotifications(userId: string, take = 20) {
  const [unread, latest] = await Promise.all([
    db().notification.count({ where: { userId, readAt: null } }),
    db().notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take }),
  ]);
  return { unread, latest };
}
