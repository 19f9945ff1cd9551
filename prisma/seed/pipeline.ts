/**
 * Applications in every stage with their stage history, and placements from the PLACED ones: each
 * requisition released to the board gets the applicants its plan needs, chosen from candidates on the
 * right track, with placed people never double-booked and always holding what the job needs.
 */
import type { ApplicationStage, PlacementStatus } from "../../lib/generated/prisma/enums";
import { chargeRateFor } from "../../lib/ratecards/estimate";
import { audit, type CandidateInfo, type Ctx, type RequisitionInfo } from "./context";
import { dbsAtLeast } from "./candidates";
import { REJECT_REASONS, WITHDRAW_REASONS } from "./data";
import { chargeBand, RATE_CARDS } from "./jobs";
import { addDays, at, day, daysBetween, maxIso, minIso, pad, type Iso } from "./prng";

type Stage = ApplicationStage;
const JORDAN = "cand_lut_0001";

/** n strictly increasing timestamps between two dates (same-day events an hour apart). */
function chain(ctx: Ctx, from: Iso, to: Iso, n: number): Date[] {
  const span = Math.max(0, daysBetween(from, to));
  const days = Array.from({ length: n }, () => ctx.rng.int(0, span)).sort((a, b) => a - b);
  // spread out a little: each step at least as late as the one before
  const out: Date[] = [];
  let prevDay = -1;
  let hour = 9;
  for (const d of days) {
    hour = d === prevDay ? hour + 1 : ctx.rng.int(9, 11);
    prevDay = d;
    out.push(at(addDays(from, d), hour, ctx.rng.int(0, 59)));
  }
  return out;
}

/** The stages an application passes through to reach its final stage. */
function pathTo(ctx: Ctx, final: Stage): Stage[] {
  const { rng } = ctx;
  const full: Stage[] = ["APPLIED", "SCREENED", "SHORTLISTED"];
  switch (final) {
    case "APPLIED": return ["APPLIED"];
    case "SCREENED": return ["APPLIED", "SCREENED"];
    case "SHORTLISTED": return full;
    case "INTERVIEW": return [...full, "INTERVIEW"];
    case "OFFERED": return rng.chance(0.5) ? [...full, "INTERVIEW", "OFFERED"] : [...full, "OFFERED"];
    case "PLACED": return rng.chance(0.5) ? [...full, "INTERVIEW", "OFFERED", "PLACED"] : [...full, "OFFERED", "PLACED"];
    case "REJECTED": return [...(["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW"] as Stage[]).slice(0, rng.int(1, 4)), "REJECTED"];
    case "WITHDRAWN": return [...(["APPLIED", "SCREENED", "SHORTLISTED"] as Stage[]).slice(0, rng.int(1, 3)), "WITHDRAWN"];
  }
}

function otherStages(ctx: Ctx, r: RequisitionInfo): Stage[] {
  const { rng } = ctx;
  if (r.extraStages.length) return r.extraStages as Stage[];
  const closedOut = () => Array.from({ length: rng.int(1, 3) }, () => rng.weighted([["REJECTED", 7], ["WITHDRAWN", 3]] as const) as Stage);
  if (r.status === "CANCELLED") return Array.from({ length: rng.int(2, 3) }, () => "WITHDRAWN" as Stage);
  if (r.status === "FILLED" || r.status === "CLOSED") return r.placements === 0 ? [...closedOut(), "REJECTED"] : closedOut();
  if (r.live) {
    const list = Array.from({ length: rng.int(2, 6) }, () =>
      rng.weighted([["APPLIED", 30], ["SCREENED", 20], ["SHORTLISTED", 15], ["INTERVIEW", 10], ["REJECTED", 15], ["WITHDRAWN", 10]] as const) as Stage);
    return list;
  }
  return rng.sample(["SHORTLISTED", "INTERVIEW", "REJECTED", "REJECTED", "WITHDRAWN"] as Stage[], rng.int(2, 4));
}

/** Whether a candidate can take this placement: track, DBS, right to work, no overlap, DfE rules. */
function canPlace(ctx: Ctx, c: CandidateInfo, r: RequisitionInfo): boolean {
  if (c.id === JORDAN || c.rightToWork === "expired") return false;
  if (c.rightToWork === "expiring" && r.startDate > ctx.today) return false;
  if (!dbsAtLeast(c.dbsLevel, r.template.dbsLevel)) return false;
  const from = addDays(r.startDate, -7);
  const to = addDays(r.endDate, 7);
  if (c.busy.some(([s, e]) => s <= to && e >= from)) return false;
  const left = c.row.lastPermanentPostEndedOn as Date | null | undefined;
  if (r.template.roleCategory === "CHILD_FAMILY_SOCIAL_WORK" && left && daysBetween(left.toISOString().slice(0, 10), r.startDate) < 92) return false;
  return true;
}

/** The window in which this requisition's recruiting happened. */
function window(ctx: Ctx, r: RequisitionInfo): [Iso, Iso] {
  const { tl } = r;
  const opened = tl.opened!;
  const yesterday = addDays(ctx.today, -1);
  let end: Iso;
  if (tl.filled) end = tl.filled;
  else if (tl.cancelled) end = tl.cancelled;
  else if (r.status === "CLOSED") end = addDays(tl.closing!, 5);
  else if (r.live) end = yesterday;
  else end = minIso(addDays(r.startDate, -3), yesterday);
  end = minIso(end, addDays(r.startDate, -1)); // everyone is placed before the start date
  // Applications come in from the day after release (the release is at 16:xx).
  const first = addDays(opened, 1);
  return [first, maxIso(first, minIso(end, yesterday))];
}

export function buildPipeline(ctx: Ctx) {
  const { rng, rows } = ctx;
  const placementDrafts: Array<{ when: Date; row: (typeof rows.placement)[number]; cand: CandidateInfo }> = [];
  let appSeq = 0;
  for (const r of ctx.requisitions) {
    if (!r.tl.opened) continue;
    const council = ctx.councils[r.councilKey];
    const pool = ctx.candidates.filter((c) => c.councilKey === r.councilKey && c.track === r.template.track && c.id !== JORDAN);
    const used = new Set<string>();
    const card = RATE_CARDS.find((x) => x.roleCategory === r.template.roleCategory && x.grade === r.template.grade)!;
    const [from, to] = window(ctx, r);
    const finals: Stage[] = [...Array<Stage>(r.placements).fill("PLACED"), ...otherStages(ctx, r)];
    for (const [i, final] of finals.entries()) {
      let cand: CandidateInfo | undefined;
      if (final === "PLACED" && i === 0 && r.forJordan) {
        cand = ctx.candidates.find((c) => c.id === JORDAN);
      } else if (final === "PLACED") {
        const free = rng.shuffle(pool.filter((c) => !used.has(c.id) && canPlace(ctx, c, r)));
        // Where a limited-company engagement is allowed, the contractor who works that way is the natural fit.
        cand = (r.row.limitedCompanyAllowed ? free.find((c) => c.row.engagementType === "LIMITED_COMPANY") : undefined) ?? free[0];
      } else {
        cand = rng.shuffle(pool.filter((c) => !used.has(c.id) && c.rightToWork !== "expired"))[0];
      }
      if (!cand) throw new Error(`${r.row.reference}: no ${r.template.track} candidate free for a ${final} application`);
      used.add(cand.id);
      const appId = `app_${r.id.slice(4)}_${pad(++appSeq, 5).slice(-3)}`;
      const path = pathTo(ctx, final);
      const times = chain(ctx, from, to, path.length);
      const submitter = cand.userId ?? rng.pick(council.agencyUserIds);
      const agency = rng.pick(council.agencyUserIds);
      const manager = r.raisedById;
      const pay = Math.min(r.payMax, r.payMin + Math.round(rng.int(0, r.payMax - r.payMin) / 5) * 5);
      const app: (typeof rows.application)[number] = {
        id: appId, councilId: council.id, candidateId: cand.id, requisitionId: r.id, stage: final, appliedAt: times[0],
        updatedAt: times[times.length - 1], availabilityConfirmed: path.includes("SHORTLISTED"),
        coverNote: cand.userId && rng.chance(0.6) ? `I have ${cand.row.experienceSummary?.split(" ")[0]} years' experience and I can start on ${r.startDate}.` : null,
        proposedPayRatePence: path.includes("SHORTLISTED") ? pay : null,
      };
      let prev: Stage | null = null;
      path.forEach((stage, k) => {
        const when = times[k];
        let by = agency;
        let reason: string | null = null;
        if (stage === "APPLIED") by = submitter;
        if (stage === "INTERVIEW" || stage === "OFFERED") by = manager;
        if (stage === "REJECTED") {
          by = prev === "SHORTLISTED" || prev === "INTERVIEW" ? manager : agency;
          reason = r.status === "CANCELLED" ? "The vacancy was cancelled by the service" : rng.pick(REJECT_REASONS);
        }
        if (stage === "WITHDRAWN") {
          by = r.status === "CANCELLED" ? agency : cand.userId ?? agency;
          reason = r.status === "CANCELLED" ? "The vacancy was cancelled by the service" : rng.pick(WITHDRAW_REASONS);
        }
        if (stage === "SHORTLISTED") app.shortlistedAt = when;
        if (stage === "INTERVIEW" || stage === "OFFERED" || (stage === "REJECTED" && by === manager)) {
          Object.assign(app, {
            managerDecision: stage === "INTERVIEW" ? "INTERVIEW" : stage === "OFFERED" ? "ACCEPTED" : "REJECTED",
            managerDecidedById: manager, managerDecidedAt: when, managerDecisionReason: stage === "REJECTED" ? reason : null,
          });
          audit(ctx, council.id, manager, "application.decide", "Application", appId, when, { stage: [prev, stage] });
        }
        if (stage === "REJECTED" || stage === "WITHDRAWN") app.closedReason = reason;
        rows.applicationStageChange.push({
          id: `asc_${appId.slice(4)}_${k + 1}`, councilId: council.id, applicationId: appId, fromStage: prev, toStage: stage,
          reason, changedById: by, changedAt: when,
        });
        prev = stage;
      });
      rows.application.push(app);
      cand.firstActivity = cand.firstActivity && cand.firstActivity < iso(times[0]) ? cand.firstActivity : iso(times[0]);
      cand.lastActivity = maxIso(cand.lastActivity ?? "0000-01-01", iso(times[times.length - 1]));
      if (final !== "PLACED") continue;

      const placedAt = times[times.length - 1];
      const status: PlacementStatus = r.startDate > ctx.today ? "PENDING_START" : r.endDate < ctx.today ? "ENDED" : "ACTIVE";
      const engagementType = cand.row.engagementType === "LIMITED_COMPANY" && !r.row.limitedCompanyAllowed ? "PAYE" : cand.row.engagementType ?? "PAYE";
      cand.busy.push([r.startDate, r.endDate]);
      placementDrafts.push({
        when: placedAt, cand,
        row: {
          id: "", councilId: council.id, reference: "", candidateId: cand.id, requisitionId: r.id, applicationId: appId,
          serviceId: r.service.id, startDate: day(r.startDate), plannedEndDate: day(r.endDate),
          actualEndDate: status === "ENDED" ? day(r.endDate) : null, payRatePence: pay,
          chargeRatePence: chargeRateFor(pay, { payMinPence: card.payMinPence, payMaxPence: card.payMaxPence, ...chargeBand(card) }),
          onCostRatePence: Math.round(pay * 0.14), hoursPerWeek: r.hoursPerWeek, status, engagementType,
          isLocalAtPlacement: cand.isLocal, priorityGroupAtPlacement: cand.priorityGroups[0] ?? null,
          awrRoleKey: `${r.template.roleCategory}:${r.template.title.toLowerCase()}`, feeFreeDate: day(r.startDate),
          endReason: status === "ENDED" ? "Assignment reached its planned end date" : null,
          confirmedById: agency, confirmedAt: placedAt, createdAt: placedAt, updatedAt: placedAt,
        },
      });
      if (engagementType === "LIMITED_COMPANY") {
        rows.statusDetermination.push({
          id: `sds_${appId.slice(4)}`, councilId: council.id, applicationId: appId, status: "INSIDE",
          reasons: "The council directs how, when and where the work is done, the worker manages council staff and budgets, and substitution is not permitted: inside IR35, so tax and National Insurance are deducted at source.",
          determinedOn: day(iso(times[times.length - 2])), determinedById: manager, createdAt: times[times.length - 2],
        });
      }
    }
  }
  // References in the order placements were confirmed, per council.
  placementDrafts.sort((a, b) => a.when.getTime() - b.when.getTime());
  const counters: Record<string, number> = {};
  for (const p of placementDrafts) {
    const prefix = p.row.councilId === ctx.councils.luton.id ? "LUT" : "DUD";
    const k = (counters[prefix] = (counters[prefix] ?? 0) + 1);
    p.row.id = `pl_${prefix.toLowerCase()}_${pad(k)}`;
    p.row.reference = `${prefix}-PL-${pad(k)}`;
    rows.placement.push(p.row);
    audit(ctx, p.row.councilId, p.row.confirmedById, "placement.confirm", "Placement", p.row.id, p.when, {
      reference: p.row.reference, payRatePence: p.row.payRatePence, chargeRatePence: p.row.chargeRatePence, startDate: iso(p.row.startDate as Date),
    });
  }
}

function iso(d: Date): Iso {
  return d.toISOString().slice(0, 10);
}
