import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal";

export default function BoardLayout({ children }: { children: ReactNode }) {
  return (
    <PortalShell
      permission="portal.board"
      home="/board"
      title={(v) => `${v.agencyName} board`}
      nav={[
        { href: "/board", label: "Dashboards" },
        { href: "/board/pack", label: "Board pack" },
      ]}
    >
      {children}
    </PortalShell>
  );
}
