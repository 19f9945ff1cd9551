// Domain rule 1: is a candidate a local resident? Decided from their full UK postcode against the council's local
// area: an imported ONS postcode lookup (postcode → local-authority code) wins when present; otherwise the postcode
// district must be in the configured list and its sector not in the excluded list. Postcodes are parsed and
// normalised by the `postcode` library, never a home-made regex.
import { parse, toNormalised } from "postcode";

export interface LocalAreaDefinition {
  /** Outward codes counted as local, e.g. ["LU1", "LU2", "LU3", "LU4"]. */
  postcodeDistricts: ReadonlyArray<string>;
  /** Sectors inside those districts that lie outside the council's area, e.g. ["LU2 8"]. */
  excludedSectors: ReadonlyArray<string>;
}

/** Luton Borough Council (ONS code E06000032). */
export const LUTON_LA_CODE = "E06000032";

/**
 * Default local area for Luton: districts LU1–LU4 (LU5 Dunstable, LU6 and LU7 Leighton Buzzard are in Central
 * Bedfordshire). The excluded sector is the illustrative one from the brief ("LU2 8"); sector boundaries do not
 * follow the borough boundary exactly, so admins should confirm it and import the ONS lookup, which then wins.
 */
export const LUTON_DEFAULT_AREA: LocalAreaDefinition = {
  postcodeDistricts: ["LU1", "LU2", "LU3", "LU4"],
  excludedSectors: ["LU2 8"],
};

/** No districts: until a council configures its local area (or imports an ONS lookup), nobody is local by postcode district. */
export const NO_LOCAL_AREA: LocalAreaDefinition = { postcodeDistricts: [], excludedSectors: [] };

/**
 * The area used while a council has configured none: Luton's default for Luton, otherwise none (never another
 * council's districts, which would mark every one of its own residents as not local and Luton's as local).
 */
export function defaultLocalArea(localAuthorityCode: string): LocalAreaDefinition {
  return localAuthorityCode === LUTON_LA_CODE ? LUTON_DEFAULT_AREA : NO_LOCAL_AREA;
}

export interface LocalResidentInput {
  postcode: string;
  area: LocalAreaDefinition;
  /** Local-authority code for this postcode from an imported ONS table; undefined when not found / not imported. */
  lookupLaCode?: string | null;
  /** The council's own local-authority codes, e.g. ["E06000032"]. */
  councilLaCodes?: ReadonlyArray<string>;
}

export interface LocalResidentDecision {
  valid: boolean;
  normalised: string | null;
  /** null when the postcode is not a valid full UK postcode. */
  local: boolean | null;
  source: "ons-lookup" | "local-area" | null;
  reason: string;
}

/** Normalises a full UK postcode ("lu11aa" → "LU1 1AA"); null when invalid. */
export function normalisePostcode(raw: string): string | null {
  return toNormalised(raw.trim());
}

/** Upper-cases and collapses spaces in an admin-entered district or sector ("lu2  8" → "LU2 8"). */
function tidyCode(code: string): string {
  return code.trim().toUpperCase().split(/\s+/).join(" ");
}

/** Decides local residence from a postcode (rule 1): ONS lookup first, then districts minus excluded sectors. */
export function decideLocalResident(input: LocalResidentInput): LocalResidentDecision {
  const parsed = parse(input.postcode.trim());
  if (!parsed.valid) {
    return { valid: false, normalised: null, local: null, source: null, reason: `"${input.postcode.trim()}" is not a valid full UK postcode.` };
  }
  const { postcode, outcode, district, sector } = parsed;
  const laCodes = (input.councilLaCodes ?? []).map(tidyCode);
  const lookup = input.lookupLaCode ? tidyCode(input.lookupLaCode) : null;
  if (lookup !== null && laCodes.length > 0) {
    const local = laCodes.includes(lookup);
    return {
      valid: true, normalised: postcode, local, source: "ons-lookup",
      reason: local
        ? `${postcode} is in local authority ${lookup} (ONS postcode lookup), which is the council's area.`
        : `${postcode} is in local authority ${lookup} (ONS postcode lookup), outside the council's area.`,
    };
  }
  const districts = input.area.postcodeDistricts.map(tidyCode);
  const excluded = input.area.excludedSectors.map(tidyCode);
  const note = lookup !== null ? " (An ONS lookup result exists but no council local-authority codes are configured.)" : "";
  if (!districts.includes(outcode) && !districts.includes(district)) {
    return { valid: true, normalised: postcode, local: false, source: "local-area", reason: `${postcode} is in district ${outcode}, which is not one of the local districts (${districts.join(", ") || "none configured"}).${note}` };
  }
  if (excluded.includes(sector)) {
    return { valid: true, normalised: postcode, local: false, source: "local-area", reason: `${postcode} is in sector ${sector}, which is excluded from the local area because it lies outside the council's boundary.${note}` };
  }
  return { valid: true, normalised: postcode, local: true, source: "local-area", reason: `${postcode} is in local district ${outcode}.${note}` };
}
