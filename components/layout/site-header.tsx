import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { signOutAction } from "@/app/(public)/sign-in/actions";
import { PortalNav } from "./portal-nav";
import { NotificationBell } from "./notification-bell";

export type { NavItem } from "./portal-nav";
import type { NavItem } from "./portal-nav";

/** The header every page shows: service name, who is signed in, sign out, and the portal's navigation. */
export function SiteHeader({
  title,
  homeHref,
  viewer,
  nav = [],
}: {
  title: string;
  homeHref: string;
  viewer: Viewer | null;
  nav?: NavItem[];
}) {
  return (
    <header className="bg-[#1d3557] text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={homeHref} className="text-xl font-bold text-white no-underline hover:underline focus-visible:text-[#0b0c0c]">
          {title}
        </Link>
        {viewer ? (
          <div className="flex flex-wrap items-center gap-3 text-base">
            <NotificationBell viewer={viewer} />
            <span>
              {viewer.name} <span className="text-[#dbe4ee]">({ROLE_LABEL[viewer.role]})</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="cursor-pointer text-white underline hover:decoration-2 focus-visible:bg-[#ffdd00] focus-visible:text-[#0b0c0c]">
                Sign out
              </button>
            </form>
          </div>
        ) : (
          <Link href="/sign-in" className="text-base text-white focus-visible:text-[#0b0c0c]">
            Sign in
          </Link>
        )}
      </div>
      {nav.length > 0 && <PortalNav items={nav} />}
    </header>
  );
}

export function Main({ children }: { children: React.ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
      {children}
    </main>
  );
}
