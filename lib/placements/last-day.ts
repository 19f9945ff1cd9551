import { Prisma } from "@/lib/db";
import type { IsoDate } from "@/lib/compliance/types";

/**
 * The last day a placement is (or was) working — one notion for the board's metrics (lib/metrics/scope.ts) and the
 * DfE quarterly return (lib/compliance/dfe-return.ts), here in three forms that must agree (tested together):
 * its actual end when recorded; an ACTIVE placement still running past its planned end is working today; otherwise
 * its planned end. (Whether a PENDING_START placement counts as working is the caller's question: it has not started.)
 */
export interface LastDayFacts {
  status: "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED";
  plannedEndDate: IsoDate;
  actualEndDate: IsoDate | null;
}

export function placementLastDay(p: LastDayFacts, today: IsoDate): IsoDate {
  if (p.actualEndDate) return p.actualEndDate;
  if (p.status === "ACTIVE" && p.plannedEndDate < today) return today;
  return p.plannedEndDate;
}

/** The same in SQL, for the placement aliased `p`; `today` is a date value. */
export function placementLastDaySql(today: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(p."actualEndDate", case when p.status = 'ACTIVE' then greatest(p."plannedEndDate", ${today}) else p."plannedEndDate" end)`;
}

/**
 * SQL: the last day of `p` is on or after `from` (a date value) — placementLastDaySql(today) >= from, written out so
 * that PostgreSQL can use the end-date indexes.
 */
export function lastDayOnOrAfterSql(from: Prisma.Sql, today: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(p."actualEndDate" >= ${from}
    or (p."actualEndDate" is null and (p."plannedEndDate" >= ${from} or (p.status = 'ACTIVE' and ${today} >= ${from}))))`;
}

/** The same as a Prisma filter, for findMany (dates as @db.Date values: UTC midnight). */
export function lastDayOnOrAfterWhere(from: IsoDate, today: IsoDate): Prisma.PlacementWhereInput {
  const at = (d: IsoDate) => new Date(`${d}T00:00:00.000Z`);
  return {
    OR: [
      { actualEndDate: { gte: at(from) } },
      { actualEndDate: null, plannedEndDate: { gte: at(from) } },
      ...(today >= from ? [{ actualEndDate: null, status: "ACTIVE" as const }] : []),
    ],
  };
}
