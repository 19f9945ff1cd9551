import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { notify } from "@/lib/notifications/notify";
import { LINKS } from "@/lib/notifications/rules";
import { compareIsoDates, formatLongDate } from "@/lib/compliance/dates";
import { disagreementStatus } from "@/lib/compliance/ir35";
import { londonToday } from "@/lib/jobs/clock";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const disagreementResponseSchema = z
  .object({
    applicationId: z.string().min(1),
    outcome: z.enum(["UPHELD", "CHANGED"], { error: "Choose whether the determination is upheld or changed" }),
    response: z.string().trim().min(1, "Enter the council's response to the disagreement").max(5000, "The response must be 5,000 characters or fewer"),
    respondedOn: z
      .string()
      .trim()
      .min(1, "Enter the date of the response")
      .regex(ISO, "Date of the response must be a real date"),
    newReasons: z
      .string()
      .trim()
      .max(5000, "Reasons must be 5,000 characters or fewer")
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "CHANGED" && !v.newReasons) {
      ctx.addIssue({ code: "custom", path: ["newReasons"], message: "Give the reasons for the new determination" });
    }
  });

export type DisagreementResponseInput = z.input<typeof disagreementResponseSchema>;

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const LABEL = { INSIDE: "inside IR35", OUTSIDE: "outside IR35" } as const;

/**
 * Record the council's answer to a worker's disagreement with an IR35 status determination (rule 3, ITEPA
 * s61T): the response text and its date, on or after the day the disagreement was received. The determination
 * is either upheld (the statement stands, the response gives the reasons) or changed: the conclusion flips and
 * the new statement, with its reasons, is recorded as of the response date (the audit trail keeps the earlier
 * one). A disagreement is answered once; an answer after the deadline is recorded and flagged as late. The
 * worker is told.
 */
export async function respondToDisagreement(viewer: Viewer | null, raw: DisagreementResponseInput, today = londonToday()) {
  const v = authorize(viewer, "ir35.disagreement.respond");
  const input = disagreementResponseSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: input.applicationId, councilId: v.councilId },
      select: {
        id: true,
        candidate: { select: { userId: true, firstName: true, lastName: true } },
        requisition: { select: { jobTitle: true } },
        determination: {
          select: { id: true, status: true, reasons: true, determinedOn: true, disagreementReceivedOn: true, disagreementRespondedOn: true },
        },
      },
    });
    if (!app) throw new NotFoundError("We could not find that application.");
    const sds = app.determination;
    if (!sds) throw new DomainError("There is no IR35 status determination for this application, so there is no disagreement to answer.");
    // Lock the statement and re-read it, so two people answering at once cannot both write.
    await tx.$queryRaw`select id from "StatusDetermination" where id = ${sds.id} for update`;
    const current = await tx.statusDetermination.findUniqueOrThrow({
      where: { id: sds.id },
      select: { disagreementReceivedOn: true, disagreementRespondedOn: true },
    });
    if (!current.disagreementReceivedOn) {
      throw new DomainError("No disagreement has been recorded for this determination. Record the date it was received first.");
    }
    if (current.disagreementRespondedOn) {
      throw new DomainError(`This disagreement has already been answered, on ${formatLongDate(iso(current.disagreementRespondedOn))}.`);
    }
    const receivedOn = iso(current.disagreementReceivedOn);
    if (compareIsoDates(input.respondedOn, receivedOn) < 0) {
      throw new DomainError("Check the date of the response", {
        respondedOn: `Date of the response must be on or after the date the disagreement was received, ${formatLongDate(receivedOn)}`,
      });
    }
    if (compareIsoDates(input.respondedOn, today) > 0) {
      throw new DomainError("Check the date of the response", { respondedOn: "Date of the response must be today or in the past" });
    }
    const status = disagreementStatus({ receivedOn, answeredOn: input.respondedOn }, input.respondedOn);
    const changed = input.outcome === "CHANGED";
    const newStatus = changed ? (sds.status === "INSIDE" ? "OUTSIDE" : "INSIDE") : sds.status;
    await tx.statusDetermination.update({
      where: { id: sds.id },
      data: {
        disagreementRespondedOn: d(input.respondedOn),
        disagreementResponse: input.response,
        ...(changed ? { status: newStatus, reasons: input.newReasons!, determinedOn: d(input.respondedOn), determinedById: v.userId } : {}),
      },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "application.ir35-disagreement-response", entityType: "Application", entityId: app.id,
      changes: {
        outcome: input.outcome,
        disagreementReceivedOn: receivedOn,
        disagreementRespondBy: status.deadline,
        disagreementRespondedOn: input.respondedOn,
        answeredLate: status.answeredLate,
        ...(changed
          ? { status: [sds.status, newStatus], determinedOn: [iso(sds.determinedOn), input.respondedOn], previousReasons: sds.reasons }
          : {}),
      },
    });
    if (app.candidate.userId) {
      await notify(tx, {
        councilId: v.councilId,
        userIds: [app.candidate.userId],
        kind: "ir35.disagreement-answered",
        title: "Your IR35 disagreement has been answered",
        body: changed
          ? `The council has reconsidered its status determination for ${app.requisition.jobTitle} and now concludes that the engagement is ${LABEL[newStatus]}. Response: ${input.response}`
          : `The council has considered your disagreement and upholds its status determination for ${app.requisition.jobTitle}: ${LABEL[sds.status]}. Response: ${input.response}`,
        link: LINKS.candidateHome(),
      });
    }
    return { id: app.id, outcome: input.outcome, status: newStatus, respondBy: status.deadline, answeredLate: status.answeredLate };
  });
}
