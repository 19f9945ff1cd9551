import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { decideLocalResident, defaultLocalArea } from "@/lib/candidates/local-resident";

/**
 * Work out every live candidate's local-resident flag again after the council's local area or its imported
 * postcode lookup changed (rule 1, lib/candidates/local-resident.ts — the same inputs `localResidentFor` in
 * lib/candidates/locality.ts uses, read once for the whole council instead of once per candidate). Only flags
 * that change are written, each with its own audit event. Placements keep the flag frozen when they were made.
 */
export async function recomputeLocality(tx: Tx, councilId: string, actor: { userId: string; role: "ADMIN" | "AGENCY" }, reason: string) {
  const [area, council] = await Promise.all([
    tx.localArea.findUnique({ where: { councilId } }),
    tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { localAuthorityCode: true } }),
  ]);
  const definition = area ?? defaultLocalArea(council.localAuthorityCode);
  const councilLaCodes = area?.localAuthorityCodes.length ? area.localAuthorityCodes : [council.localAuthorityCode];
  const candidates = await tx.candidateProfile.findMany({
    where: { councilId, anonymisedAt: null },
    select: { id: true, postcode: true, isLocal: true },
  });
  const lookups = await tx.postcodeLookup.findMany({
    where: { councilId, postcode: { in: [...new Set(candidates.map((c) => c.postcode))] } },
    select: { postcode: true, localAuthorityCode: true },
  });
  const laOf = new Map(lookups.map((l) => [l.postcode, l.localAuthorityCode]));
  const toLocal: string[] = [];
  const toNotLocal: string[] = [];
  const reasons = new Map<string, string>();
  for (const c of candidates) {
    const d = decideLocalResident({ postcode: c.postcode, area: definition, lookupLaCode: laOf.get(c.postcode) ?? null, councilLaCodes });
    if (d.local === null) continue; // an unreadable postcode keeps its flag
    if (d.local !== c.isLocal) {
      (d.local ? toLocal : toNotLocal).push(c.id);
      reasons.set(c.id, d.reason);
    }
  }
  for (let i = 0; i < toLocal.length; i += 1000) await tx.candidateProfile.updateMany({ where: { id: { in: toLocal.slice(i, i + 1000) } }, data: { isLocal: true } });
  for (let i = 0; i < toNotLocal.length; i += 1000) await tx.candidateProfile.updateMany({ where: { id: { in: toNotLocal.slice(i, i + 1000) } }, data: { isLocal: false } });
  const changed = [...toLocal.map((id) => [id, true] as const), ...toNotLocal.map((id) => [id, false] as const)];
  for (let i = 0; i < changed.length; i += 1000) {
    await tx.auditEvent.createMany({
      data: changed.slice(i, i + 1000).map(([id, local]) => ({
        id: randomUUID(), councilId, actorId: actor.userId, actorRole: actor.role, action: "candidate.locality", entityType: "CandidateProfile", entityId: id,
        changes: { localResident: [!local, local], localReason: reasons.get(id) ?? null, because: reason },
      })),
    });
  }
  return { considered: candidates.length, nowLocal: toLocal.length, nowNotLocal: toNotLocal.length };
}
