import type { ReactNode } from "react";
import { Main, SiteHeader } from "@/components/layout/site-header";
import { getViewer } from "@/lib/auth/session";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { requestHost } from "@/lib/http/request";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [viewer, council] = await Promise.all([getViewer(), requestHost().then(resolvePublicCouncil)]);
  return (
    <>
      <SiteHeader title={council ? `${council.agencyName} jobs` : "Council jobs"} homeHref="/jobs" viewer={viewer} />
      <Main>{children}</Main>
    </>
  );
}
