import "server-only";
import { likeLiteral } from "@/lib/search";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { londonToday } from "@/lib/jobs/clock";
import { recordCheckSchema, type RecordCheckInput } from "./schemas";
import { mayReplace, supersedeScope } from "./supersede";

const d = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/**
 * The Connect2 team records a compliance check on a candidate: right to work (route, date checked, expiry),
 * DBS (level, certificate date, update service), a reference, a qualification, or professional registration
 * (body, number, renewal date). Checks are never edited in place: a decided (passed or failed) right to work, DBS
 * or registration check (same body) supersedes the current ones, which stay as history (a renewal replaces an
 * expired permission); a pending re-check supersedes nothing and sits beside the current check until its outcome
 * is recorded (lib/checks/supersede.ts). `supersedesId` replaces one particular check (a pending reference that
 * has come back). One transaction with the audit event.
 */
export async function recordCheck(viewer: Viewer | null, raw: RecordCheckInput, today = londonToday()) {
  const v = authorize(viewer, "candidate.write.council");
  const input = recordCheckSchema.parse(raw);
  if (input.checkedOn > today) throw new DomainError("Check the date", { checkedOn: "Date of the check must be today or in the past" });
  return db().$transaction(async (tx) => {
    const cand = await tx.candidateProfile.findFirst({
      where: { id: input.candidateId, councilId: v.councilId },
      select: { id: true, mergedIntoId: true, anonymisedAt: true },
    });
    if (!cand) throw new NotFoundError("We could not find that candidate.");
    if (cand.mergedIntoId || cand.anonymisedAt) throw new DomainError("This record is closed (merged or anonymised); record checks on the current record.");
    if (input.documentId) {
      const doc = await tx.document.findFirst({ where: { id: input.documentId, candidateId: cand.id, councilId: v.councilId, deletedAt: null }, select: { id: true } });
      if (!doc) throw new DomainError("Check the document", { documentId: "Choose one of this candidate's documents" });
    }
    const now = new Date();
    const scope = supersedeScope({ type: input.type, status: input.status, registrationBody: input.type === "PROFESSIONAL_REGISTRATION" ? input.registrationBody : null });
    const supersede =
      scope?.type === "PROFESSIONAL_REGISTRATION"
        ? // Case-insensitive equality becomes ILIKE in SQL: escape its wildcards so "%" matches only "%".
          { type: scope.type, registrationBody: { equals: likeLiteral(scope.registrationBody), mode: "insensitive" as const } }
        : scope;
    const replaced = await tx.complianceCheck.findMany({
      where: {
        candidateId: cand.id, councilId: v.councilId, supersededAt: null,
        OR: [...(supersede ? [supersede] : []), ...(input.supersedesId ? [{ id: input.supersedesId }] : [])],
      },
      select: { id: true, type: true, status: true },
    });
    if (input.supersedesId) {
      const named = replaced.find((r) => r.id === input.supersedesId);
      if (!named || named.type !== input.type) throw new DomainError("The check being replaced is not a current check of this kind for this candidate.");
      if (!mayReplace(input, named)) {
        throw new DomainError("Check the outcome", { status: "A pending check can only replace another pending check: record the outcome once it is known" });
      }
    }
    if (replaced.length) {
      await tx.complianceCheck.updateMany({ where: { id: { in: replaced.map((r) => r.id) } }, data: { supersededAt: now } });
    }
    const check = await tx.complianceCheck.create({
      data: {
        councilId: v.councilId, candidateId: cand.id, type: input.type, status: input.status, checkedOn: d(input.checkedOn), checkedById: v.userId,
        notes: input.notes, documentId: input.documentId,
        ...(input.type === "RIGHT_TO_WORK" ? { rightToWorkRoute: input.rightToWorkRoute, expiresOn: d(input.expiresOn) } : {}),
        ...(input.type === "DBS"
          ? { dbsLevel: input.dbsLevel, dbsCertificateDate: d(input.dbsCertificateDate), dbsCertificateNo: input.dbsCertificateNo, dbsUpdateService: input.dbsUpdateService }
          : {}),
        ...(input.type === "REFERENCE" ? { refereeName: input.refereeName, refereeOrganisation: input.refereeOrganisation } : {}),
        ...(input.type === "QUALIFICATION" ? { qualificationName: input.qualificationName } : {}),
        ...(input.type === "PROFESSIONAL_REGISTRATION"
          ? { registrationBody: input.registrationBody, registrationNumber: input.registrationNumber, expiresOn: d(input.expiresOn) }
          : {}),
      },
      select: { id: true, type: true, status: true },
    });
    await tx.candidateProfile.update({ where: { id: cand.id }, data: { lastActivityAt: now } });
    const { candidateId: _c, supersedesId: _s, ...recorded } = input;
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "compliance-check.record", entityType: "CandidateProfile", entityId: cand.id,
      changes: { checkId: check.id, ...recorded, superseded: replaced.map((r) => r.id) },
    });
    return { ...check, superseded: replaced.map((r) => r.id) };
  });
}
