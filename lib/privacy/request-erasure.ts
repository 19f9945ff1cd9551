import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { formatDate } from "@/lib/format";
import type { ErasureRequestInput } from "./schemas";

/**
 * A candidate asks for their account to be deleted. Nothing is deleted here: an ErasureRequest is recorded
 * for the Connect2 team to action under the retention rules (some records, such as timesheets and right to
 * work copies, must be kept for a set time), and the team and the candidate are told. One open request at
 * a time (checked under a row lock on the profile so two clicks make one request).
 */
export async function requestErasure(viewer: Viewer | null, input: ErasureRequestInput) {
  const v = authorize(viewer, "candidate.write.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  return db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      select id from "CandidateProfile" where id = ${candidateId} and "councilId" = ${v.councilId} and "userId" = ${v.userId} for update`;
    if (!locked.length) throw new NotFoundError("We could not find your candidate profile.");
    const open = await tx.erasureRequest.findFirst({
      where: { councilId: v.councilId, candidateId, status: "REQUESTED" },
      select: { requestedAt: true },
    });
    if (open) throw new DomainError(`You asked for your account to be deleted on ${formatDate(open.requestedAt)}. The Connect2 team is dealing with it and will email you.`);
    const profile = await tx.candidateProfile.findUniqueOrThrow({ where: { id: candidateId }, select: { firstName: true, lastName: true } });
    const req = await tx.erasureRequest.create({ data: { councilId: v.councilId, candidateId, reason: input.reason } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "privacy.erasure.request", entityType: "ErasureRequest", entityId: req.id,
      changes: { candidateId },
    });
    await notify(tx, {
      councilId: v.councilId,
      userIds: await agencyTeam(tx, v.councilId),
      kind: "privacy.erasure.requested",
      title: `Account deletion request from ${profile.firstName} ${profile.lastName}`,
      body: `${profile.firstName} ${profile.lastName} asked for their account to be deleted${input.reason ? `: "${input.reason}"` : "."} Action it under the retention rules and tell them the outcome.`,
    });
    await notify(tx, {
      councilId: v.councilId,
      userIds: [v.userId],
      kind: "privacy.erasure.received",
      title: "We have your request to delete your account",
      body: "The Connect2 team will delete your account and tell you by email. Some records, such as timesheets and right to work checks, must be kept for a set time by law; the team will tell you which.",
      link: "/candidate/my-data",
    });
    return req;
  });
}
