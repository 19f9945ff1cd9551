import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes, keeps pounds and neutralises formulas", () => {
    const csv = toCsv(
      [
        { a: "Support Worker, nights", b: 1850, c: "=HYPERLINK(\"x\")" },
        { a: "Cook \"head\"", b: -5, c: null },
      ],
      [
        { header: "Title", value: (r) => r.a },
        { header: "Pence", value: (r) => r.b },
        { header: "Note", value: (r) => r.c },
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([
      ["Title", "Pence", "Note"],
      ["Support Worker, nights", "1850", "'=HYPERLINK(\"x\")"],
      ["Cook \"head\"", "-5", ""],
    ]);
  });
});
