import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Main, SiteHeader } from "@/components/layout/site-header";
import { Button, PageHeading, Pagination, Tag, linkClass } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { HOME_FOR_ROLE } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/format";
import { listMyNotifications, type NotificationFilter } from "@/lib/notifications/queries";
import { pageFrom } from "@/lib/pagination";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The header title of the viewer's own portal, so this page sits in it. */
function portalTitle(v: Viewer): string {
  switch (v.role) {
    case "HIRING_MANAGER":
      return `${v.councilName}: hiring managers`;
    case "CANDIDATE":
      return `${v.agencyName} jobs`;
    case "BOARD":
      return `${v.agencyName} board`;
    default:
      return `${v.agencyName} team`;
  }
}

/** Every signed-in person's own notifications: newest first, unread marked, each can be marked as read. */
export default async function NotificationsPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=%2Fnotifications");
  const sp = await searchParams;
  const filter: NotificationFilter = sp.show === "unread" ? "unread" : "all";
  const page = await listMyNotifications(viewer, { page: pageFrom(sp.page), filter });
  const hrefFor = (p: number) => `/notifications?${new URLSearchParams({ ...(filter === "unread" ? { show: "unread" } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`.replace(/\?$/, "");
  const returnTo = hrefFor(page.page);
  const home = HOME_FOR_ROLE[viewer.role];

  return (
    <>
      <SiteHeader title={portalTitle(viewer)} homeHref={home} viewer={viewer} />
      <Main>
        <PageHeading caption={viewer.name}>Notifications</PageHeading>
        <p className="mb-4 text-lg" data-testid="unread-summary">
          {page.unread === 0 ? "You have no unread notifications." : `You have ${page.unread} unread notification${page.unread === 1 ? "" : "s"}.`}
        </p>
        <nav aria-label="Show" className="mb-6">
          <ul className="flex flex-wrap gap-x-6">
            <li>
              {filter === "all" ? <span aria-current="page" className="font-bold">All</span> : <Link className={linkClass} href="/notifications">All</Link>}
            </li>
            <li>
              {filter === "unread" ? <span aria-current="page" className="font-bold">Unread only</span> : <Link className={linkClass} href="/notifications?show=unread">Unread only</Link>}
            </li>
          </ul>
        </nav>
        {page.unread > 0 ? (
          <form action={markAllReadAction} className="mb-8">
            <input type="hidden" name="returnTo" value={returnTo} />
            <Button variant="secondary">Mark all as read</Button>
          </form>
        ) : null}

        {page.rows.length === 0 ? (
          <p className="mb-8">{filter === "unread" ? "Nothing unread." : "You have no notifications yet."}</p>
        ) : (
          <ol className="mb-8 space-y-6" aria-label="Notifications, newest first">
            {page.rows.map((n) => (
              <li key={n.id} className={`border-l-4 pl-4 ${n.readAt ? "border-[#b1b4b6]" : "border-[#1d70b8]"}`}>
                <h2 className="mb-1 text-xl font-bold">
                  {n.readAt ? null : (
                    <Tag colour="blue" className="mr-2 align-middle text-base">
                      Unread
                    </Tag>
                  )}
                  {n.title}
                </h2>
                <p className="mb-2 text-base text-[#505a5f]">{formatDateTime(n.createdAt)}</p>
                <p className="mb-3 break-words whitespace-pre-line">{n.body}</p>
                <div className="flex flex-wrap items-center gap-4">
                  {n.link ? (
                    <Link className={linkClass} href={n.link}>
                      Open<span className="sr-only">: {n.title}</span>
                    </Link>
                  ) : null}
                  {n.readAt ? null : (
                    <form action={markReadAction}>
                      <input type="hidden" name="id" value={n.id} />
                      <input type="hidden" name="returnTo" value={returnTo} />
                      <Button variant="secondary" className="text-base">
                        Mark as read<span className="sr-only">: {n.title}</span>
                      </Button>
                    </form>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page.page} pageCount={page.pageCount} hrefFor={hrefFor} label="Notification pages" />
      </Main>
    </>
  );
}
