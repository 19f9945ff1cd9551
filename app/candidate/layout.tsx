import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal";

export default function CandidateLayout({ children }: { children: ReactNode }) {
  return (
    <PortalShell
      permission="portal.candidate"
      home="/candidate"
      title={(v) => `${v.agencyName} jobs`}
      nav={[
        { href: "/candidate", label: "My applications" },
        { href: "/candidate/placements", label: "Placements and timesheets" },
        { href: "/candidate/documents", label: "Documents and checks" },
        { href: "/candidate/profile", label: "My profile" },
        { href: "/candidate/my-data", label: "My data" },
        { href: "/jobs", label: "Find a job" },
      ]}
    >
      {children}
    </PortalShell>
  );
}
