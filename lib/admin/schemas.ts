import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { poundsToPence } from "@/lib/format";

/** A checkbox group: absent, one value or several → a list of ids. */
const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ""))
  .refine((v) => v.length <= 200, "Too many services");
const pounds = (empty: string, bad: string, opts: { allowZero?: boolean } = {}) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .transform((v, ctx) => {
      const p = poundsToPence(v);
      if (p === null || p < 0 || (!opts.allowZero && p === 0)) {
        ctx.addIssue({ code: "custom", message: bad });
        return z.NEVER;
      }
      return p;
    });

export const STAFF_ROLES = ["HIRING_MANAGER", "AGENCY", "BOARD", "ADMIN"] as const;

export const userSchema = z
  .object({
    userId: z.string().trim().optional().transform((v) => (v ? v : null)),
    name: z.string().trim().min(1, "Enter the person's name").max(120, "Name must be 120 characters or fewer"),
    email: z
      .string()
      .trim()
      .min(1, "Enter the email address")
      .max(254, "Email address must be 254 characters or fewer")
      .email("Enter an email address in the correct format, like name@luton.gov.uk")
      .transform((v) => v.toLowerCase()),
    role: z.enum(STAFF_ROLES, { error: "Choose the role" }),
    jobTitle: z.string().trim().max(120, "Job title must be 120 characters or fewer").optional().transform((v) => (v ? v : null)),
    active: z.enum(["yes", "no"]).default("yes").transform((v) => v === "yes"),
    password: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || (v.length >= PASSWORD_MIN_LENGTH && v.length <= 200), `Password must be at least ${PASSWORD_MIN_LENGTH} characters`),
    member: ids,
    budgetHolder: ids,
    secondApprover: ids,
  })
  .superRefine((v, ctx) => {
    if (!v.userId && !v.password) ctx.addIssue({ code: "custom", path: ["password"], message: "Set a first password; they can be told it in person" });
    if (v.role === "HIRING_MANAGER" && v.member.length === 0) ctx.addIssue({ code: "custom", path: ["member"], message: "Choose at least one service for a hiring manager" });
  });
export type UserInput = z.input<typeof userSchema>;

export const serviceSchema = z.object({
  name: z.string().trim().min(1, "Enter the service name").max(120, "Service name must be 120 characters or fewer"),
  code: z.string().trim().min(1, "Enter a short code, like ASC").max(20, "Code must be 20 characters or fewer").transform((v) => v.toUpperCase()),
});
export type ServiceInput = z.input<typeof serviceSchema>;

export const costCentreSchema = z.object({
  serviceId: z.string().trim().min(1, "Choose the service"),
  code: z.string().trim().min(1, "Enter the cost centre code").max(30, "Code must be 30 characters or fewer").transform((v) => v.toUpperCase()),
  name: z.string().trim().min(1, "Enter the cost centre name").max(120, "Name must be 120 characters or fewer"),
});
export type CostCentreInput = z.input<typeof costCentreSchema>;

export const budgetSchema = z.object({
  costCentreId: z.string().trim().min(1, "Choose the cost centre"),
  financialYear: z.coerce.number({ error: "Choose the financial year" }).int().min(2015, "Choose the financial year").max(2100, "Choose the financial year"),
  budget: pounds("Enter the budget", "Budget must be an amount in pounds, like 250000", { allowZero: true }),
});
export type BudgetInput = z.input<typeof budgetSchema>;

export const ROLE_CATEGORY_VALUES = ["CHILD_FAMILY_SOCIAL_WORK", "ADULT_SOCIAL_WORK", "SOCIAL_CARE", "PROFESSIONAL", "ADMIN", "OPERATIONAL", "MANAGEMENT"] as const;

export const rateCardSchema = z
  .object({
    roleCategory: z.enum(ROLE_CATEGORY_VALUES, { error: "Choose the role category" }),
    grade: z.string().trim().min(1, "Enter the grade, like Band 3").max(40, "Grade must be 40 characters or fewer"),
    payMin: pounds("Enter the lowest pay rate", "Lowest pay rate must be an amount in pounds, like 12.60"),
    payMax: pounds("Enter the highest pay rate", "Highest pay rate must be an amount in pounds, like 14.50"),
    chargeMin: pounds("Enter the lowest charge rate", "Lowest charge rate must be an amount in pounds, like 17.00"),
    chargeMax: pounds("Enter the highest charge rate", "Highest charge rate must be an amount in pounds, like 19.50"),
    effectiveFrom: z.string().trim().min(1, "Enter the date the rates apply from").regex(/^\d{4}-\d{2}-\d{2}$/, "Date must be a real date, like 1 4 2027"),
  })
  .superRefine((v, ctx) => {
    if (typeof v.payMin === "number" && typeof v.payMax === "number" && v.payMax < v.payMin) ctx.addIssue({ code: "custom", path: ["payMax"], message: "Highest pay rate must be at least the lowest" });
    if (typeof v.chargeMin === "number" && typeof v.chargeMax === "number" && v.chargeMax < v.chargeMin) ctx.addIssue({ code: "custom", path: ["chargeMax"], message: "Highest charge rate must be at least the lowest" });
    if (typeof v.payMin === "number" && typeof v.chargeMin === "number" && v.chargeMin < v.payMin) ctx.addIssue({ code: "custom", path: ["chargeMin"], message: "Lowest charge rate must be at least the lowest pay rate" });
  });
export type RateCardInput = z.input<typeof rateCardSchema>;

export const thresholdSchema = z.object({
  threshold: pounds("Enter the approval threshold", "Threshold must be an amount in pounds, like 25000"),
});
export type ThresholdInput = z.input<typeof thresholdSchema>;

const codeList = (text: string | undefined) => [...new Set((text ?? "").split(/[,;\n]/).map((s) => s.trim().toUpperCase().split(/\s+/).join(" ")).filter(Boolean))];

export const localAreaSchema = z.object({
  postcodeDistricts: z.string().trim().min(1, "Enter at least one postcode district, like LU1").max(2000, "Too many districts").transform(codeList),
  excludedSectors: z.string().trim().max(2000, "Too many sectors").optional().transform(codeList),
  localAuthorityCodes: z.string().trim().max(500, "Too many codes").optional().transform(codeList),
});
export type LocalAreaInput = z.input<typeof localAreaSchema>;
