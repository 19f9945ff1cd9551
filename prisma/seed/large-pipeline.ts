/**
 * Benchmark applications (every stage, with history), placements from PLACED applications (one per seat of
 * each filled requisition, never double-booking a worker) and conversions. Requisitions are worked through
 * in start-date order so each worker's next placement starts after the last one ended.
 */
import { computeFeeWindow } from "../../lib/compliance/fee-window";
import { chargeRateFor } from "../../lib/ratecards/estimate";
import { isoDay, stamp, type Value } from "./bulk";
import { REJECT_REASONS, WITHDRAW_REASONS } from "./data";
import type { Track } from "./jobs";
import type { LargeContext } from "./large-context";
import type { LargeCand } from "./large-people";
import type { LargeReq } from "./large-requisitions";
import { SALARY_BANDS } from "./outcomes";

export interface LargePlacement {
  id: string;
  serviceId: string;
  start: number;
  lastDay: number; // actual or planned end
  status: string;
  hours: number;
  pay: number;
  charge: number;
}

export interface LargePipeline {
  apps: Value[][];
  changes: Value[][];
  placements: LargePlacement[];
  placementRows: Value[][];
  conversions: Value[][];
}

type Stage = "APPLIED" | "SCREENED" | "SHORTLISTED" | "INTERVIEW" | "OFFERED" | "PLACED" | "REJECTED" | "WITHDRAWN";

export function generatePipeline(ctx: LargeContext, reqs: LargeReq[], cands: LargeCand[]): LargePipeline {
  const { rng, today: T } = ctx;
  const pools = new Map<Track, number[]>();
  cands.forEach((c, i) => {
    const list = pools.get(c.track);
    if (list) list.push(i);
    else pools.set(c.track, [i]);
  });
  const history = new Map<number, Array<{ start: string; end: string | null }>>();
  const out: LargePipeline = { apps: [], changes: [], placements: [], placementRows: [], conversions: [] };
  let appNo = 0;
  let chNo = 0;
  const ordered = reqs.filter((r) => r.opened !== null).sort((a, b) => a.start - b.start);
  for (const r of ordered) {
    const pool = pools.get(r.template.track)!;
    const used = new Set<number>();
    const from = r.opened! + 1;
    const to = Math.max(from, Math.min(r.recruitEnd, r.start - 1, T - 1));
    if (from > T - 1) continue;
    const finals: Stage[] = Array<Stage>(r.placements).fill("PLACED");
    if (r.kind === "filled") for (let k = rng.int(0, 3); k > 0; k--) finals.push(rng.chance(0.7) ? "REJECTED" : "WITHDRAWN");
    else if (r.kind === "unfilled") for (let k = rng.int(1, 3); k > 0; k--) finals.push("REJECTED");
    else for (let k = rng.int(0, 5); k > 0; k--) finals.push(rng.pick(["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW", "REJECTED", "WITHDRAWN"] as const));
    const card = ctx.cards.get(`${r.template.roleCategory}:${r.template.grade}`)!;
    for (const final of finals) {
      let ci = -1;
      const placing = final === "PLACED";
      for (let tries = 0; tries < 40 && ci < 0; tries++) {
        const k = pool[rng.int(0, pool.length - 1)];
        if (!used.has(k) && (!placing || cands[k].freeFrom <= r.start - 7)) ci = k;
      }
      if (ci < 0) ci = pool.find((k) => !used.has(k) && (!placing || cands[k].freeFrom <= r.start - 7)) ?? -1;
      if (ci < 0) throw new Error(`no free ${r.template.track} candidate for ${r.id}; use a larger --scale or fewer placements`);
      used.add(ci);
      const cand = cands[ci];
      const appId = `lgapp_${String(++appNo).padStart(7, "0")}`;
      const path: Stage[] = placing ? ["APPLIED", "SCREENED", "SHORTLISTED", ...(rng.chance(0.5) ? ["INTERVIEW" as Stage] : []), "OFFERED", "PLACED"]
        : final === "REJECTED" ? [...(["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW"] as Stage[]).slice(0, rng.int(1, 4)), "REJECTED"]
          : final === "WITHDRAWN" ? [...(["APPLIED", "SCREENED", "SHORTLISTED"] as Stage[]).slice(0, rng.int(1, 3)), "WITHDRAWN"]
            : (["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW"] as Stage[]).slice(0, ["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW"].indexOf(final) + 1);
      const days = path.map(() => rng.int(from, to)).sort((a, b) => a - b);
      const times = days.map((d, k) => stamp(d, 9 + k, rng.int(0, 59)));
      const agency = rng.pick(ctx.agencyUserIds);
      const pay = Math.min(r.payMax, r.payMin + Math.round(rng.int(0, r.payMax - r.payMin) / 5) * 5);
      let decision: string | null = null;
      let decidedAt: string | null = null;
      let closedReason: string | null = null;
      let shortlistedAt: string | null = null;
      let prev: Stage | null = null;
      path.forEach((stage, k) => {
        let by = agency;
        let reason: string | null = null;
        if (stage === "INTERVIEW" || stage === "OFFERED") {
          by = r.raiser;
          decision = stage === "INTERVIEW" ? "INTERVIEW" : "ACCEPTED";
          decidedAt = times[k];
        }
        if (stage === "SHORTLISTED") shortlistedAt = times[k];
        if (stage === "REJECTED") {
          const byManager = prev === "SHORTLISTED" || prev === "INTERVIEW";
          by = byManager ? r.raiser : agency;
          reason = closedReason = rng.pick(REJECT_REASONS);
          if (byManager) { decision = "REJECTED"; decidedAt = times[k]; }
        }
        if (stage === "WITHDRAWN") reason = closedReason = rng.pick(WITHDRAW_REASONS);
        out.changes.push([`lgasc_${++chNo}`, ctx.councilId, appId, prev, stage, reason, by, times[k]]);
        prev = stage;
      });
      const shortlisted = shortlistedAt !== null;
      out.apps.push([appId, ctx.councilId, cand.id, r.id, final, shortlisted, shortlisted ? pay : null, decision, decision ? r.raiser : null, decidedAt,
        decision === "REJECTED" ? closedReason : null, closedReason, times[0], shortlistedAt, times[times.length - 1]]);
      cand.firstApp = Math.min(cand.firstApp ?? days[0], days[0]);
      cand.lastActivity = Math.max(cand.lastActivity ?? 0, days[days.length - 1]);
      if (!placing) continue;

      const k = out.placements.length + 1;
      const id = `lgpl_${String(k).padStart(6, "0")}`;
      let status = r.start > T ? "PENDING_START" : r.end >= T ? "ACTIVE" : "ENDED";
      if (status === "ENDED" && rng.chance(0.08)) status = "CONVERTED";
      const ended = status === "ENDED" || status === "CONVERTED";
      const charge = chargeRateFor(pay, card);
      const list = history.get(ci) ?? [];
      list.push({ start: isoDay(r.start), end: ended ? isoDay(r.end) : null });
      history.set(ci, list);
      const feeFree = computeFeeWindow(list, isoDay(T)).feeFreeDate!;
      cand.freeFrom = status === "CONVERTED" ? Number.MAX_SAFE_INTEGER : r.end + 7;
      cand.placed = true;
      cand.lastActivity = Math.max(cand.lastActivity ?? 0, Math.min(r.end, T - 1));
      const confirmedAt = times[times.length - 1];
      out.placementRows.push([
        id, ctx.councilId, `LUT-PL-${String(ctx.nextPlacementNo + k - 1).padStart(4, "0")}`, cand.id, r.id, appId, r.serviceId, isoDay(r.start),
        isoDay(r.end), ended ? isoDay(r.end) : null, pay, charge, Math.round(pay * 0.14), r.hours, status, "PAYE", cand.isLocal, cand.groups[0] ?? null,
        `${r.template.roleCategory}:${r.template.title.toLowerCase()}`, feeFree,
        status === "CONVERTED" ? "Converted to a permanent post with the council" : status === "ENDED" ? "Assignment reached its planned end date" : null,
        agency, confirmedAt, confirmedAt, ended ? stamp(Math.min(r.end + 1, T - 1), 9, 0) : confirmedAt,
      ]);
      out.placements.push({ id, serviceId: r.serviceId, start: r.start, lastDay: r.end, status, hours: r.hours, pay, charge });
      if (status === "CONVERTED") {
        const convStart = r.end + 3;
        const proposedDay = Math.max(r.start + 7, r.end - rng.int(14, 30));
        const completedDay = Math.max(proposedDay + 1, r.end - rng.int(1, 7));
        out.conversions.push([
          `lgconv_${k}`, ctx.councilId, id, r.template.title, SALARY_BANDS[`${r.template.roleCategory}:${r.template.grade}`], isoDay(convStart), feeFree,
          isoDay(convStart) < feeFree, rng.chance(0.05) ? rng.int(1000, 4000) * 100 : 0, "COMPLETED", r.raiser, stamp(proposedDay, 11, 0),
          agency, stamp(completedDay, 15, 0),
        ]);
      }
    }
  }
  return out;
}

export const APPLICATION_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["candidateId", "text"], ["requisitionId", "text"], ["stage", '"ApplicationStage"'],
  ["availabilityConfirmed", "boolean"], ["proposedPayRatePence", "int"], ["managerDecision", '"ManagerDecision"'], ["managerDecidedById", "text"],
  ["managerDecidedAt", "timestamp"], ["managerDecisionReason", "text"], ["closedReason", "text"], ["appliedAt", "timestamp"],
  ["shortlistedAt", "timestamp"], ["updatedAt", "timestamp"],
];
export const STAGE_CHANGE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["applicationId", "text"], ["fromStage", '"ApplicationStage"'], ["toStage", '"ApplicationStage"'],
  ["reason", "text"], ["changedById", "text"], ["changedAt", "timestamp"],
];
export const PLACEMENT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["reference", "text"], ["candidateId", "text"], ["requisitionId", "text"], ["applicationId", "text"],
  ["serviceId", "text"], ["startDate", "date"], ["plannedEndDate", "date"], ["actualEndDate", "date"], ["payRatePence", "int"],
  ["chargeRatePence", "int"], ["onCostRatePence", "int"], ["hoursPerWeek", "numeric"], ["status", '"PlacementStatus"'],
  ["engagementType", '"EngagementType"'], ["isLocalAtPlacement", "boolean"], ["priorityGroupAtPlacement", '"PriorityGroup"'],
  ["awrRoleKey", "text"], ["feeFreeDate", "date"], ["endReason", "text"], ["confirmedById", "text"], ["confirmedAt", "timestamp"],
  ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
];
export const CONVERSION_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["placementId", "text"], ["postTitle", "text"], ["salaryBand", "text"], ["startDate", "date"],
  ["feeFreeDate", "date"], ["withinFeeWindow", "boolean"], ["feeChargedPence", "int"], ["status", '"ConversionStatus"'],
  ["proposedById", "text"], ["proposedAt", "timestamp"], ["completedById", "text"], ["completedAt", "timestamp"],
];
