import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { unreadNotificationCount } from "@/lib/notifications/queries";

/**
 * The bell in the header of every signed-in page: a link to /notifications with the unread count.
 * A server component (no JavaScript needed); the count is read fresh on each request.
 */
export async function NotificationBell({ viewer }: { viewer: Viewer }) {
  const unread = await unreadNotificationCount(viewer);
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      className="inline-flex items-center gap-1.5 text-white underline hover:decoration-2 focus-visible:bg-[#ffdd00] focus-visible:text-[#0b0c0c] focus-visible:no-underline"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span>Notifications</span>{" "}
      {unread > 0 ? (
        <span className="rounded-full bg-[#ffdd00] px-2 text-sm font-bold leading-6 text-[#0b0c0c] no-underline">
          {shown}
          <span className="sr-only">{" unread"}</span>
        </span>
      ) : (
        <span className="sr-only">(none unread)</span>
      )}
    </Link>
  );
}
