/**
 * Off-contract agency spend per service per quarter, candidate notes from the Connect2 team, and a few
 * unread notifications so the demo accounts have something waiting for them.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Ctx } from "./context";
import { OFF_CONTRACT_SUPPLIERS } from "./data";
import { addDays, at, day, isoOf, minIso, type Iso } from "./prng";

const iso = (d: unknown): Iso => isoOf(d as Date);

/** The last `n` complete financial quarters (April–June, …) before a date, oldest first. */
export function lastQuarters(today: Iso, n: number): Array<[Iso, Iso]> {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  let qy = y;
  let qm = [1, 4, 7, 10].filter((q) => q <= m).pop()!; // start month of the current quarter
  const out: Array<[Iso, Iso]> = [];
  for (let i = 0; i < n; i++) {
    qm -= 3;
    if (qm < 1) { qm += 12; qy -= 1; }
    const start = `${qy}-${String(qm).padStart(2, "0")}-01`;
    const nextStart = qm + 3 > 12 ? `${qy + 1}-01-01` : `${qy}-${String(qm + 3).padStart(2, "0")}-01`;
    out.unshift([start, addDays(nextStart, -1)]);
  }
  return out;
}

function offContract(ctx: Ctx) {
  const { rng, rows, today } = ctx;
  const c = ctx.councils.luton;
  const admin = ctx.usersByEmail.get("admin@connect2luton.example")!;
  let k = 0;
  for (const [start, end] of lastQuarters(today, 4)) {
    for (const s of c.services) {
      const pounds = s.code === "CHS" ? rng.int(60_000, 220_000) : s.code === "ASC" ? rng.int(40_000, 160_000) : rng.int(0, 35_000);
      if (pounds === 0) continue;
      rows.offContractSpend.push({
        id: `ocs_${++k}`, councilId: c.id, serviceId: s.id, supplier: rng.pick(OFF_CONTRACT_SUPPLIERS), periodStart: day(start),
        periodEnd: day(end), amountPence: pounds * 100 + rng.int(0, 99), enteredById: admin,
        createdAt: at(minIso(addDays(end, rng.int(10, 25)), addDays(today, -1)), 11),
      });
    }
  }
}

const NOTES = [
  "Called to check availability: happy to do early shifts, not nights.",
  "Interviewed in the office. Warm and thoughtful, good examples of dignity in care.",
  "References both back and positive.",
  "Asked about permanent roles in the same team: flagged to the manager.",
  "Needs a driver for the first week: bus route to Marsh Farm checked with them.",
  "Updated DBS on the Update Service checked today: no change.",
  "Prefers Luton town centre; no car.",
];

function notes(ctx: Ctx) {
  const { rng, rows, today } = ctx;
  const c = ctx.councils.luton;
  const jordan = ctx.candidates.find((x) => x.id === "cand_lut_0001")!;
  const picks = [jordan, ...rng.sample(ctx.candidates.filter((x) => x.councilKey === "luton" && x.lastActivity && x.id !== jordan.id), 11)];
  picks.forEach((cand, i) => {
    const created = iso(cand.row.createdAt);
    const when = minIso(addDays(created, rng.int(2, 20)), addDays(today, -1));
    rows.candidateNote.push({
      id: `note_${i + 1}`, councilId: c.id, candidateId: cand.id, authorId: rng.pick(c.agencyUserIds),
      body: cand === jordan ? "Came through the winter drive open day at the Mall. Completed the Care Certificate with us; keen to go permanent with Care at Home." : rng.pick(NOTES),
      createdAt: at(when, rng.int(9, 16), rng.int(0, 59)),
    });
  });
}

function notifications(ctx: Ctx) {
  const { rows, today } = ctx;
  const sarah = ctx.usersByEmail.get("sarah.khan@luton.example")!;
  const david = ctx.usersByEmail.get("david.okafor@luton.example")!;
  const priya = ctx.usersByEmail.get("priya.patel@connect2luton.example")!;
  const gareth = ctx.usersByEmail.get("gareth.jones@dudley.example")!;
  const list: Array<Omit<Prisma.NotificationCreateManyInput, "id">> = [];
  const luton = ctx.councils.luton.id;
  const recent = (daysAgo: number, hour: number) => at(addDays(today, -daysAgo), hour);
  for (const r of ctx.requisitions.filter((x) => x.live && x.service.code === "ASC" && x.councilKey === "luton")) {
    const shortlisted = rows.application.filter((a) => a.requisitionId === r.id && a.stage === "SHORTLISTED");
    if (!shortlisted.length) continue;
    const last = shortlisted.map((a) => a.shortlistedAt as Date).sort((a, b) => b.getTime() - a.getTime())[0];
    list.push({ councilId: luton, userId: sarah, kind: "application.shortlisted", title: `Shortlist ready: ${r.row.reference} ${r.row.jobTitle}`,
      body: `Connect2Luton has shortlisted ${shortlisted.length} candidate${shortlisted.length > 1 ? "s" : ""} for ${r.row.reference}. Review them and decide who to interview or accept.`,
      link: `/manager/requisitions/${r.id}/shortlist`, createdAt: last });
  }
  const waiting = ctx.requisitions.find((r) => r.status === "SUBMITTED" && r.raisedById === david);
  if (waiting) {
    list.push({ councilId: luton, userId: sarah, kind: "requisition.submitted", title: `Requisition ${waiting.row.reference} needs your approval`,
      body: `${waiting.row.reference} (${waiting.row.jobTitle}) was submitted by David Okafor.`, link: `/manager/approvals/${waiting.id}`, createdAt: waiting.row.submittedAt as Date });
  }
  const second = ctx.requisitions.find((r) => r.status === "SUBMITTED" && r.row.requiresSecondApproval && rows.requisitionApproval.some((a) => a.requisitionId === r.id));
  if (second) {
    list.push({ councilId: luton, userId: david, kind: "requisition.second-approval", title: `Requisition ${second.row.reference} needs a second approval`,
      body: `${second.row.reference} (${second.row.jobTitle}) is above the council's approval threshold and has its first approval.`, link: `/manager/approvals/${second.id}`, createdAt: recent(1, 9) });
  }
  const ascSubmitted = rows.timesheet.filter((t) => t.status === "SUBMITTED" && rows.placement.some((p) => p.id === t.placementId && p.serviceId === "svc_luton_asc")).length;
  list.push({ councilId: luton, userId: sarah, kind: "timesheet.submitted", title: `${ascSubmitted} timesheets to approve`,
    body: "Timesheets for Adult Social Care workers are waiting for your approval.", link: "/manager/timesheets", createdAt: recent(2, 17) });
  list.push({ councilId: luton, userId: sarah, kind: "timesheet.approved", title: "Reminder: approve timesheets by Tuesday noon", body: "Timesheets approved by Tuesday noon are paid on Friday.",
    link: "/manager/timesheets", createdAt: recent(14, 9), readAt: recent(14, 10) });

  for (const a of rows.application.filter((x) => x.stage === "OFFERED" && x.councilId === luton)) {
    list.push({ councilId: luton, userId: priya, kind: "application.accepted", title: "A manager accepted a candidate: confirm the placement",
      body: "The hiring manager accepted this candidate. Agree the start date and rates and confirm the placement.", link: `/agency/applications/${a.id}`, createdAt: a.managerDecidedAt as Date });
  }
  for (const r of ctx.requisitions.filter((x) => x.status === "APPROVED" && x.councilKey === "luton").slice(0, 2)) {
    list.push({ councilId: luton, userId: priya, kind: "requisition.approved", title: `Requisition ${r.row.reference}: approved`,
      body: `${r.row.reference} (${r.row.jobTitle}) was approved and is ready for Connect2 to release.`, link: `/agency/requisitions/${r.id}`, createdAt: r.row.approvedAt as Date });
  }
  for (const cr of rows.placementChangeRequest.filter((x) => x.status === "REQUESTED")) {
    list.push({ councilId: luton, userId: priya, kind: "placement.extension-requested", title: "Extension requested",
      body: `A manager asked to extend a placement to ${iso(cr.newEndDate)}.`, link: `/agency/placements/${cr.placementId}`, createdAt: cr.requestedAt as Date });
  }
  const expiring = ctx.candidates.filter((x) => x.rightToWork === "expiring");
  for (const cand of expiring) {
    list.push({ councilId: luton, userId: priya, kind: "compliance.right-to-work-expiring", title: `Right to work expires soon: ${cand.firstName} ${cand.lastName}`,
      body: `Time-limited permission to work ends on ${iso(cand.row.rightToWorkExpiry)}. Re-check it before then.`, link: `/agency/candidates/${cand.id}`, createdAt: recent(1, 7),
      dedupeKey: `rtw-expiry:${cand.id}:${iso(cand.row.rightToWorkExpiry)}` });
  }
  const jordan = ctx.candidates.find((x) => x.id === "cand_lut_0001")!;
  list.push({ councilId: luton, userId: jordan.userId!, kind: "timesheet.reminder", title: "Submit your timesheet for this week",
    body: "Add your hours for this week by Friday so your manager can approve them.", link: "/candidate/timesheets", createdAt: recent(1, 18) });
  const dudleyWaiting = ctx.requisitions.find((r) => r.councilKey === "dudley" && r.status === "SUBMITTED" && r.raisedById !== gareth);
  if (dudleyWaiting) {
    list.push({ councilId: ctx.councils.dudley.id, userId: gareth, kind: "requisition.submitted", title: `Requisition ${dudleyWaiting.row.reference} needs your approval`,
      body: `${dudleyWaiting.row.reference} (${dudleyWaiting.row.jobTitle}) was submitted for approval.`, link: `/manager/approvals/${dudleyWaiting.id}`, createdAt: dudleyWaiting.row.submittedAt as Date });
  }
  list.forEach((n, i) => rows.notification.push({ id: `ntf_${String(i + 1).padStart(3, "0")}`, ...n }));
}

export function buildExtras(ctx: Ctx) {
  offContract(ctx);
  notes(ctx);
  notifications(ctx);
}
