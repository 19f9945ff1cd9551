// Likely duplicate candidate records (pure, table-tested): the same email, the same phone number, or the same
// name with the same date of birth or the same postcode. Values are compared after normalising: emails and names
// case- and space-insensitively, phone numbers by their digits (+44 / 0044 read as a leading 0), postcodes by the
// `postcode` library (lib/candidates/local-resident.ts), never a home-made pattern.
import { normalisePostcode } from "@/lib/candidates/local-resident";

export type DuplicateReason = "SAME_EMAIL" | "SAME_PHONE" | "SAME_NAME_AND_DOB" | "SAME_NAME_AND_POSTCODE";

export const DUPLICATE_REASON_LABEL: Record<DuplicateReason, string> = {
  SAME_EMAIL: "same email address",
  SAME_PHONE: "same phone number",
  SAME_NAME_AND_DOB: "same name and date of birth",
  SAME_NAME_AND_POSTCODE: "same name and postcode",
};

export interface DuplicateFields {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  postcode: string | null;
}

export function normaliseEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}

/** Digits only, with the UK country code read as a leading 0: "+44 7700 900123" and "+44 (0)7700 900123" → "07700900123". Too short → null. */
export function normalisePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, "");
  let international = false;
  if (digits.startsWith("0044")) [digits, international] = [digits.slice(4), true];
  else if (digits.startsWith("44") && (digits.length === 12 || digits.length === 13)) [digits, international] = [digits.slice(2), true];
  // "+44 (0)7700 900123": the bracketed trunk 0 is already there
  if (international && !digits.startsWith("0")) digits = `0${digits}`;
  return digits.length >= 9 ? digits : null;
}

/** Lower case, accents removed, punctuation and repeated spaces dropped: "  O'Brien-Smith " → "obriensmith". */
export function normaliseName(name: string | null | undefined): string {
  return (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function samePostcode(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const na = normalisePostcode(a) ?? a.trim().toUpperCase();
  const nb = normalisePostcode(b) ?? b.trim().toUpperCase();
  return na === nb;
}

/** Why two records look like the same person (empty when they do not). */
export function duplicateReasons(a: DuplicateFields, b: DuplicateFields): DuplicateReason[] {
  const out: DuplicateReason[] = [];
  const ea = normaliseEmail(a.email);
  if (ea && ea === normaliseEmail(b.email)) out.push("SAME_EMAIL");
  const pa = normalisePhone(a.phone);
  if (pa && pa === normalisePhone(b.phone)) out.push("SAME_PHONE");
  const sameName = normaliseName(a.firstName) !== "" && normaliseName(a.firstName) === normaliseName(b.firstName) && normaliseName(a.lastName) !== "" && normaliseName(a.lastName) === normaliseName(b.lastName);
  if (sameName && a.dateOfBirth && a.dateOfBirth === b.dateOfBirth) out.push("SAME_NAME_AND_DOB");
  if (sameName && samePostcode(a.postcode, b.postcode)) out.push("SAME_NAME_AND_POSTCODE");
  return out;
}
