import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal";

export default function ManagerLayout({ children }: { children: ReactNode }) {
  return (
    <PortalShell
      permission="portal.manager"
      home="/manager"
      title={(v) => `${v.councilName}: hiring managers`}
      nav={[
        { href: "/manager", label: "Home" },
        { href: "/manager/requisitions", label: "Requisitions" },
        { href: "/manager/approvals", label: "Approvals" },
        { href: "/manager/shortlists", label: "Shortlists" },
        { href: "/manager/placements", label: "Placements" },
        { href: "/manager/timesheets", label: "Timesheets" },
      ]}
    >
      {children}
    </PortalShell>
  );
}
