import "server-only";
import { db } from "@/lib/db";
import { authorize, requireViewer, type Viewer } from "@/lib/auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { readStoredFile } from "./storage";

export type OpenedDocument = { filename: string; mimeType: string; sizeBytes: number; body: ReadableStream<Uint8Array> };

/**
 * A stored document for download: only to the candidate who owns it, or to the Connect2 team (and admins)
 * of the same council. The record is loaded with that scope in the same `where`; anyone else gets "not
 * found", whether or not it exists. Team downloads are audited (it is personal data).
 */
export async function openDocument(viewer: Viewer | null, documentId: string): Promise<OpenedDocument> {
  const v = requireViewer(viewer);
  let where;
  if (v.role === "CANDIDATE") {
    authorize(v, "candidate.read.own");
    if (!v.candidateId) throw new NotFoundError("We could not find that document.");
    where = { id: documentId, councilId: v.councilId, candidateId: v.candidateId, candidate: { userId: v.userId }, deletedAt: null };
  } else if (v.role === "AGENCY" || v.role === "ADMIN") {
    authorize(v, "candidate.read.council");
    where = { id: documentId, councilId: v.councilId, candidate: { councilId: v.councilId }, deletedAt: null };
  } else {
    throw new ForbiddenError();
  }
  const doc = await db().document.findFirst({ where, select: { id: true, filename: true, mimeType: true, sizeBytes: true, storageKey: true } });
  if (!doc) throw new NotFoundError("We could not find that document.");
  const body = await readStoredFile(doc.storageKey);
  if (!body) throw new NotFoundError("The file for that document is missing.");
  if (v.role !== "CANDIDATE") {
    await writeAudit(db(), {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "document.download", entityType: "Document", entityId: doc.id,
    });
  }
  return { filename: doc.filename, mimeType: doc.mimeType, sizeBytes: doc.sizeBytes, body };
}
