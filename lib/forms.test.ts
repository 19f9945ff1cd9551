import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, formValues, zodFieldErrors, zodFormError } from "./forms";

function fd(entries: Array<[string, string | Blob]>): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const schema = z
  .object({
    name: z.string().min(1, "Enter your full name"),
    email: z.email("Enter an email address in the correct format, like name@example.com"),
    address: z.object({
      line1: z.string().min(1, "Enter address line 1"),
      postcode: z.string().min(1, "Enter a postcode"),
    }),
    roles: z.array(z.string().min(1, "Role cannot be blank")).min(1, "Select at least one role"),
    password: z.string().min(8, "Password must be 8 characters or more"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "Passwords do not match" });

describe("zodFieldErrors", () => {
  it.each<[string, unknown, Record<string, string>]>([
    [
      "one message per top-level key, first wins",
      { name: "", email: "nope", address: { line1: "", postcode: "" }, roles: [], password: "short", confirm: "short" },
      {
        name: "Enter your full name",
        email: "Enter an email address in the correct format, like name@example.com",
        address: "Enter address line 1",
        roles: "Select at least one role",
        password: "Password must be 8 characters or more",
      },
    ],
    [
      "nested array element errors map to the array key",
      { name: "A", email: "a@example.com", address: { line1: "1", postcode: "AB1 2CD" }, roles: ["x", ""], password: "longenough", confirm: "longenough" },
      { roles: "Role cannot be blank" },
    ],
    [
      "root refinement errors are not field errors",
      { name: "A", email: "a@example.com", address: { line1: "1", postcode: "AB1 2CD" }, roles: ["x"], password: "longenough", confirm: "different1" },
      {},
    ],
  ])("%s", (_label, input, expected) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error)).toEqual(expected);
  });
});

describe("zodFormError", () => {
  it.each<[string, unknown, string | undefined]>([
    [
      "returns the root refinement message",
      { name: "A", email: "a@example.com", address: { line1: "1", postcode: "AB1 2CD" }, roles: ["x"], password: "longenough", confirm: "different1" },
      "Passwords do not match",
    ],
    ["undefined when only field errors", { name: "" }, undefined],
  ])("%s", (_label, input, expected) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFormError(result.error)).toBe(expected);
  });
});

describe("formDataToObject", () => {
  it.each<[string, Array<[string, string | Blob]>, Record<string, string | string[]>]>([
    ["empty", [], {}],
    ["single values", [["name", "Ada"], ["email", "ada@example.com"]], { name: "Ada", email: "ada@example.com" }],
    ["repeated keys become arrays", [["roles", "a"], ["roles", "b"], ["roles", "c"]], { roles: ["a", "b", "c"] }],
    ["empty strings are kept", [["name", ""]], { name: "" }],
    ["values are not trimmed", [["name", "  Ada "]], { name: "  Ada " }],
    ["files are skipped", [["cv", new Blob(["x"])], ["name", "Ada"]], { name: "Ada" }],
    [
      "Next.js action keys are skipped",
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["$ACTION_KEY", "k"], ["name", "Ada"]],
      { name: "Ada" },
    ],
  ])("%s", (_label, entries, expected) => {
    expect(formDataToObject(fd(entries))).toEqual(expected);
  });
});

describe("formValues", () => {
  it.each<[string, Array<[string, string | Blob]>, Record<string, string>]>([
    ["first value wins", [["roles", "a"], ["roles", "b"], ["name", "Ada"]], { roles: "a", name: "Ada" }],
    ["files and action keys are skipped", [["cv", new Blob(["x"])], ["$ACTION_ID_abc", ""]], {}],
  ])("%s", (_label, entries, expected) => {
    expect(formValues(fd(entries))).toEqual(expected);
  });
});
