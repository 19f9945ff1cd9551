import "server-only";
import { db } from "@/lib/db";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";

/**
 * The signed-in person's own notifications (the bell and /notifications). Every role has them; the
 * scope is always the viewer's own user id within their council — nobody reads anyone else's.
 */
export type NotificationRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** an internal path, or null (anything that is not a plain site path is dropped) */
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationFilter = "all" | "unread";

const scope = (v: Viewer) => ({ userId: v.userId, councilId: v.councilId });

/** Only same-site paths ("/agency/…"): never an absolute or javascript: URL. */
export function safeLink(link: string | null): string | null {
  return link && /^\/(?!\/)[^\s\\]*$/.test(link) ? link : null;
}

export async function unreadNotificationCount(viewer: Viewer | null): Promise<number> {
  const v = requireViewer(viewer);
  return db().notification.count({ where: { ...scope(v), readAt: null } });
}

export async function listMyNotifications(
  viewer: Viewer | null,
  opts: { page?: number; filter?: NotificationFilter } = {},
): Promise<Page<NotificationRow> & { unread: number }> {
  const v = requireViewer(viewer);
  const page = opts.page ?? 1;
  const where = { ...scope(v), ...(opts.filter === "unread" ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db().notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db().notification.count({ where }),
    db().notification.count({ where: { ...scope(v), readAt: null } }),
  ]);
  return { ...toPage(rows.map((r) => ({ ...r, link: safeLink(r.link) })), total, page), unread };
}
