import "server-only";
import { Prisma, type Db, type Tx } from "@/lib/db";
import { todayUtc } from "@/lib/dates";
import { AWR_ALERT_WEEK, awrClockStart, computeAwrClock, type AwrAbsence, type AwrClockResult, type AwrInput } from "./awr";
import { addDays } from "./dates";
import type { IsoDate } from "./types";

const iso = (d: Date) => d.toISOString().slice(0, 10);

// computeAwrClock is pure and walks every calendar week since the worker's first worked week, while a manager's
// home page asks for the clock of every active placement on each view and a worker's clock changes only when their
// timesheets or absences do (or the day does: asOf is in the input). So remember recent results by their exact
// input — a memo of a pure function, never stale. Results are shared: callers must not mutate them (none do).
const CLOCK_MEMO_LIMIT = 20_000;
const clockMemo = new Map<string, AwrClockResult>();

function memoisedClock(input: AwrInput): AwrClockResult {
  const key = JSON.stringify(input);
  const known = clockMemo.get(key);
  if (known) return known;
  const result = computeAwrClock(input);
  if (clockMemo.size >= CLOCK_MEMO_LIMIT) clockMemo.delete(clockMemo.keys().next().value!);
  clockMemo.set(key, result);
  return result;
}

/**
 * Only clocks that can have reached week 10 need working out (managers' alerts, the board's AWR exposure): counted
 * weeks are calendar weeks from the worker's first worked week in the role, a Monday no earlier than 6 days before
 * their first placement in that role with the council started, so week 10 needs that start at least 9 weeks less
 * 6 days (57 days) before `asOf`. The cutoff keeps a day in hand; the rule itself still decides every clock it is given.
 */
export function awrAlertCutoff(asOf: IsoDate): IsoDate {
  return addDays(asOf, -(AWR_ALERT_WEEK - 2) * 7);
}

/** SQL for the placement aliased `p`: the worker's first placement in p's role with the council started by `cutoff`. */
export function firstInRoleStartedBySql(councilId: string, cutoff: IsoDate): Prisma.Sql {
  return Prisma.sql`(select min(f."startDate") from "Placement" f
    where f."councilId" = ${councilId} and f."candidateId" = p."candidateId" and f."awrRoleKey" = p."awrRoleKey") <= ${cutoff}::date`;
}

type RelatedPlacement = {
  id: string;
  candidateId: string;
  awrRoleKey: string;
  target: boolean;
  /** Mondays (YYYY-MM-DD) of SUBMITTED or APPROVED timesheets with hours */
  weeks: string[];
  absences: AwrAbsence[];
};

/**
 * The Agency Workers Regulations clock for placements (rule 2), from the database: for each placement,
 * the worker × this council (the hirer) × the placement's `awrRoleKey` (substantially the same role).
 * Worked weeks are the weeks of SUBMITTED or APPROVED timesheets with hours, across every placement of
 * that worker with the council. A week worked in the placement's role counts for it; a week worked only in
 * a different role is passed to the rule as that role, so returning to this role afterwards starts a new
 * clock (reg 7(3): a substantially different role starts a new qualifying period) rather than resuming the
 * old one. Absences recorded on any of the worker's placements with the council pause (or, for
 * pregnancy/maternity, keep running) the clock. The pure rule is `computeAwrClock` in ./awr.ts.
 *
 * Returns a map placementId → clock. Placements not found in the council are left out.
 */
export async function awrClockForPlacements(
  client: Db | Tx,
  councilId: string,
  placementIds: string[],
  asOf: string = iso(todayUtc()),
): Promise<Map<string, AwrClockResult>> {
  const out = new Map<string, AwrClockResult>();
  if (!placementIds.length) return out;
  // One round trip, without per-row ORM work (a manager's home page asks for every active placement: npm run bench):
  // the target placements in the council and every placement of their workers with the council, each with the weeks
  // of its SUBMITTED or APPROVED timesheets with hours and its absences. (`= any(array(…))` keeps PostgreSQL on the
  // candidateId index rather than a scan of every placement in the council.)
  const related = await client.$queryRaw<RelatedPlacement[]>`
    select p.id, p."candidateId", p."awrRoleKey", p.id = any(${placementIds}::text[]) as target,
      array(select to_char(t."weekStart", 'YYYY-MM-DD') from "Timesheet" t
            where t."placementId" = p.id and t.status in ('SUBMITTED', 'APPROVED') and t."totalHours" > 0) as weeks,
      coalesce((select json_agg(json_build_object('type', a.type, 'start', to_char(a."startDate", 'YYYY-MM-DD'), 'end', to_char(a."endDate", 'YYYY-MM-DD')))
                from "Absence" a where a."placementId" = p.id), '[]'::json) as absences
    from "Placement" p
    where p."councilId" = ${councilId}
      and p."candidateId" = any(array(select x."candidateId" from "Placement" x where x."councilId" = ${councilId} and x.id = any(${placementIds}::text[])))`;
  const targets = related.filter((p) => p.target);
  if (!targets.length) return out;
  const byWorker = new Map<string, RelatedPlacement[]>();
  for (const p of related) byWorker.set(p.candidateId, [...(byWorker.get(p.candidateId) ?? []), p]);
  for (const t of targets) {
    const group = byWorker.get(t.candidateId) ?? [];
    // Week → the role it counts as for this placement: its own role if worked in it that week, else another role.
    const weekRole = new Map<string, string>();
    for (const p of group) {
      for (const week of p.weeks) {
        if (p.awrRoleKey === t.awrRoleKey || !weekRole.has(week)) weekRole.set(week, p.awrRoleKey);
      }
    }
    // Weeks in other roles after this role's last worked week are left out: they do not belong to this
    // placement's clock (it then shows as paused or, after 6 weeks, reset), instead of showing the other role's count.
    const ownWeeks = [...weekRole.entries()].filter(([, r]) => r === t.awrRoleKey).map(([w]) => w).sort();
    const lastOwn = ownWeeks[ownWeeks.length - 1];
    out.set(
      t.id,
      memoisedClock({
        workedWeeks: [...weekRole.entries()].filter(([week, roleKey]) => roleKey === t.awrRoleKey || (lastOwn !== undefined && week < lastOwn)).map(([week, roleKey]) => ({ week, roleKey })),
        absences: group.flatMap((p) => p.absences),
        asOf,
      }),
    );
  }
  return out;
}

/** The AWR position of one placement, for pages, dashboards and the week-10 alert job. */
export type AwrPlacementStatus = {
  placementId: string;
  reference: string;
  candidateId: string;
  serviceId: string;
  status: "PENDING_START" | "ACTIVE" | "ENDED" | "CONVERTED";
  weeksCounted: number;
  qualified: boolean;
  /** Monday equal treatment starts (actual once qualified, otherwise projected) */
  qualifyingDate: string;
  qualifyingDateProjected: boolean;
  weeksToQualify: number;
  /** week 10 or 11: tell the agency */
  alertDue: boolean;
  /** Monday of the first counted week of the clock's current run (null when nothing counted) */
  clockStart: string | null;
  explanation: string[];
};

/**
 * AWR status for a council's placements (rule 2): by default every ACTIVE placement; narrow it with
 * `placementIds` or `candidateId`, widen it with `statuses`. Uses `awrClockForPlacements` for the clock.
 */
export async function awrStatusForCouncil(
  client: Db | Tx,
  councilId: string,
  opts: {
    placementIds?: string[];
    candidateId?: string;
    statuses?: AwrPlacementStatus["status"][];
    asOf?: string;
  } = {},
): Promise<AwrPlacementStatus[]> {
  const placements = await client.placement.findMany({
    where: {
      councilId,
      status: { in: opts.statuses ?? ["ACTIVE"] },
      ...(opts.placementIds ? { id: { in: opts.placementIds } } : {}),
      ...(opts.candidateId ? { candidateId: opts.candidateId } : {}),
    },
    select: { id: true, reference: true, candidateId: true, serviceId: true, status: true },
    orderBy: { reference: "asc" },
  });
  const clocks = await awrClockForPlacements(client, councilId, placements.map((p) => p.id), opts.asOf);
  return placements.flatMap((p) => {
    const c = clocks.get(p.id);
    if (!c) return [];
    return [{
      placementId: p.id,
      reference: p.reference,
      candidateId: p.candidateId,
      serviceId: p.serviceId,
      status: p.status,
      weeksCounted: c.weeksCounted,
      qualified: c.qualified,
      qualifyingDate: c.qualifyingDate,
      qualifyingDateProjected: c.qualifyingDateProjected,
      weeksToQualify: c.weeksToQualify,
      alertDue: c.alertDue,
      clockStart: awrClockStart(c),
      explanation: c.explanation,
    }];
  });
}
