/**
 * Benchmark timesheets, streamed: one per placement per Monday from the start to the last full week
 * (or the end), with Monday–Friday lines inside the placement. Approved by a budget holder of the service,
 * except the newest one or two weeks of live placements, which are still submitted.
 */
import { isoDay, mondayOfDay, stamp, type Bulk } from "./bulk";
import type { LargeContext } from "./large-context";
import type { LargePlacement } from "./large-pipeline";

function decimal(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

export async function writeTimesheets(ctx: LargeContext, placements: LargePlacement[], out: { ts: Bulk; line: Bulk }) {
  const { rng, today: T } = ctx;
  const holders = new Map([...ctx.services.values()].map((s) => [s.id, s.budgetHolders]));
  const lastFullWeek = mondayOfDay(T - 7);
  let tsNo = 0;
  let lineNo = 0;
  const VARY = [-100, -50, -25, 25, 50, 100];
  for (const p of placements) {
    if (p.status === "PENDING_START") continue;
    const lastWeek = Math.min(mondayOfDay(p.lastDay), lastFullWeek);
    const firstWeek = mondayOfDay(p.start);
    if (lastWeek < firstWeek) continue;
    const perDay = Math.round((p.hours * 100) / 5);
    const pending = p.status === "ACTIVE" ? rng.int(1, 2) : 0;
    const approvers = holders.get(p.serviceId)!;
    const weeks = (lastWeek - firstWeek) / 7 + 1;
    for (let w = 0; w < weeks; w++) {
      const monday = firstWeek + w * 7;
      const id = `lgts_${String(++tsNo).padStart(7, "0")}`;
      let total = 0;
      const lines: Array<[number, number]> = [];
      for (let d = monday; d < monday + 5; d++) {
        if (d < p.start || d > p.lastDay) continue;
        const h = rng.chance(0.15) ? Math.max(100, perDay + VARY[rng.int(0, 5)]) : perDay;
        total += h;
        lines.push([d, h]);
      }
      if (!lines.length) continue;
      const submittedDay = Math.min(rng.chance(0.7) ? monday + 4 : monday + 7, T - 1);
      const submittedAt = stamp(submittedDay, submittedDay === monday + 4 ? 16 : 9, rng.int(0, 59));
      const isPending = w >= weeks - pending;
      let approvedAt: string | null = null;
      let approvedBy: string | null = null;
      if (!isPending) {
        const day = Math.max(submittedDay, Math.min(submittedDay + rng.int(1, 3), T - 1));
        approvedAt = stamp(day, day === submittedDay ? 18 : rng.int(9, 16), rng.int(0, 59));
        approvedBy = approvers[rng.int(0, approvers.length - 1)];
      }
      await out.ts.push([
        id, ctx.councilId, p.id, isoDay(monday), isPending ? "SUBMITTED" : "APPROVED", decimal(total), p.pay, p.charge, submittedAt,
        rng.pick(ctx.agencyUserIds), approvedAt, approvedBy, approvedAt ?? submittedAt,
      ]);
      for (const [d, h] of lines) await out.line.push([`lgtl_${++lineNo}`, ctx.councilId, id, isoDay(d), decimal(h)]);
    }
  }
}

export const TIMESHEET_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["placementId", "text"], ["weekStart", "date"], ["status", '"TimesheetStatus"'],
  ["totalHours", "numeric"], ["payRatePence", "int"], ["chargeRatePence", "int"], ["submittedAt", "timestamp"], ["submittedById", "text"],
  ["approvedAt", "timestamp"], ["approvedById", "text"], ["updatedAt", "timestamp"],
];
export const LINE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["timesheetId", "text"], ["workDate", "date"], ["hours", "numeric"],
];
