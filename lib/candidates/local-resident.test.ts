import { describe, expect, it } from "vitest";
import { decideLocalResident, defaultLocalArea, LUTON_DEFAULT_AREA, LUTON_LA_CODE, normalisePostcode, type LocalResidentInput } from "./local-resident";

const luton = (postcode: string, extra: Partial<LocalResidentInput> = {}): LocalResidentInput => ({
  postcode,
  area: LUTON_DEFAULT_AREA,
  councilLaCodes: [LUTON_LA_CODE],
  ...extra,
});

describe("decideLocalResident", () => {
  it.each<[string, LocalResidentInput, boolean, string | null, boolean | null, "ons-lookup" | "local-area" | null, string]>([
    ["LU1 1AA is local", luton("LU1 1AA"), true, "LU1 1AA", true, "local-area", "LU1 1AA is in local district LU1."],
    ["lowercase, no space is normalised", luton("lu11aa"), true, "LU1 1AA", true, "local-area", "LU1 1AA is in local district LU1."],
    ["surrounding and doubled spaces are tolerated", luton("  lu4   9ab "), true, "LU4 9AB", true, "local-area", "LU4 9AB is in local district LU4."],
    ["LU5 (Dunstable) is not local", luton("LU5 4AA"), true, "LU5 4AA", false, "local-area", "LU5 4AA is in district LU5, which is not one of the local districts (LU1, LU2, LU3, LU4)."],
    ["LU7 (Leighton Buzzard) is not local", luton("LU7 1AA"), true, "LU7 1AA", false, "local-area", "LU7 1AA is in district LU7, which is not one of the local districts (LU1, LU2, LU3, LU4)."],
    ["an excluded sector inside a local district is not local", luton("LU2 8AB"), true, "LU2 8AB", false, "local-area", "LU2 8AB is in sector LU2 8, which is excluded from the local area because it lies outside the council's boundary."],
    ["a neighbouring sector in the same district is local", luton("LU2 7AB"), true, "LU2 7AB", true, "local-area", "LU2 7AB is in local district LU2."],
    ["invalid postcode", luton("LU1"), false, null, null, null, "\"LU1\" is not a valid full UK postcode."],
    ["nonsense input", luton("not a postcode"), false, null, null, null, "\"not a postcode\" is not a valid full UK postcode."],
    ["empty input", luton("   "), false, null, null, null, "\"\" is not a valid full UK postcode."],
    ["ONS lookup says Luton: wins over an excluded sector", luton("LU2 8AB", { lookupLaCode: "E06000032" }), true, "LU2 8AB", true, "ons-lookup", "LU2 8AB is in local authority E06000032 (ONS postcode lookup), which is the council's area."],
    ["ONS lookup says Luton: wins over a non-local district", luton("LU5 4AA", { lookupLaCode: "E06000032" }), true, "LU5 4AA", true, "ons-lookup", "LU5 4AA is in local authority E06000032 (ONS postcode lookup), which is the council's area."],
    ["ONS lookup says another authority: wins over a local district", luton("LU1 4AA", { lookupLaCode: "E06000056" }), true, "LU1 4AA", false, "ons-lookup", "LU1 4AA is in local authority E06000056 (ONS postcode lookup), outside the council's area."],
    ["lookup undefined (not imported / not found): districts decide", luton("LU3 2AA", { lookupLaCode: undefined }), true, "LU3 2AA", true, "local-area", "LU3 2AA is in local district LU3."],
    ["lookup present but no council codes configured: districts decide", luton("LU3 2AA", { lookupLaCode: "E06000056", councilLaCodes: [] }), true, "LU3 2AA", true, "local-area", "LU3 2AA is in local district LU3. (An ONS lookup result exists but no council local-authority codes are configured.)"],
    ["admin-entered districts and sectors are tidied", { postcode: "LU2 8AB", area: { postcodeDistricts: [" lu2 "], excludedSectors: ["lu2   8"] } }, true, "LU2 8AB", false, "local-area", "LU2 8AB is in sector LU2 8, which is excluded from the local area because it lies outside the council's boundary."],
    ["a London sub-district postcode matches its outcode", { postcode: "ec1a1bb", area: { postcodeDistricts: ["EC1A"], excludedSectors: [] } }, true, "EC1A 1BB", true, "local-area", "EC1A 1BB is in local district EC1A."],
  ])("%s", (_name, input, valid, normalised, local, source, reason) => {
    expect(decideLocalResident(input)).toEqual({ valid, normalised, local, source, reason });
  });
});

describe("normalisePostcode", () => {
  it.each<[string, string | null]>([
    ["lu11aa", "LU1 1AA"],
    [" LU1 1AA ", "LU1 1AA"],
    ["sw1a2aa", "SW1A 2AA"],
    ["LU1", null],
    ["", null],
  ])("%s → %s", (raw, expected) => {
    expect(normalisePostcode(raw)).toBe(expected);
  });
});

describe("defaultLocalArea", () => {
  it("is Luton's LU1–LU4 for Luton and no districts for any other council", () => {
    expect(defaultLocalArea("E06000032")).toEqual({ postcodeDistricts: ["LU1", "LU2", "LU3", "LU4"], excludedSectors: ["LU2 8"] });
    expect(defaultLocalArea("E08000027")).toEqual({ postcodeDistricts: [], excludedSectors: [] });
  });

  it("marks nobody local by district for a council with no area configured, until an ONS lookup says so", () => {
    const area = defaultLocalArea("E08000027"); // Dudley
    expect(decideLocalResident({ postcode: "LU1 2BQ", area })).toMatchObject({ local: false, reason: expect.stringContaining("none configured") });
    expect(decideLocalResident({ postcode: "DY1 1HF", area, lookupLaCode: "E08000027", councilLaCodes: ["E08000027"] })).toMatchObject({ local: true, source: "ons-lookup" });
  });
});
