import "server-only";
import { isValid, validOutcode } from "postcode";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { recomputeLocality } from "@/lib/postcodes/recompute-locality";
import { localAreaSchema, thresholdSchema, type LocalAreaInput, type ThresholdInput } from "./schemas";

/** The estimated cost above which a requisition needs a second approval (head of service or finance). */
export async function updateApprovalThreshold(viewer: Viewer | null, raw: ThresholdInput) {
  const v = authorize(viewer, "admin.settings");
  const input = thresholdSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const before = await tx.council.findUniqueOrThrow({ where: { id: v.councilId }, select: { approvalThresholdPence: true } });
    await tx.council.update({ where: { id: v.councilId }, data: { approvalThresholdPence: input.threshold } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "council.approval-threshold", entityType: "Council", entityId: v.councilId,
      changes: { approvalThresholdPence: [before.approvalThresholdPence, input.threshold] },
    });
    return { thresholdPence: input.threshold };
  });
}

/**
 * The local-area definition (rule 1): postcode districts counted as local, sectors inside them that are outside
 * the council's boundary, and the council's ONS local-authority codes (for imported lookups). Districts and
 * sectors are checked with the `postcode` library. Every candidate's local flag is then worked out again.
 */
export async function updateLocalArea(viewer: Viewer | null, raw: LocalAreaInput) {
  const v = authorize(viewer, "admin.settings");
  const input = localAreaSchema.parse(raw);
  const badDistrict = input.postcodeDistricts.find((d) => !validOutcode(d));
  if (badDistrict) throw new DomainError("Check the districts", { postcodeDistricts: `"${badDistrict}" is not a postcode district, like LU1` });
  // a sector is a district, a space and a digit: "LU2 8" is a sector exactly when "LU2 8AA" is a valid postcode
  const badSector = input.excludedSectors.find((s) => !isValid(`${s}AA`) || !/\s\d$/.test(s));
  if (badSector) throw new DomainError("Check the sectors", { excludedSectors: `"${badSector}" is not a postcode sector, like LU2 8` });
  const badCode = input.localAuthorityCodes.find((c) => !/^[EWSN]\d{8}$/.test(c));
  if (badCode) throw new DomainError("Check the codes", { localAuthorityCodes: `"${badCode}" is not a local authority code, like E06000032` });
  return db().$transaction(
    async (tx) => {
      const before = await tx.localArea.findUnique({ where: { councilId: v.councilId } });
      const data = { postcodeDistricts: input.postcodeDistricts, excludedSectors: input.excludedSectors, localAuthorityCodes: input.localAuthorityCodes, updatedById: v.userId };
      await tx.localArea.upsert({ where: { councilId: v.councilId }, create: { ...data, councilId: v.councilId }, update: data });
      const locality = await recomputeLocality(tx, v.councilId, { userId: v.userId, role: v.role === "ADMIN" ? "ADMIN" : "AGENCY" }, "local area changed");
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "council.local-area", entityType: "Council", entityId: v.councilId,
        changes: {
          postcodeDistricts: [before?.postcodeDistricts ?? null, input.postcodeDistricts],
          excludedSectors: [before?.excludedSectors ?? null, input.excludedSectors],
          localAuthorityCodes: [before?.localAuthorityCodes ?? null, input.localAuthorityCodes],
          locality,
        },
      });
      return locality;
    },
    { timeout: 120_000 },
  );
}
