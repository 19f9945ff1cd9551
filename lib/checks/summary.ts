// A candidate's compliance at a glance (pure): right to work today, the highest current DBS level, passed
// references, current professional registrations. For the talent pool and the candidate record; the placement
// itself is decided by the placement gate (lib/compliance/placement-gate.ts), never by this summary.
import { dbsRank } from "@/lib/compliance/dbs";
import { rightToWorkValidOn } from "@/lib/compliance/right-to-work";
import type { CandidateCheck } from "@/lib/compliance/placement-gate";
import { compareIsoDates } from "@/lib/compliance/dates";
import type { DbsLevel, IsoDate } from "@/lib/compliance/types";

export interface ComplianceSummary {
  rightToWork: { valid: boolean; expiresAt: IsoDate | null; reason: string };
  dbsLevel: DbsLevel | null;
  referencesPassed: number;
  registrations: { body: string; renewalDate: IsoDate | null; current: boolean }[];
}

export function complianceSummary(checks: ReadonlyArray<CandidateCheck>, today: IsoDate): ComplianceSummary {
  const current = checks.filter((c) => !c.superseded);
  const rtw = rightToWorkValidOn(
    current.filter((c) => c.type === "RIGHT_TO_WORK").map((c) => ({ route: c.rightToWorkRoute ?? null, status: c.status, expiresAt: c.expiresAt ?? null, checkedOn: c.checkedOn ?? null })),
    today,
  );
  const dbs = current
    .filter((c) => c.type === "DBS" && c.status === "PASSED" && (!c.expiresAt || compareIsoDates(c.expiresAt, today) >= 0) && c.dbsLevel)
    .map((c) => c.dbsLevel as DbsLevel)
    .sort((a, b) => dbsRank(b) - dbsRank(a))[0] ?? null;
  return {
    rightToWork: { valid: rtw.valid, expiresAt: rtw.expiresAt, reason: rtw.reason },
    dbsLevel: dbs,
    referencesPassed: current.filter((c) => c.type === "REFERENCE" && c.status === "PASSED").length,
    registrations: current
      .filter((c) => c.type === "PROFESSIONAL_REGISTRATION" && c.status === "PASSED")
      .map((c) => {
        const renewal = c.renewalDate ?? c.expiresAt ?? null;
        return { body: c.registrationBody ?? "Registration", renewalDate: renewal, current: renewal !== null && compareIsoDates(renewal, today) >= 0 };
      }),
  };
}
