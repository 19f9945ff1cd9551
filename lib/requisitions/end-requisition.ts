import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { LINKS, tell } from "@/lib/notifications/rules";
import type { ApplicationStage, RequisitionStatus } from "@/lib/generated/prisma/enums";
import { REQUISITION_STATUS_LABEL } from "./labels";

/**
 * What cancelling and closing a requisition share (lib/requisitions/cancel-requisition.ts and
 * close-requisition.ts are the two use-cases; this is their one transaction). Not a use-case of its own.
 */

export const END_REASON_MAX = 500;

/** Applications still in play: everything but PLACED, REJECTED and WITHDRAWN. */
export const OPEN_APPLICATION_STAGES = ["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW", "OFFERED"] as const satisfies readonly ApplicationStage[];

/** The reason each candidate reads on their application (not the council's internal reason). */
export const VACANCY_ENDED_REASON = {
  CANCELLED: "The vacancy was cancelled, so it will not be filled and your application has closed.",
  CLOSED: "The vacancy has closed and will not be filled further, so your application has closed.",
} as const;

/** The cancel and close forms: the reason (kept in the requisition's history) and a ticked confirmation. */
export function endRequisitionSchema(verb: "cancel" | "close") {
  const doing = verb === "cancel" ? "cancelling" : "closing";
  return z.object({
    requisitionId: z.string().trim().min(1, "Choose a requisition").max(40),
    reason: z
      .string({ error: `Enter why you are ${doing} the requisition` })
      .trim()
      .min(1, `Enter why you are ${doing} the requisition`)
      .max(END_REASON_MAX, "Reason must be 500 characters or fewer"),
    confirm: z.literal("yes", { error: `Confirm that you want to ${verb} this requisition` }),
  });
}

/** What the domain functions accept: the form as posted (they check it again with the schema). */
export type EndRequisitionInput = { requisitionId: string; reason: string; confirm?: string };

export type EndHow = {
  to: "CANCELLED" | "CLOSED";
  /** the states this move may leave */
  from: readonly RequisitionStatus[];
  /** a hiring manager acting in their own services (otherwise the Connect2 team, the whole council) */
  byManager: boolean;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why the requisition may not make this move, or null when it may (pure). */
export function endRefusal(r: { reference: string; status: RequisitionStatus; livePlacements: number }, how: EndHow): string | null {
  const verb = how.to === "CANCELLED" ? "cancelled" : "closed";
  if (r.status === how.to) return `${r.reference} has already been ${verb}.`;
  if (!how.from.includes(r.status)) {
    const allowed = how.from.map((s) => (s === "DRAFT" ? "a draft" : REQUISITION_STATUS_LABEL[s].toLowerCase()));
    const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}` : allowed[0];
    return `Only a requisition that is ${list} can be ${verb}; ${r.reference} is ${REQUISITION_STATUS_LABEL[r.status].toLowerCase()}.`;
  }
  if (how.to === "CANCELLED" && r.livePlacements > 0) {
    return `${r.reference} cannot be cancelled: ${plural(r.livePlacements, "person is", "people are")} placed on it (starting or working). ${
      how.byManager ? "Ask Connect2 to close it instead, which keeps the placements." : "Close it instead, which keeps the placements."
    }`;
  }
  return null;
}

/**
 * Cancel or close a requisition in one transaction: lock the row (found in the viewer's scope), check its state
 * and live placements on fresh data, move it with a conditional update (two requests at once: one wins, the other
 * is refused), record the history row and audit event, close every open application as REJECTED with its own
 * history and audit, and tell the candidates and the other side (service managers or the Connect2 team).
 * The public job board only lists OPEN requisitions, so the vacancy leaves it when this commits.
 */
export async function endRequisition(v: Viewer, input: { requisitionId: string; reason: string }, how: EndHow) {
  return db().$transaction(async (tx) => {
    const found = await tx.requisition.findFirst({
      where: { id: input.requisitionId, councilId: v.councilId, ...(how.byManager ? { serviceId: { in: v.serviceIds } } : {}) },
      select: { id: true },
    });
    if (!found) throw new NotFoundError(how.byManager ? "We could not find that requisition in your services." : "We could not find that requisition.");
    // One at a time per requisition: a second cancel, or a placement being confirmed, waits here and then sees our result.
    await tx.$queryRaw`select id from "Requisition" where id = ${found.id} and "councilId" = ${v.councilId} for update`;
    const r = await tx.requisition.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true, reference: true, jobTitle: true, status: true, serviceId: true,
        _count: { select: { placements: { where: { status: { in: ["PENDING_START", "ACTIVE"] } } } } },
      },
    });
    const refusal = endRefusal({ reference: r.reference, status: r.status, livePlacements: r._count.placements }, how);
    if (refusal) throw new DomainError(refusal);

    const now = new Date();
    const cancelling = how.to === "CANCELLED";
    const moved = await tx.requisition.updateMany({
      where: { id: r.id, councilId: v.councilId, status: r.status },
      data: { status: how.to, ...(cancelling ? { cancelledAt: now } : { closedAt: now }) },
    });
    if (moved.count !== 1) throw new DomainError("Someone else changed this requisition just now. Reload the page and try again.");
    await tx.requisitionStatusChange.create({
      data: {
        councilId: v.councilId, requisitionId: r.id, fromStatus: r.status, toStatus: how.to, changedById: v.userId, changedAt: now,
        note: `${cancelling ? "Cancelled" : "Closed"}: ${input.reason}`,
      },
    });

    // Open applications close as unsuccessful, each with its own history, audit and a word to the candidate.
    const open = await tx.application.findMany({
      where: { councilId: v.councilId, requisitionId: r.id, stage: { in: [...OPEN_APPLICATION_STAGES] } },
      orderBy: { id: "asc" },
      select: { id: true, stage: true, candidateId: true },
    });
    const candidateReason = VACANCY_ENDED_REASON[how.to];
    let closed = 0;
    for (const app of open) {
      const done = await tx.application.updateMany({
        where: { id: app.id, stage: app.stage },
        data: { stage: "REJECTED", closedReason: candidateReason },
      });
      if (done.count !== 1) continue; // moved by someone else meanwhile (e.g. withdrawn): theirs stands
      closed++;
      await tx.applicationStageChange.create({
        data: { councilId: v.councilId, applicationId: app.id, fromStage: app.stage, toStage: "REJECTED", reason: candidateReason, changedById: v.userId, changedAt: now },
      });
      await tx.candidateProfile.update({ where: { id: app.candidateId }, data: { lastActivityAt: now } });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.move", entityType: "Application", entityId: app.id,
        changes: { stage: [app.stage, "REJECTED"], reason: candidateReason, requisition: [r.status, how.to] },
      });
      await tell(tx, cancelling ? "application.vacancy-cancelled" : "application.vacancy-closed", { councilId: v.councilId, candidateId: app.candidateId }, {
        title: `Your application for ${r.jobTitle} has closed`,
        body: `Thank you for applying for ${r.jobTitle}. ${candidateReason}`,
        links: { worker: LINKS.candidateApplication(app.id) },
      });
    }

    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: cancelling ? "requisition.cancel" : "requisition.close",
      entityType: "Requisition", entityId: r.id,
      changes: { status: [r.status, how.to], reason: input.reason, applicationsClosed: closed, livePlacements: r._count.placements },
    });

    const what = `${r.jobTitle} (${r.reference})`;
    const apps = closed ? ` ${plural(closed, "open application was", "open applications were")} closed and the candidates told.` : "";
    if (!how.byManager) {
      await tell(tx, cancelling ? "requisition.cancelled-by-team" : "requisition.closed-by-team", { councilId: v.councilId, serviceIds: [r.serviceId] }, {
        title: `Requisition ${r.reference} ${cancelling ? "cancelled" : "closed"} by Connect2`,
        body: `${v.name} (Connect2) ${cancelling ? "cancelled" : "closed"} ${what}: "${input.reason}".${apps}`,
        links: { serviceManagers: LINKS.managerRequisition(r.id) },
      });
    } else if (r.status !== "DRAFT") {
      // A draft was never the team's business; anything submitted onwards may be in their queue.
      await tell(tx, "requisition.cancelled-by-manager", { councilId: v.councilId }, {
        title: `Requisition ${r.reference} cancelled by the hiring manager`,
        body: `${v.name} cancelled ${what}: "${input.reason}".${apps}`,
        links: { agency: LINKS.agencyRequisition(r.id) },
      });
    }
    return { id: r.id, reference: r.reference, status: how.to, from: r.status, applicationsClosed: closed };
  });
}
