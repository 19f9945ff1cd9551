import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal";

export default function AgencyLayout({ children }: { children: ReactNode }) {
  return (
    <PortalShell
      permission="portal.agency"
      home="/agency"
      title={(v) => `${v.agencyName} team`}
      nav={[{ href: "/agency", label: "Requisitions" }]}
    >
      {children}
    </PortalShell>
  );
}
