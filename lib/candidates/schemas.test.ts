import { describe, expect, it } from "vitest";
import { emailField, nameField, phoneField, postcodeField, registerCandidateSchema } from "./schemas";

const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0].message);

describe("shared candidate fields", () => {
  it.each([
    ["first", "your", "", "Enter your first name"],
    ["last", "the", "   ", "Enter the last name"],
    ["first", "the", "x".repeat(101), "First name must be 100 characters or fewer"],
    ["last", "your", "x".repeat(101), "Last name must be 100 characters or fewer"],
    ["first", "your", "  Amara ", null],
  ] as const)("%s name (%s) %j → %s", (which, whose, input, expected) => {
    expect(message(nameField(which, whose).safeParse(input))).toBe(expected);
  });

  it.each([
    ["your", "", "Enter your email address"],
    ["the", "", "Enter the email address"],
    ["the", "not-an-email", "Enter an email address in the correct format, like name@example.com"],
  ] as const)("email (%s) %j → %s", (whose, input, expected) => {
    expect(message(emailField(whose).safeParse(input))).toBe(expected);
  });

  it("lower-cases and trims an email address", () => {
    expect(emailField("your").parse("  Amara.Okoye@Example.COM ")).toBe("amara.okoye@example.com");
  });

  it.each([
    [undefined, null],
    ["", null],
    ["07700 900 982", "07700 900 982"],
    ["+44 (0)1582 546000", "+44 (0)1582 546000"],
  ])("phone %j → %j", (input, expected) => {
    expect(phoneField.parse(input)).toBe(expected);
  });

  it.each(["123", "07700 900 98x", "0".repeat(21)])("refuses the phone number %j", (input) => {
    expect(phoneField.safeParse(input).success).toBe(false);
  });

  it("normalises a postcode and refuses one that is not a full UK postcode", () => {
    expect(postcodeField.parse(" lu12bq ")).toBe("LU1 2BQ");
    expect(message(postcodeField.safeParse("LU1"))).toBe("Enter a full UK postcode, like LU1 2BQ");
    expect(message(postcodeField.safeParse(""))).toBe("Enter your postcode");
  });
});

describe("registerCandidateSchema", () => {
  const valid = {
    firstName: "Amara",
    lastName: "Okoye",
    email: "Amara@Example.com",
    phone: "",
    postcode: "lu1 2bq",
    password: "a long enough passphrase",
    confirmPassword: "a long enough passphrase",
    consent: "yes",
  };

  it("accepts a complete registration, normalised", () => {
    expect(registerCandidateSchema.parse(valid)).toMatchObject({ email: "amara@example.com", phone: null, postcode: "LU1 2BQ" });
  });

  it("names the field of each problem", () => {
    const r = registerCandidateSchema.safeParse({ ...valid, firstName: "", confirmPassword: "different", consent: undefined });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toMatchObject({
      firstName: "Enter your first name",
      consent: "Confirm that you have read the privacy notice",
    });
  });

  it("says when the passwords do not match", () => {
    const r = registerCandidateSchema.safeParse({ ...valid, confirmPassword: "a different passphrase" });
    expect(message(r)).toBe("The passwords do not match");
  });
});
