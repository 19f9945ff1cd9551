/**
 * What happened to placements after they were made: an early end and two extension requests, conversions
 * to permanent posts (completed and proposed), sickness absences, and each placement's transfer-fee date
 * from the Conduct Regulations rule (computeFeeWindow) over the worker's assignments with the council.
 */
import { computeFeeWindow, type AssignmentPeriod } from "../../lib/compliance/fee-window";
import { audit, memberWith, type Ctx, type RequisitionInfo } from "./context";
import { addDays, at, day, fridayOf, isoOf, mondayOf, nextMonday, type Iso } from "./prng";

type PlacementRow = Ctx["rows"]["placement"][number];

export const SALARY_BANDS: Readonly<Record<string, string>> = {
  "SOCIAL_CARE:Band 3": "Grade 3: £24,027 – £24,796",
  "SOCIAL_CARE:Band 4": "Grade 4: £25,183 – £26,403",
  "ADMIN:Band 2": "Grade 2: £23,656 – £24,027",
  "ADMIN:Band 4": "Grade 4: £25,183 – £26,403",
  "OPERATIONAL:Band 1": "Grade 1: £23,656",
  "OPERATIONAL:Band 3": "Grade 3: £24,027 – £24,796",
  "PROFESSIONAL:Band 6": "Grade 6: £31,067 – £34,314",
  "PROFESSIONAL:Band 8": "Grade 8: £38,220 – £41,771",
  "ADULT_SOCIAL_WORK:Band 7": "Grade 7: £35,235 – £38,220",
  "CHILD_FAMILY_SOCIAL_WORK:Band 8": "Grade 8: £38,220 – £41,771",
  "CHILD_FAMILY_SOCIAL_WORK:Senior practitioner": "Grade 9: £42,708 – £46,142",
  "MANAGEMENT:Band 10": "Grade 10: £47,420 – £51,802",
};

const iso = (d: unknown): Iso => isoOf(d as Date);

export function buildOutcomes(ctx: Ctx) {
  const { rng, rows, today } = ctx;
  const luton = ctx.councils.luton;
  const reqById = new Map(ctx.requisitions.map((r) => [r.id, r]));
  const jordanPlacement = rows.placement.find((p) => p.candidateId === "cand_lut_0001");
  const lutonPl = rows.placement.filter((p) => p.councilId === luton.id && p !== jordanPlacement);
  const touched = new Set<PlacementRow>();
  const reqOf = (p: PlacementRow): RequisitionInfo => reqById.get(p.requisitionId)!;
  let crSeq = 0;

  // An early end the manager asked for two weeks ago, actioned by the agency.
  const early = rng.shuffle(lutonPl.filter((p) => p.status === "ACTIVE" && iso(p.startDate) <= addDays(today, -60) && iso(p.plannedEndDate) >= addDays(today, 28)))[0];
  if (early) {
    const r = reqOf(early);
    const newEnd = fridayOf(addDays(today, -14));
    const requestedAt = at(addDays(newEnd, -10), 11);
    const actionedAt = at(addDays(newEnd, -9), 14);
    const by = memberWith(ctx, r.service, "budgetHolder");
    const agency = rng.pick(luton.agencyUserIds);
    rows.placementChangeRequest.push({
      id: `pcr_${++crSeq}`, councilId: luton.id, placementId: early.id, type: "EARLY_END", previousEndDate: early.plannedEndDate,
      newEndDate: day(newEnd), reason: "The permanent postholder returned from long-term sickness earlier than expected.",
      status: "ACTIONED", requestedById: by, requestedAt, actionedById: agency, actionedAt,
    });
    Object.assign(early, { status: "ENDED", actualEndDate: day(newEnd), endReason: "Ended early at the service's request: postholder returned", updatedAt: actionedAt });
    audit(ctx, luton.id, agency, "placement.end-early", "Placement", early.id, actionedAt, { actualEndDate: newEnd, status: ["ACTIVE", "ENDED"] });
    touched.add(early);
  }

  // Two extension requests waiting for the agency.
  const ending = lutonPl.filter((p) => p.status === "ACTIVE" && !touched.has(p)).sort((a, b) => iso(a.plannedEndDate).localeCompare(iso(b.plannedEndDate)));
  for (const p of ending.slice(0, 2)) {
    const r = reqOf(p);
    const by = memberWith(ctx, r.service, "budgetHolder");
    const requestedAt = at(addDays(today, -rng.int(1, 5)), 10, rng.int(0, 59));
    rows.placementChangeRequest.push({
      id: `pcr_${++crSeq}`, councilId: luton.id, placementId: p.id, type: "EXTENSION", previousEndDate: p.plannedEndDate,
      newEndDate: day(addDays(iso(p.plannedEndDate), 7 * rng.int(8, 12))), reason: "Cover is still needed while recruitment to the permanent post completes.",
      status: "REQUESTED", requestedById: by, requestedAt,
    });
    audit(ctx, luton.id, by, "placement.extension-request", "Placement", p.id, requestedAt, { plannedEndDate: iso(p.plannedEndDate) });
    touched.add(p);
  }

  // Completed conversions: workers kept on permanently when their assignment ended (no later placement).
  const laterStart = (p: PlacementRow) => rows.placement.some((q) => q.candidateId === p.candidateId && iso(q.startDate) > iso(p.startDate));
  const ended = lutonPl.filter((p) => p.status === "ENDED" && !touched.has(p) && !laterStart(p));
  const earlyConvert = lutonPl.filter((p) => p.status === "ACTIVE" && !touched.has(p) && iso(p.startDate) <= addDays(today, -120) && !laterStart(p));
  const completed = [...rng.sample(ended, 6), ...rng.sample(earlyConvert, 8)].slice(0, 8);
  for (const [k, p] of completed.entries()) {
    const r = reqOf(p);
    if (p.status === "ACTIVE") {
      const end = fridayOf(addDays(today, -rng.int(14, 40)));
      Object.assign(p, { actualEndDate: day(end) });
    }
    const end = iso(p.actualEndDate);
    const start = nextMonday(addDays(end, 1));
    const proposedAt = at(addDays(end, -rng.int(21, 35)), 11);
    const completedAt = at(addDays(end, -rng.int(2, 7)), 15);
    const proposer = memberWith(ctx, r.service, "budgetHolder");
    const agency = rng.pick(luton.agencyUserIds);
    Object.assign(p, { status: "CONVERTED", endReason: "Converted to a permanent post with the council", updatedAt: completedAt });
    rows.conversion.push({
      id: `conv_${p.id.slice(3)}`, councilId: luton.id, placementId: p.id, postTitle: r.template.title,
      salaryBand: SALARY_BANDS[`${r.template.roleCategory}:${r.template.grade}`], startDate: day(start), feeFreeDate: p.feeFreeDate,
      withinFeeWindow: false, feeChargedPence: k === 2 ? 285000 : k === 5 ? 190000 : 0, status: "COMPLETED",
      proposedById: proposer, proposedAt, completedById: agency, completedAt,
    });
    audit(ctx, luton.id, proposer, "placement.conversion-propose", "Placement", p.id, proposedAt, { postTitle: r.template.title });
    audit(ctx, luton.id, agency, "placement.conversion-complete", "Placement", p.id, completedAt, { status: ["ACTIVE", "CONVERTED"], startDate: start });
    touched.add(p);
  }

  // Two conversions proposed by managers, waiting for the agency.
  const proposable = lutonPl.filter((p) => p.status === "ACTIVE" && !touched.has(p) && iso(p.startDate) <= addDays(today, -70));
  for (const p of rng.sample(proposable, 2)) {
    const r = reqOf(p);
    const proposer = memberWith(ctx, r.service, "budgetHolder");
    const proposedAt = at(addDays(today, -rng.int(1, 6)), 14, rng.int(0, 59));
    rows.conversion.push({
      id: `conv_${p.id.slice(3)}`, councilId: luton.id, placementId: p.id, postTitle: r.template.title,
      salaryBand: SALARY_BANDS[`${r.template.roleCategory}:${r.template.grade}`], startDate: day(nextMonday(addDays(today, rng.int(21, 42)))),
      feeFreeDate: p.feeFreeDate, withinFeeWindow: false, feeChargedPence: null, status: "PROPOSED", proposedById: proposer, proposedAt,
    });
    audit(ctx, luton.id, proposer, "placement.conversion-propose", "Placement", p.id, proposedAt, { postTitle: r.template.title });
    touched.add(p);
  }

  // Sickness absences inside worked weeks (the timesheets leave those days out).
  const worked = lutonPl.filter((p) => (p.status === "ACTIVE" || p.status === "ENDED") && !touched.has(p) && iso(p.startDate) <= addDays(today, -70));
  for (const [k, p] of rng.sample(worked, 3).entries()) {
    const monday = mondayOf(addDays(iso(p.startDate), 7 * rng.int(3, 8)));
    const startDay = addDays(monday, rng.int(0, 2));
    const endDay = addDays(startDay, rng.int(1, 2));
    rows.absence.push({
      id: `abs_${k + 1}`, councilId: luton.id, placementId: p.id, type: "SICKNESS", startDate: day(startDay), endDate: day(endDay),
      recordedById: rng.pick(luton.agencyUserIds), createdAt: at(addDays(endDay, 1), 10),
    });
  }

  computeFeeDates(ctx);
}

/** feeFreeDate on each placement, then copied to conversions (withinFeeWindow = start before it). */
function computeFeeDates(ctx: Ctx) {
  const byCandidate = new Map<string, PlacementRow[]>();
  for (const p of ctx.rows.placement) byCandidate.set(p.candidateId, [...(byCandidate.get(p.candidateId) ?? []), p]);
  for (const list of byCandidate.values()) {
    for (const p of list) {
      const assignments: AssignmentPeriod[] = list
        .filter((q) => iso(q.startDate) <= iso(p.startDate))
        .map((q) => ({ start: iso(q.startDate), end: q.actualEndDate ? iso(q.actualEndDate) : null }));
      const result = computeFeeWindow(assignments, ctx.today);
      p.feeFreeDate = day(result.feeFreeDate!);
    }
  }
  const placements = new Map(ctx.rows.placement.map((p) => [p.id, p]));
  for (const c of ctx.rows.conversion) {
    const p = placements.get(c.placementId)!;
    c.feeFreeDate = p.feeFreeDate;
    c.withinFeeWindow = iso(c.startDate) < iso(p.feeFreeDate);
  }
}
