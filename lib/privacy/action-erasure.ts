import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { anonymiseCandidate } from "@/lib/jobs/retention";
import { sendEmail } from "@/lib/notifications/mailer";
import { notify } from "@/lib/notifications/notify";

export const actionErasureSchema = z
  .object({
    requestId: z.string().min(1),
    decision: z.enum(["COMPLETE", "REFUSE"], { error: "Choose whether to delete the account or refuse the request" }),
    note: z.string().trim().max(2000, "The note must be 2,000 characters or fewer").optional().default(""),
  })
  .refine((v) => v.decision !== "REFUSE" || v.note.length > 0, {
    path: ["note"],
    message: "Explain why the request is refused: the candidate is told",
  });

export type ActionErasureInput = z.input<typeof actionErasureSchema>;

/**
 * The Connect2 team actions a candidate's request to delete their account (UK GDPR Art. 17).
 * COMPLETE anonymises the person with the same routine the retention job uses — only for someone who has
 * never worked through the agency: a worker's timesheets, pay records and right-to-work copies must be kept
 * for set periods, so for them the request is REFUSED with that explanation (and the retention job removes
 * what it may when the time comes). One transaction; the request row is claimed so two recruiters cannot
 * action it twice; audited; the candidate is emailed the outcome at the address they gave.
 */
export async function actionErasure(viewer: Viewer | null, input: ActionErasureInput) {
  const v = authorize(viewer, "candidate.write.council");
  const data = actionErasureSchema.parse(input);
  const result = await db().$transaction(async (tx) => {
    const req = await tx.erasureRequest.findFirst({
      where: { id: data.requestId, councilId: v.councilId },
      select: {
        id: true, status: true, candidateId: true,
        candidate: { select: { firstName: true, email: true, userId: true, _count: { select: { placements: true } } } },
      },
    });
    if (!req) throw new NotFoundError("We could not find that request.");
    if (req.status !== "REQUESTED") throw new DomainError("This request has already been dealt with.");
    if (data.decision === "COMPLETE" && req.candidate._count.placements > 0) {
      throw new DomainError(
        "This person has worked through the agency, so their timesheets, pay and right to work records must be kept for the legal retention period. Refuse the request and explain that to them; the retention job removes what it may when the time comes.",
      );
    }
    const claimed = await tx.erasureRequest.updateMany({
      where: { id: req.id, status: "REQUESTED" },
      data: {
        status: data.decision === "COMPLETE" ? "COMPLETED" : "REFUSED",
        actionedById: v.userId,
        actionedAt: new Date(),
        outcomeNote: data.note || null,
      },
    });
    if (claimed.count !== 1) throw new DomainError("Someone else dealt with this request just now.");
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role,
      action: data.decision === "COMPLETE" ? "privacy.erasure.complete" : "privacy.erasure.refuse",
      entityType: "ErasureRequest", entityId: req.id, changes: { candidateId: req.candidateId, status: ["REQUESTED", data.decision === "COMPLETE" ? "COMPLETED" : "REFUSED"] },
    });
    if (data.decision === "COMPLETE") {
      const done = await anonymiseCandidate(tx, {
        councilId: v.councilId, candidateId: req.candidateId, reason: "erasure request", action: "candidate.anonymise.erasure",
        actorId: v.userId, actorRole: v.role, requireUnplaced: true,
      });
      if (!done) throw new DomainError("This person could not be anonymised (already anonymised, or placed meanwhile).");
    } else if (req.candidate.userId) {
      await notify(tx, {
        councilId: v.councilId, userIds: [req.candidate.userId], kind: "privacy.erasure.refused",
        title: "About your request to delete your account",
        body: `We could not delete your account: ${data.note}`, link: "/candidate/my-data",
      });
    }
    return { decision: data.decision, email: req.candidate.email, firstName: req.candidate.firstName };
  });
  // The person's own address, captured before anonymising: they are told the outcome.
  await sendEmail({
    councilId: v.councilId,
    to: result.email,
    subject: result.decision === "COMPLETE" ? "Your account has been deleted" : "About your request to delete your account",
    text:
      result.decision === "COMPLETE"
        ? `Hello ${result.firstName},\n\nAs you asked, we have deleted your account and removed your personal details.\n\n${v.agencyName}`
        : `Hello ${result.firstName},\n\nWe could not delete your account: ${data.note}\n\n${v.agencyName}`,
  });
  return result.decision;
}

export async function listErasureRequests(viewer: Viewer | null, status: "REQUESTED" | "DONE" = "REQUESTED") {
  const v = authorize(viewer, "candidate.read.council");
  return db().erasureRequest.findMany({
    where: { councilId: v.councilId, status: status === "REQUESTED" ? "REQUESTED" : { in: ["COMPLETED", "REFUSED"] } },
    orderBy: { requestedAt: "asc" },
    take: 200,
    select: {
      id: true, status: true, reason: true, requestedAt: true, actionedAt: true, outcomeNote: true,
      candidate: { select: { id: true, firstName: true, lastName: true, anonymisedAt: true, _count: { select: { placements: true } } } },
    },
  });
}
