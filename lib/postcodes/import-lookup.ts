import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { parseLookupCsv, type LookupError } from "./parse-lookup";
import { recomputeLocality } from "./recompute-locality";

/**
 * Largest file accepted: 10 MB, under the 11 MB a server action's body may be (next.config.js), so a bigger file
 * gets this message beside the field rather than a server error. An extract for one council is far smaller.
 */
export const MAX_LOOKUP_BYTES = 10 * 1024 * 1024;
export const LOOKUP_TOO_BIG = "The file must be smaller than 10 MB";

export type ImportResult = {
  importId: string;
  rowsTotal: number;
  rowsImported: number;
  rowsRejected: number;
  errors: LookupError[];
  locality: { considered: number; nowLocal: number; nowNotLocal: number };
};

/**
 * An administrator imports an ONS-style postcode lookup (postcode → local authority code, ward) for their council.
 * Bad rows are reported with line numbers and left out; good rows are upserted (a postcode already imported takes
 * the new values). Then every candidate's local flag is worked out again, because the lookup now decides locality
 * for the postcodes it lists. One transaction: the PostcodeImport record (with its errors), the rows, the locality
 * changes and the audit events.
 */
export async function importPostcodeLookup(viewer: Viewer | null, file: { filename: string; text: string }): Promise<ImportResult> {
  const v = authorize(viewer, "admin.settings");
  if (Buffer.byteLength(file.text, "utf8") > MAX_LOOKUP_BYTES) throw new DomainError("The file is too big", { file: LOOKUP_TOO_BIG });
  const parsed = parseLookupCsv(file.text);
  if (parsed.fileError) throw new DomainError(parsed.fileError, { file: parsed.fileError });
  if (parsed.total === 0) throw new DomainError("The file has no rows", { file: "The file has a header row but no postcodes" });
  return db().$transaction(
    async (tx) => {
      const imp = await tx.postcodeImport.create({
        data: {
          councilId: v.councilId, filename: file.filename.slice(0, 200), rowsTotal: parsed.total, rowsImported: parsed.rows.length,
          rowsRejected: parsed.errors.length, errors: parsed.errors.slice(0, 1000).map((e) => ({ line: e.line, message: e.message })), createdById: v.userId,
        },
        select: { id: true },
      });
      for (let i = 0; i < parsed.rows.length; i += 2000) {
        const chunk = parsed.rows.slice(i, i + 2000);
        await tx.$executeRaw`
          insert into "PostcodeLookup" (id, "councilId", postcode, "localAuthorityCode", "wardCode", "wardName", "importId")
          select x.id, ${v.councilId}, x.postcode, x.la, x.ward, x.ward_name, ${imp.id}
          from unnest(${chunk.map(() => randomUUID())}::text[], ${chunk.map((r) => r.postcode)}::text[], ${chunk.map((r) => r.localAuthorityCode)}::text[],
                      ${chunk.map((r) => r.wardCode)}::text[], ${chunk.map((r) => r.wardName)}::text[]) as x(id, postcode, la, ward, ward_name)
          on conflict ("councilId", postcode) do update
            set "localAuthorityCode" = excluded."localAuthorityCode", "wardCode" = excluded."wardCode", "wardName" = excluded."wardName", "importId" = excluded."importId"`;
      }
      const locality = await recomputeLocality(tx, v.councilId, { userId: v.userId, role: v.role === "ADMIN" ? "ADMIN" : "AGENCY" }, `postcode lookup import ${imp.id}`);
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "postcode-lookup.import", entityType: "PostcodeImport", entityId: imp.id,
        changes: { filename: file.filename, rowsTotal: parsed.total, rowsImported: parsed.rows.length, rowsRejected: parsed.errors.length, locality },
      });
      return { importId: imp.id, rowsTotal: parsed.total, rowsImported: parsed.rows.length, rowsRejected: parsed.errors.length, errors: parsed.errors, locality };
    },
    { maxWait: 10_000, timeout: 180_000 },
  );
}
