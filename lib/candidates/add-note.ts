import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";

export const noteSchema = z.object({
  candidateId: z.string().min(1),
  body: z.string().trim().min(1, "Enter the note").max(5000, "Note must be 5,000 characters or fewer"),
});

export type NoteInput = z.input<typeof noteSchema>;

/** The team adds a note to a candidate's record (kept; notes are never edited). */
export async function addCandidateNote(viewer: Viewer | null, raw: NoteInput) {
  const v = authorize(viewer, "candidate.write.council");
  const input = noteSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const c = await tx.candidateProfile.findFirst({ where: { id: input.candidateId, councilId: v.councilId }, select: { id: true } });
    if (!c) throw new NotFoundError("We could not find that candidate.");
    const note = await tx.candidateNote.create({ data: { councilId: v.councilId, candidateId: c.id, authorId: v.userId, body: input.body }, select: { id: true } });
    await writeAudit(tx, { councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "candidate.note", entityType: "CandidateProfile", entityId: c.id, changes: { noteId: note.id } });
    return note;
  });
}
