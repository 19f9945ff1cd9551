import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { suppressCount, suppressShare } from "./suppress";

/** UK financial year (1 April – 31 March) containing `d`. */
export function financialYearStart(d: Date): Date {
  const y = d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return new Date(Date.UTC(y, 3, 1));
}

/** Headline aggregates for the board landing page: counts only, computed in PostgreSQL. */
export async function boardHeadline(viewer: Viewer | null, now = new Date()) {
  const v = authorize(viewer, "metrics.read");
  const fyStart = financialYearStart(now);
  const [rows] = await db().$queryRaw<
    { open_reqs: bigint; active_placements: bigint; started_fy: bigint; started_fy_local: bigint; conversions_fy: bigint }[]
  >`
    select
      (select count(*) from "Requisition" r where r."councilId" = ${v.councilId} and r.status = 'OPEN') as open_reqs,
      (select count(*) from "Placement" p where p."councilId" = ${v.councilId} and p.status = 'ACTIVE') as active_placements,
      (select count(*) from "Placement" p where p."councilId" = ${v.councilId} and p."startDate" >= ${fyStart} and p."startDate" <= ${now}) as started_fy,
      (select count(*) from "Placement" p where p."councilId" = ${v.councilId} and p."startDate" >= ${fyStart} and p."startDate" <= ${now} and p."isLocalAtPlacement") as started_fy_local,
      (select count(*) from "Conversion" c where c."councilId" = ${v.councilId} and c.status = 'COMPLETED' and c."completedAt" >= ${fyStart}) as conversions_fy`;
  return {
    financialYearStart: fyStart,
    openRequisitions: Number(rows.open_reqs),
    activePlacements: suppressCount(Number(rows.active_placements)),
    placementsStarted: suppressCount(Number(rows.started_fy)),
    localShare: suppressShare(Number(rows.started_fy_local), Number(rows.started_fy)),
    conversions: suppressCount(Number(rows.conversions_fy)),
  };
}
