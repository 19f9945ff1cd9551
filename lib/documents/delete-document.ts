import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { removeStoredFile } from "./storage";

/**
 * A candidate removes a document they uploaded by mistake. One the Connect2 team has already used as
 * evidence for a check is kept (the team removes it under the retention rules). The row is marked deleted
 * (kept for the audit trail) and the file itself is removed from storage.
 */
export async function deleteMyDocument(viewer: Viewer | null, documentId: string) {
  const v = authorize(viewer, "candidate.write.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  const doc = await db().$transaction(async (tx) => {
    const d = await tx.document.findFirst({
      where: { id: documentId, councilId: v.councilId, candidateId, candidate: { userId: v.userId }, deletedAt: null },
      select: { id: true, kind: true, storageKey: true, _count: { select: { checks: true } } },
    });
    if (!d) throw new NotFoundError("We could not find that document.");
    if (d._count.checks > 0) {
      throw new DomainError("The Connect2 team has used this document for one of your checks, so it cannot be removed here. Contact the team if it is wrong.");
    }
    const moved = await tx.document.updateMany({ where: { id: d.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (moved.count !== 1) throw new NotFoundError("We could not find that document.");
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "document.delete", entityType: "Document", entityId: d.id,
      changes: { kind: d.kind },
    });
    return d;
  });
  await removeStoredFile(doc.storageKey).catch(() => undefined);
  return { id: doc.id };
}
