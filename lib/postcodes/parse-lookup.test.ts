import { describe, expect, it } from "vitest";
import { parseLookupCsv } from "./parse-lookup";

describe("parseLookupCsv", () => {
  it("reads plain headers, normalises postcodes and reports the one bad row with its line number", () => {
    const csv = "postcode,local_authority_code,ward_code,ward_name\nlu11aa,E06000032,E05008900,High Town\nLU2 8AB,E06000056,,\nNOT A POSTCODE,E06000032,,\n";
    const out = parseLookupCsv(csv);
    expect(out.fileError).toBeNull();
    expect(out.total).toBe(3);
    expect(out.rows).toEqual([
      { line: 2, postcode: "LU1 1AA", localAuthorityCode: "E06000032", wardCode: "E05008900", wardName: "High Town" },
      { line: 3, postcode: "LU2 8AB", localAuthorityCode: "E06000056", wardCode: null, wardName: null },
    ]);
    expect(out.errors).toEqual([{ line: 4, message: '"NOT A POSTCODE" is not a valid full UK postcode' }]);
  });

  it("reads ONS headers in any case, with a BOM, quoted cells and CRLF", () => {
    const csv = '\uFEFFPCDS,OSLAUA,OSWARD\r\n"LU4 9AA",e06000032,E05008901\r\n';
    const out = parseLookupCsv(csv);
    expect(out.rows).toEqual([{ line: 2, postcode: "LU4 9AA", localAuthorityCode: "E06000032", wardCode: "E05008901", wardName: null }]);
  });

  it.each([
    ["missing LA code", "postcode,oslaua\nLU1 1AA,\n", "No local authority code for LU1 1AA"],
    ["bad LA code", "postcode,oslaua\nLU1 1AA,LUTON\n", '"LUTON" is not a local authority code like E06000032'],
    ["bad ward code", "postcode,oslaua,osward\nLU1 1AA,E06000032,W1\n", '"W1" is not a ward code like E05008900'],
    ["no postcode", "postcode,oslaua\n,E06000032\n", "No postcode"],
    ["duplicate", "postcode,oslaua\nLU1 1AA,E06000032\nlu1 1aa,E06000032\n", "LU1 1AA is already on line 2; this row was left out"],
  ])("%s", (_n, csv, message) => {
    expect(parseLookupCsv(csv).errors.map((e) => e.message)).toContain(message);
  });

  it("skips blank lines but keeps line numbers true to the file", () => {
    const out = parseLookupCsv("postcode,oslaua\n\nLU1 1AA,E06000032\n\nXX,E06000032\n");
    expect(out.total).toBe(2);
    expect(out.rows[0].line).toBe(3);
    expect(out.errors).toEqual([{ line: 5, message: '"XX" is not a valid full UK postcode' }]);
  });

  it.each([
    ["empty file", "", "The file is empty"],
    ["no postcode column", "code,oslaua\nLU1 1AA,E06000032\n", "no postcode column was found"],
    ["no LA column", "postcode,ward\nLU1 1AA,E05008900\n", "no local authority code column was found"],
  ])("refuses the whole file: %s", (_n, csv, message) => {
    expect(parseLookupCsv(csv).fileError).toContain(message);
  });
});
