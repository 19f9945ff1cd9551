import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal";

export default function ManagerLayout({ children }: { children: ReactNode }) {
  return (
    <PortalShell
      permission="portal.manager"
      home="/manager"
      title={(v) => `${v.councilName}: hiring managers`}
      nav={[{ href: "/manager", label: "Home" }]}
    >
      {children}
    </PortalShell>
  );
}
