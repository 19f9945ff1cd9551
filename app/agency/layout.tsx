import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/viewer";

export default async function AgencyLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <PortalShell
      permission="portal.agency"
      home="/agency"
      title={(v) => `${v.agencyName} team`}
      nav={[
        { href: "/agency", label: "Requisitions" },
        { href: "/agency/candidates", label: "Candidates" },
        { href: "/agency/placements", label: "Placements" },
        { href: "/agency/timesheets", label: "Timesheets" },
        { href: "/agency/campaigns", label: "Campaigns" },
        { href: "/agency/reports", label: "Reports" },
        { href: "/agency/dfe-return", label: "DfE return" },
        { href: "/agency/erasure", label: "Deletion requests" },
        ...(can(viewer, "admin.settings") ? [{ href: "/agency/admin", label: "Settings" }] : []),
      ]}
    >
      {children}
    </PortalShell>
  );
}
