import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";

/**
 * Mark one of the viewer's own notifications as read. Loaded with the scope in the same `where`, so
 * someone else's notification is "not found", never changed. Marking an already-read one is a no-op.
 * (Reading a notification is not a change to the business record, so no audit event.)
 */
export async function markNotificationRead(viewer: Viewer | null, notificationId: string): Promise<void> {
  const v = requireViewer(viewer);
  const where = { id: notificationId, userId: v.userId, councilId: v.councilId };
  const res = await db().notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: new Date() } });
  if (res.count === 1) return;
  const exists = await db().notification.findFirst({ where, select: { id: true } });
  if (!exists) throw new NotFoundError("We could not find that notification.");
}

/** Mark every unread notification of the viewer as read; returns how many changed. */
export async function markAllNotificationsRead(viewer: Viewer | null): Promise<number> {
  const v = requireViewer(viewer);
  const res = await db().notification.updateMany({ where: { userId: v.userId, councilId: v.councilId, readAt: null }, data: { readAt: new Date() } });
  return res.count;
}
