import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { normalisePostcode } from "@/lib/candidates/local-resident";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { duplicateReasons, normaliseEmail, normaliseName, normalisePhone, type DuplicateFields, type DuplicateReason } from "./match";

export type DuplicateMatch = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  dateOfBirth: Date | null;
  postcode: string;
  createdAt: Date;
  reasons: DuplicateReason[];
};

type Row = { id: string; firstName: string; lastName: string; email: string; phone: string | null; dateOfBirth: Date | null; postcode: string; createdAt: Date };

const fieldsOf = (r: { firstName: string; lastName: string; email: string | null; phone: string | null; dateOfBirth: Date | null; postcode: string | null }): DuplicateFields => ({
  firstName: r.firstName, lastName: r.lastName, email: r.email, phone: r.phone,
  dateOfBirth: r.dateOfBirth ? r.dateOfBirth.toISOString().slice(0, 10) : null, postcode: r.postcode,
});

/**
 * Live candidate records in a council that look like the same person as `fields` (not merged away, not
 * anonymised, not `excludeId`). SQL narrows by email, the last 9 digits of the phone, or the name with the date
 * of birth or postcode; the pure rule (./match.ts) then decides and says why.
 */
export async function findDuplicatesOf(
  client: Db | Tx,
  councilId: string,
  fields: { firstName: string; lastName: string; email: string | null; phone: string | null; dateOfBirth: Date | null; postcode: string | null },
  excludeId: string | null = null,
): Promise<DuplicateMatch[]> {
  const email = normaliseEmail(fields.email) ?? "";
  const phone = normalisePhone(fields.phone);
  const phoneTail = phone ? phone.slice(-9) : "";
  const first = normaliseName(fields.firstName);
  const last = normaliseName(fields.lastName);
  const postcode = fields.postcode ? (normalisePostcode(fields.postcode) ?? fields.postcode.trim().toUpperCase()) : "";
  const dob = fields.dateOfBirth ? fields.dateOfBirth.toISOString().slice(0, 10) : null;
  const rows = await client.$queryRaw<Row[]>`
    select id, "firstName", "lastName", email, phone, "dateOfBirth", postcode, "createdAt"
    from "CandidateProfile"
    where "councilId" = ${councilId} and id <> ${excludeId ?? ""} and "mergedIntoId" is null and "anonymisedAt" is null
      and (
        (${email} <> '' and lower(trim(email)) = ${email})
        or (${phoneTail} <> '' and right(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), 9) = ${phoneTail})
        or (${first} <> '' and regexp_replace(lower("firstName"), '[^a-z0-9]', '', 'g') = ${first}
            and regexp_replace(lower("lastName"), '[^a-z0-9]', '', 'g') = ${last}
            and ("dateOfBirth" = ${dob}::date or postcode = ${postcode}))
      )
    order by "createdAt" asc
    limit 50`;
  const me = fieldsOf(fields);
  return rows.map((r) => ({ ...r, reasons: duplicateReasons(me, fieldsOf(r)) })).filter((r) => r.reasons.length > 0);
}

/** On demand, from the candidate record: likely duplicates of one candidate in the viewer's council. */
export async function findDuplicates(viewer: Viewer | null, candidateId: string): Promise<DuplicateMatch[]> {
  const v = authorize(viewer, "candidate.read.council");
  const c = await db().candidateProfile.findFirst({
    where: { id: candidateId, councilId: v.councilId },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true, dateOfBirth: true, postcode: true },
  });
  if (!c) throw new NotFoundError("We could not find that candidate.");
  return findDuplicatesOf(db(), v.councilId, c, c.id);
}

export type DuplicatePair = { a: DuplicateMatch; b: DuplicateMatch; reasons: DuplicateReason[] };

/**
 * Every likely duplicate pair in the council (a sweep on demand), oldest record first in each pair. Four equality
 * joins (email, phone digits, name + date of birth, name + postcode) keep it to hash joins on a large pool.
 */
export async function listDuplicatePairs(viewer: Viewer | null, opts: { page?: number } = {}): Promise<Page<DuplicatePair>> {
  const v = authorize(viewer, "candidate.read.council");
  const page = opts.page ?? 1;
  const all = await allPairs(v.councilId);
  return toPage(all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), all.length, page);
}

/** Every likely pair, for the CSV export (the same sweep as the list). */
export async function exportDuplicatePairs(viewer: Viewer | null): Promise<DuplicatePair[]> {
  const v = authorize(viewer, "candidate.read.council");
  return allPairs(v.councilId);
}

async function allPairs(councilId: string): Promise<DuplicatePair[]> {
  const v = { councilId };
  const pairs = await db().$queryRaw<{ a: string; b: string }[]>`
    with c as (
      select id, "createdAt",
        nullif(lower(trim(email)), '') as e,
        nullif(right(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), 9), '') as ph,
        regexp_replace(lower("firstName"), '[^a-z0-9]', '', 'g') as fn,
        regexp_replace(lower("lastName"), '[^a-z0-9]', '', 'g') as ln,
        "dateOfBirth" as dob, postcode as pc
      from "CandidateProfile"
      where "councilId" = ${v.councilId} and "mergedIntoId" is null and "anonymisedAt" is null
    ), p as (
      select x.id as a, y.id as b from c x join c y on x.e = y.e and x.id < y.id
      union select x.id, y.id from c x join c y on x.ph = y.ph and length(x.ph) = 9 and x.id < y.id
      union select x.id, y.id from c x join c y on x.fn = y.fn and x.ln = y.ln and x.fn <> '' and x.dob = y.dob and x.id < y.id
      union select x.id, y.id from c x join c y on x.fn = y.fn and x.ln = y.ln and x.fn <> '' and x.pc = y.pc and x.id < y.id
    )
    select a, b from p order by a, b limit 2000`;
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const rows = ids.length
    ? await db().candidateProfile.findMany({
        where: { councilId: v.councilId, id: { in: ids } },
        select: { id: true, firstName: true, lastName: true, email: true, phone: true, dateOfBirth: true, postcode: true, createdAt: true },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const all: DuplicatePair[] = [];
  for (const p of pairs) {
    const [x, y] = [byId.get(p.a), byId.get(p.b)];
    if (!x || !y) continue;
    const reasons = duplicateReasons(fieldsOf(x), fieldsOf(y));
    if (!reasons.length) continue;
    const [older, newer] = x.createdAt <= y.createdAt ? [x, y] : [y, x];
    all.push({ a: { ...older, reasons }, b: { ...newer, reasons }, reasons });
  }
  return all;
}
