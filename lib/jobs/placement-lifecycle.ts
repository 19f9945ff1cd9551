import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { placementCheckFor } from "@/lib/compliance/placement-check";
import { formatDate } from "@/lib/format";
import { LINKS, tell } from "@/lib/notifications/rules";
import { lastDayOf, lifecycleStepDue } from "@/lib/placements/lifecycle";
import { dateOf, isoOf, londonToday } from "./clock";
import type { JobOptions, JobResult } from "./types";

/**
 * Daily, just after midnight: placements move with the calendar (lib/placements/lifecycle.ts).
 * - PENDING_START on or after its start date → ACTIVE, if the placement gate still passes for the start date (a right
 *   to work, DBS or registration may have lapsed since the placement was made: then it stays PENDING_START and the
 *   Connect2 team and the service's managers are told exactly what is missing, once for each set of reasons);
 * - ACTIVE after its last day (the actual end of an actioned early end, else the planned end) → ENDED; a placement
 *   that ran to its planned end gets that as its actual end. The worker is asked for their last timesheets and the
 *   service's managers are told.
 * Each placement changes in a transaction of its own, with an audit event (actor: the system), and only if its status is
 * still the one read (a recruiter acting at the same moment wins), so a second run the same day changes nothing.
 */
export async function runPlacementLifecycle(opts: JobOptions = {}, client: Db = db()): Promise<JobResult> {
  const asOf = opts.asOf ?? londonToday();
  const today = dateOf(asOf);
  const councils = await client.council.findMany({ where: opts.councilId ? { id: opts.councilId } : {}, select: { id: true }, orderBy: { id: "asc" } });
  const counts = { started: 0, ended: 0, blocked: 0 };
  let considered = 0;
  let due = 0;
  let written = 0;
  for (const council of councils) {
    const candidates = await client.placement.findMany({
      where: {
        councilId: council.id,
        OR: [
          { status: "PENDING_START", startDate: { lte: today } },
          { status: "ACTIVE", OR: [{ actualEndDate: { lt: today } }, { actualEndDate: null, plannedEndDate: { lt: today } }] },
        ],
      },
      select: { id: true },
      orderBy: { startDate: "asc" },
    });
    considered += candidates.length;
    for (const { id } of candidates) {
      const outcome = await client.$transaction((tx) => stepPlacement(tx, council.id, id, asOf));
      if (!outcome) continue;
      due++;
      written += outcome.written;
      counts[outcome.step]++;
    }
  }
  return { job: "placement-lifecycle", asOf, considered, due, notificationsWritten: written, counts };
}

async function stepPlacement(tx: Tx, councilId: string, id: string, asOf: string): Promise<{ step: "started" | "ended" | "blocked"; written: number } | null> {
  await tx.$queryRaw`select id from "Placement" where id = ${id} and "councilId" = ${councilId} for update`;
  const p = await tx.placement.findFirst({
    where: { id, councilId },
    select: {
      id: true, reference: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, applicationId: true,
      payRatePence: true, rateCapSignOffById: true, candidateId: true, serviceId: true,
      candidate: { select: { firstName: true, lastName: true } }, requisition: { select: { jobTitle: true } },
    },
  });
  if (!p) return null;
  const dates = { startDate: isoOf(p.startDate), plannedEndDate: isoOf(p.plannedEndDate), actualEndDate: isoOf(p.actualEndDate) };
  const step = lifecycleStepDue({ status: p.status, ...dates }, asOf);
  if (!step) return null; // changed by someone else since it was listed
  const worker = `${p.candidate.firstName} ${p.candidate.lastName}`;
  const about = { councilId, candidateId: p.candidateId, serviceIds: [p.serviceId] };
  const links = { agency: LINKS.agencyPlacement(p.id), serviceManagers: LINKS.managerPlacement(p.id), worker: LINKS.candidateTimesheets() };

  if (step === "start" || step === "start-and-end") {
    const check = await placementCheckFor(tx, councilId, p.applicationId, {
      startDate: dates.startDate, payRatePence: p.payRatePence, rateCapSignOffById: p.rateCapSignOffById,
    });
    if (!check.gate.allowed) {
      const reasons = check.gate.blocks.map((b) => b.message);
      const written = await tell(tx, "placement.start-blocked", about, {
        title: `${p.reference}: ${worker} cannot start yet`,
        body: `${worker}'s placement as ${p.requisition.jobTitle} was due to start on ${formatDate(dates.startDate)} but stays on hold until this is put right: ${reasons.join(" ")}`,
        links,
        dedupeKey: `placement-start-blocked:${p.id}:${check.gate.blocks.map((b) => b.code).sort().join(",")}`,
      });
      return { step: "blocked", written };
    }
  }
  const ends = step === "end" || step === "start-and-end";
  const claimed = await tx.placement.updateMany({
    where: { id: p.id, status: p.status },
    data: ends
      ? { status: "ENDED", ...(p.actualEndDate ? {} : { actualEndDate: p.plannedEndDate, endReason: "Reached its planned end date" }) }
      : { status: "ACTIVE" },
  });
  if (claimed.count !== 1) return null;
  await writeAudit(tx, {
    councilId, actorId: null, action: ends ? "placement.end" : "placement.start", entityType: "Placement", entityId: p.id,
    changes: {
      status: [p.status, ends ? "ENDED" : "ACTIVE"],
      ...(ends && !p.actualEndDate ? { actualEndDate: [null, dates.plannedEndDate] } : {}),
      reason: ends ? `last day ${lastDayOf(dates)} has passed` : `start date ${dates.startDate} reached`,
    },
  });
  if (!ends) return { step: "started", written: 0 };
  const lastDay = formatDate(lastDayOf(dates));
  const written = await tell(tx, "placement.ended", about, {
    title: `${p.reference}: ${worker}'s placement has ended`,
    body: `${worker}'s placement as ${p.requisition.jobTitle} ended on ${lastDay}. Approve any timesheets still waiting for its last weeks.`,
    titles: { worker: `Your placement as ${p.requisition.jobTitle} has ended` },
    bodies: { worker: `Your placement as ${p.requisition.jobTitle} ended on ${lastDay}. Please submit your timesheets for any weeks you have not yet sent.` },
    links,
    dedupeKey: `placement-ended:${p.id}`,
  });
  return { step: "ended", written };
}
