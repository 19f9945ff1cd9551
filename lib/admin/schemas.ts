import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { poundsToPence } from "@/lib/format";
import { SOCIAL_WORK_CATEGORIES } from "@/lib/compliance/placement-gate";
import type { RoleCategory } from "@/lib/compliance/types";

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

/**
 * The English regions the DfE sets child and family social worker agency pay caps for (rule 7); Council.region is
 * one of these (the seed's councils are in the East of England and the West Midlands).
 */
export const DFE_REGIONS = [
  "North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West",
] as const;

/** The social-work role categories a regional pay cap can be recorded for (the placement gate's social-work categories). */
export const PAY_CAP_CATEGORIES: ReadonlyArray<RoleCategory> = SOCIAL_WORK_CATEGORIES;

const isoDate = (empty: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, { error: empty, abort: true })
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00.000Z`).toISOString().startsWith(v), `Date must be a real date, like ${example}`);

/** Largest hourly pay cap accepted: a typo guard well above any real cap. */
export const MAX_PAY_CAP_PENCE = 100_000;

export const payCapSchema = z.object({
  region: z.string().trim().min(1, "Choose the region").max(60, "Choose the region"),
  roleCategory: z
    .string({ error: "Choose the role category" })
    .refine((v) => (PAY_CAP_CATEGORIES as readonly string[]).includes(v), "Choose the role category")
    .transform((v) => v as RoleCategory),
  grade: z.string().trim().max(40, "Grade must be 40 characters or fewer").optional().transform((v) => (v ? v : null)),
  maxPay: pounds("Enter the highest hourly pay rate allowed", "Pay cap must be an amount in pounds, like 45.00").refine(
    (p) => p <= MAX_PAY_CAP_PENCE,
    "Pay cap must be £1,000.00 an hour or less",
  ),
  effectiveFrom: isoDate("Enter the date the cap applies from", "1 4 2027"),
});
export type PayCapInput = z.input<typeof payCapSchema>;

/** Largest single off-contract entry accepted (the column holds whole pence up to about £21 million). */
export const MAX_OFF_CONTRACT_PENCE = 2_000_000_000;

export const offContractSpendSchema = z
  .object({
    serviceId: z.string().trim().min(1, "Choose the service"),
    supplier: z.string().trim().min(1, "Enter the supplier's name").max(200, "Supplier must be 200 characters or fewer"),
    periodStart: isoDate("Enter the first day of the period", "1 7 2026"),
    periodEnd: isoDate("Enter the last day of the period", "30 9 2026"),
    amount: pounds("Enter the amount spent", "Amount must be an amount in pounds more than £0, like 12500.00").refine(
      (p) => p <= MAX_OFF_CONTRACT_PENCE,
      "Amount must be £20,000,000.00 or less; enter a larger bill as separate periods",
    ),
  })
  .superRefine((v, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v.periodStart) && /^\d{4}-\d{2}-\d{2}$/.test(v.periodEnd) && v.periodEnd < v.periodStart) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The last day of the period must be the same as or after the first day" });
    }
  }, {
    // also when another field is wrong, so every message shows at once
    when: (p) => {
      const v = p.value as { periodStart?: unknown; periodEnd?: unknown } | undefined;
      return typeof v?.periodStart === "string" && typeof v?.periodEnd === "string";
    },
  });
export type OffContractSpendInput = z.input<typeof offContractSpendSchema>;

export const deleteOffContractSpendSchema = z.object({ spendId: z.string().trim().min(1, "Choose the entry to delete") });
export type DeleteOffContractSpendInput = z.input<typeof deleteOffContractSpendSchema>;

export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 120;

export const retentionSchema = z.object({
  retentionMonths: z
    .string()
    .trim()
    .min(1, { error: "Enter the number of months", abort: true })
    .regex(/^\d+$/, { error: "Retention period must be a whole number of months, like 12", abort: true })
    .transform(Number)
    .refine((n) => n >= RETENTION_MONTHS_MIN && n <= RETENTION_MONTHS_MAX, `Retention period must be between ${RETENTION_MONTHS_MIN} and ${RETENTION_MONTHS_MAX} months`),
});
export type RetentionInput = z.input<typeof retentionSchema>;
