// Parse an ONS-style postcode lookup extract (pure, table-tested): a CSV with a header row naming the postcode
// column and the local-authority code column, optionally the ward code and ward name. The usual ONS headers
// (pcds / pcd / pcd7 / pcd8, oslaua / lad*cd, osward / wd*cd, wd*nm) and plain names (postcode,
// local_authority_code, ward_code, ward_name) are recognised, in any case. Postcodes are normalised by the
// `postcode` library; local-authority and ward codes must be 9-character GSS codes (e.g. E06000032). Bad rows
// are reported with their line number in the file and the reason; good rows are kept; a postcode that appears
// twice keeps its first row.
import { parse } from "csv-parse/sync";
import { normalisePostcode } from "@/lib/candidates/local-resident";

export interface LookupRow {
  line: number;
  postcode: string;
  localAuthorityCode: string;
  wardCode: string | null;
  wardName: string | null;
}

export interface LookupError {
  line: number;
  message: string;
}

export interface ParsedLookup {
  rows: LookupRow[];
  errors: LookupError[];
  /** data rows in the file (not counting the header) */
  total: number;
  /** set when the file cannot be read at all (no header, missing columns) */
  fileError: string | null;
}

const GSS_CODE = /^[EWSNLM]\d{8}$/;

const POSTCODE_HEADERS = ["postcode", "pcds", "pcd", "pcd7", "pcd8", "post_code"];
const LA_HEADERS = ["local_authority_code", "localauthoritycode", "la_code", "lacode", "oslaua", "lad", "ladcd", "lad23cd", "lad24cd", "lad25cd", "lad22cd", "lad21cd"];
const WARD_HEADERS = ["ward_code", "wardcode", "osward", "ward", "wd", "wdcd", "wd23cd", "wd24cd", "wd25cd", "wd22cd"];
const WARD_NAME_HEADERS = ["ward_name", "wardname", "wdnm", "wd23nm", "wd24nm", "wd25nm", "wd22nm"];

function find(headers: string[], names: string[]): number {
  return headers.findIndex((h) => names.includes(h));
}

export function parseLookupCsv(text: string): ParsedLookup {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: false, trim: true, bom: true });
  } catch (e) {
    return { rows: [], errors: [], total: 0, fileError: `The file is not a readable CSV: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (records.length === 0) return { rows: [], errors: [], total: 0, fileError: "The file is empty" };
  const headers = records[0].map((h) => h.trim().toLowerCase().replace(/\s+/g, "_"));
  const pc = find(headers, POSTCODE_HEADERS);
  const la = find(headers, LA_HEADERS);
  if (pc === -1 || la === -1) {
    return {
      rows: [], errors: [], total: Math.max(0, records.length - 1),
      fileError: `The first row must name the columns: a postcode column (postcode or pcds) and a local authority code column (local_authority_code or oslaua)${pc === -1 ? "; no postcode column was found" : ""}${la === -1 ? "; no local authority code column was found" : ""}`,
    };
  }
  const ward = find(headers, WARD_HEADERS);
  const wardName = find(headers, WARD_NAME_HEADERS);
  const rows: LookupRow[] = [];
  const errors: LookupError[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    if (r.every((cell) => cell.trim() === "")) return; // blank lines are not rows
    total++;
    const rawPostcode = (r[pc] ?? "").trim();
    const laCode = (r[la] ?? "").trim().toUpperCase();
    const wardCode = ward === -1 ? "" : (r[ward] ?? "").trim().toUpperCase();
    const postcode = rawPostcode ? normalisePostcode(rawPostcode) : null;
    if (!rawPostcode) return errors.push({ line, message: "No postcode" });
    if (!postcode) return errors.push({ line, message: `"${rawPostcode}" is not a valid full UK postcode` });
    if (!laCode) return errors.push({ line, message: `No local authority code for ${postcode}` });
    if (!GSS_CODE.test(laCode)) return errors.push({ line, message: `"${laCode}" is not a local authority code like E06000032` });
    if (wardCode && !GSS_CODE.test(wardCode)) return errors.push({ line, message: `"${wardCode}" is not a ward code like E05008900` });
    const first = seen.get(postcode);
    if (first !== undefined) return errors.push({ line, message: `${postcode} is already on line ${first}; this row was left out` });
    seen.set(postcode, line);
    rows.push({ line, postcode, localAuthorityCode: laCode, wardCode: wardCode || null, wardName: wardName === -1 ? null : (r[wardName] ?? "").trim() || null });
  });
  return { rows, errors, total, fileError: null };
}
