import type { ReactNode } from "react";
import { forbidden, redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { can, type Viewer } from "@/lib/auth/viewer";
import type { Permission } from "@/lib/auth/permissions";
import { Main, SiteHeader, type NavItem } from "./site-header";

/**
 * Shell for a signed-in portal. The role check here only steers navigation (signed out → sign in,
 * wrong role → 403 page); every query and action authorizes again in lib/<domain>.
 */
export async function PortalShell({
  permission,
  home,
  title,
  nav,
  children,
}: {
  permission: Permission;
  home: string;
  title: (viewer: Viewer) => string;
  nav: NavItem[];
  children: ReactNode;
}) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(home)}`);
  if (!can(viewer, permission)) forbidden();
  return (
    <>
      <SiteHeader title={title(viewer)} homeHref={home} viewer={viewer} nav={nav} />
      <Main>{children}</Main>
    </>
  );
}
