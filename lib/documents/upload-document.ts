import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { agencyTeam, notify } from "@/lib/notifications/notify";
import { DOCUMENT_KIND_LABEL } from "@/lib/candidates/labels";
import { checkDocumentFile, cleanFilename } from "./file-check";
import { newStorageKey, removeStoredFile, writeStoredFile } from "./storage";
import type { UploadDocumentInput } from "./schemas";

/** Enough for every check several times over; stops an account being used as file storage. */
export const MAX_DOCUMENTS_PER_CANDIDATE = 50;

/**
 * A candidate uploads one of their own documents. The type is decided from the content (PDF, JPG or PNG,
 * up to 10 MB); the file is written under the upload directory with a random key, then the Document row,
 * audit event and a note to the Connect2 team are written in one transaction (the file is removed again
 * if that fails).
 */
export async function uploadMyDocument(viewer: Viewer | null, input: UploadDocumentInput) {
  const v = authorize(viewer, "candidate.write.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const candidateId = v.candidateId;
  const profile = await db().candidateProfile.findFirst({
    where: { id: candidateId, councilId: v.councilId, userId: v.userId },
    select: { id: true, firstName: true, lastName: true, _count: { select: { documents: { where: { deletedAt: null } } } } },
  });
  if (!profile) throw new NotFoundError("We could not find your candidate profile.");
  if (profile._count.documents >= MAX_DOCUMENTS_PER_CANDIDATE) {
    throw new DomainError(`You have ${MAX_DOCUMENTS_PER_CANDIDATE} documents already. Remove one you no longer need before adding another.`);
  }
  const check = await checkDocumentFile(input.bytes);
  if (!check.ok) throw new DomainError(check.message, { file: check.message });

  const storageKey = newStorageKey(v.councilId, candidateId, check.ext);
  await writeStoredFile(storageKey, input.bytes);
  try {
    return await db().$transaction(async (tx) => {
      const doc = await tx.document.create({
        data: {
          councilId: v.councilId,
          candidateId,
          kind: input.kind,
          filename: cleanFilename(input.filename, check.ext),
          mimeType: check.mime,
          sizeBytes: input.bytes.byteLength,
          storageKey,
          sha256: createHash("sha256").update(input.bytes).digest("hex"),
          uploadedById: v.userId,
        },
      });
      await tx.candidateProfile.update({ where: { id: candidateId }, data: { lastActivityAt: new Date() } });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "document.upload", entityType: "Document", entityId: doc.id,
        changes: { kind: doc.kind, mimeType: doc.mimeType, sizeBytes: doc.sizeBytes },
      });
      await notify(tx, {
        councilId: v.councilId,
        userIds: await agencyTeam(tx, v.councilId),
        kind: "document.uploaded",
        title: `New document from ${profile.firstName} ${profile.lastName}`,
        body: `${profile.firstName} ${profile.lastName} uploaded a document: ${DOCUMENT_KIND_LABEL[doc.kind]}.`,
        link: `/documents/${doc.id}`,
      });
      return doc;
    });
  } catch (e) {
    await removeStoredFile(storageKey).catch(() => undefined);
    throw e;
  }
}
