/**
 * Weekly timesheets for every placement that has worked: one per Monday from the start to the last full
 * week (SEED_TODAY − 7 days) or the end, with Monday–Friday lines. Most are approved by a manager of the
 * service; the last week or two of live placements are still submitted; two are queried.
 */
import { audit, memberWith, type Ctx } from "./context";
import { addDays, at, day, isoOf, maxIso, minIso, mondayOf, type Iso } from "./prng";

const iso = (d: unknown): Iso => isoOf(d as Date);

function hundredthsToDecimal(h: number): string {
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, "0")}`;
}

export function buildTimesheets(ctx: Ctx) {
  const { rng, rows, today } = ctx;
  const reqById = new Map(ctx.requisitions.map((r) => [r.id, r]));
  const candById = new Map(ctx.candidates.map((c) => [c.id, c]));
  const absentDays = new Map<string, Set<Iso>>();
  for (const a of rows.absence) {
    const set = absentDays.get(a.placementId) ?? new Set<Iso>();
    for (let d = iso(a.startDate); d <= iso(a.endDate); d = addDays(d, 1)) set.add(d);
    absentDays.set(a.placementId, set);
  }
  const lastFullWeek = mondayOf(addDays(today, -7));
  const yesterday = addDays(today, -1);
  const queriedCandidates: Array<(typeof rows.timesheet)[number]> = [];

  for (const p of rows.placement) {
    if (p.status === "PENDING_START") continue;
    const r = reqById.get(p.requisitionId)!;
    const cand = candById.get(p.candidateId)!;
    const council = ctx.councils[r.councilKey];
    const start = iso(p.startDate);
    const end = p.actualEndDate ? iso(p.actualEndDate) : iso(p.plannedEndDate);
    const lastWeek = minIso(mondayOf(end), lastFullWeek);
    const weeks: Iso[] = [];
    for (let w = mondayOf(start); w <= lastWeek; w = addDays(w, 7)) weeks.push(w);
    const perDay = Math.round((Number(p.hoursPerWeek) * 100) / 5);
    const live = p.status === "ACTIVE";
    const pendingWeeks = live ? (p.candidateId === "cand_lut_0001" ? 1 : rng.int(1, 2)) : 0;
    weeks.forEach((week, i) => {
      const id = `ts_${p.id.slice(3)}_${String(i + 1).padStart(3, "0")}`;
      const lines: Array<{ date: Iso; h: number }> = [];
      for (let d = 0; d < 5; d++) {
        const date = addDays(week, d);
        if (date < start || date > end || absentDays.get(p.id)?.has(date)) continue;
        let h = perDay;
        if (rng.chance(0.15)) h = Math.max(100, h + rng.pick([-100, -50, -25, 25, 50, 100]));
        lines.push({ date, h });
      }
      if (lines.length === 0) return;
      const total = lines.reduce((s, l) => s + l.h, 0);
      const friday = addDays(week, 4);
      const submittedOn = minIso(rng.chance(0.7) ? friday : addDays(week, 7), yesterday);
      const submittedAt = at(submittedOn, submittedOn === friday ? rng.int(15, 17) : rng.int(8, 10), rng.int(0, 59));
      const pending = i >= weeks.length - pendingWeeks;
      const ts: (typeof rows.timesheet)[number] = {
        id, councilId: council.id, placementId: p.id, weekStart: day(week), status: pending ? "SUBMITTED" : "APPROVED",
        totalHours: hundredthsToDecimal(total), payRatePence: p.payRatePence, chargeRatePence: p.chargeRatePence,
        submittedAt, submittedById: cand.userId ?? rng.pick(council.agencyUserIds), updatedAt: submittedAt,
      };
      if (!pending) {
        const approvedOn = minIso(addDays(submittedOn, rng.int(1, 4)), maxIso(submittedOn, yesterday));
        const approvedAt = at(approvedOn, approvedOn === submittedOn ? 18 : rng.int(9, 16), rng.int(0, 59));
        const by = memberWith(ctx, r.service, "budgetHolder");
        Object.assign(ts, { approvedAt, approvedById: by, updatedAt: approvedAt });
        if (week >= addDays(today, -56)) audit(ctx, council.id, by, "timesheet.approve", "Timesheet", id, approvedAt, { status: ["SUBMITTED", "APPROVED"], totalHours: String(ts.totalHours) });
        if (live && i === weeks.length - pendingWeeks - 1 && council.key === "luton" && p.candidateId !== "cand_lut_0001") queriedCandidates.push(ts);
      }
      rows.timesheet.push(ts);
      for (const l of lines) {
        rows.timesheetLine.push({ id: `tsl_${id.slice(3)}_${l.date.slice(5).replace("-", "")}`, councilId: council.id, timesheetId: id, workDate: day(l.date), hours: hundredthsToDecimal(l.h) });
      }
      cand.lastActivity = maxIso(cand.lastActivity ?? "0000-01-01", submittedOn);
    });
  }

  // Two timesheets the manager queried instead of approving (the newest approved week of two live placements).
  for (const ts of rng.sample(queriedCandidates, 2)) {
    const by = ts.approvedById as string;
    const queriedAt = ts.approvedAt as Date;
    Object.assign(ts, {
      status: "QUERIED", approvedAt: null, approvedById: null, queriedAt, queriedById: by, updatedAt: queriedAt,
      queryComment: "Wednesday shows a full day but the rota has you finishing at 2pm for training. Please check the hours and resubmit.",
    });
    rows.auditEvent = rows.auditEvent.filter((e) => !(e.entityId === ts.id && e.action === "timesheet.approve"));
    audit(ctx, ts.councilId, by, "timesheet.query", "Timesheet", ts.id!, queriedAt, { status: ["SUBMITTED", "QUERIED"] });
  }
}
