import { describe, expect, it } from "vitest";
import { duplicateReasons, normaliseName, normalisePhone, type DuplicateFields } from "./match";

const a: DuplicateFields = { firstName: "Jordan", lastName: "Smith", email: "jordan.smith@example.com", phone: "07700 900123", dateOfBirth: "1994-05-02", postcode: "LU1 1AA" };
const other: DuplicateFields = { firstName: "Alex", lastName: "Jones", email: "alex@example.com", phone: "07700 900999", dateOfBirth: "1990-01-01", postcode: "LU4 9ZZ" };

describe("duplicateReasons", () => {
  it.each<[string, Partial<DuplicateFields>, string[]]>([
    ["nothing in common", {}, []],
    ["same email, different case and spaces", { email: "  Jordan.Smith@EXAMPLE.com " }, ["SAME_EMAIL"]],
    ["same phone written with +44", { phone: "+44 7700 900123" }, ["SAME_PHONE"]],
    ["same phone written 0044", { phone: "0044-7700-900-123" }, ["SAME_PHONE"]],
    ["same name, same date of birth", { firstName: "JORDAN", lastName: "smith", dateOfBirth: "1994-05-02" }, ["SAME_NAME_AND_DOB"]],
    ["same name, same postcode written loosely", { firstName: "Jordan", lastName: "Smith", postcode: "lu11aa" }, ["SAME_NAME_AND_POSTCODE"]],
    ["same name only", { firstName: "Jordan", lastName: "Smith" }, []],
    ["same date of birth, different name", { dateOfBirth: "1994-05-02" }, []],
    ["same postcode, different name", { postcode: "LU1 1AA" }, []],
    ["everything", { ...a }, ["SAME_EMAIL", "SAME_PHONE", "SAME_NAME_AND_DOB", "SAME_NAME_AND_POSTCODE"]],
  ])("%s", (_n, b, reasons) => {
    expect(duplicateReasons(a, { ...other, ...b })).toEqual(reasons);
  });

  it("missing values never match each other", () => {
    const blank = { firstName: "", lastName: "", email: null, phone: null, dateOfBirth: null, postcode: null };
    expect(duplicateReasons(blank, blank)).toEqual([]);
  });
});

describe("normalisers", () => {
  it.each([
    ["07700 900123", "07700900123"],
    ["+44 (0)7700 900123", "07700900123"],
    ["+447700900123", "07700900123"],
    ["123", null],
    ["", null],
  ])("phone %s → %s", (raw, out) => {
    expect(normalisePhone(raw)).toBe(out);
  });
  it("names", () => {
    expect(normaliseName(" O'Brien-Smith ")).toBe("obriensmith");
    expect(normaliseName("Zoë")).toBe("zoe");
  });
});
