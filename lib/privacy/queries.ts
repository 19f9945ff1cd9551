import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ErasureStatus } from "@/lib/generated/prisma/enums";

export type MyErasureRequest = { id: string; status: ErasureStatus; requestedAt: Date; actionedAt: Date | null; outcomeNote: string | null };

/** The candidate's own account-deletion requests, newest first. */
export async function listMyErasureRequests(viewer: Viewer | null): Promise<MyErasureRequest[]> {
  const v = authorize(viewer, "candidate.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  return db().erasureRequest.findMany({
    where: { councilId: v.councilId, candidateId: v.candidateId, candidate: { userId: v.userId } },
    orderBy: { requestedAt: "desc" },
    select: { id: true, status: true, requestedAt: true, actionedAt: true, outcomeNote: true },
  });
}
