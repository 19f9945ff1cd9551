import { z } from "zod";
import { poundsToPence } from "@/lib/format";
import { hoursToHundredths } from "@/lib/ratecards/estimate";

export const ROLE_CATEGORY_VALUES = [
  "CHILD_FAMILY_SOCIAL_WORK", "ADULT_SOCIAL_WORK", "SOCIAL_CARE", "PROFESSIONAL", "ADMIN", "OPERATIONAL", "MANAGEMENT",
] as const;
export const REASON_VALUES = ["VACANCY_COVER", "SICKNESS_MATERNITY_COVER", "PROJECT", "PEAK_DEMAND", "CAMPAIGN"] as const;
export const DBS_VALUES = ["NONE", "BASIC", "STANDARD", "ENHANCED", "ENHANCED_BARRED"] as const;

const isoDate = (missing: string, invalid: string) =>
  z.string().trim().min(1, missing).regex(/^\d{4}-\d{2}-\d{2}$/, invalid);

const money = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .transform((v, ctx) => {
      const p = poundsToPence(v);
      if (p === null || p <= 0) {
        ctx.addIssue({ code: "custom", message: "Enter an amount in pounds and pence, like 14.50" });
        return z.NEVER;
      }
      return p;
    });

/**
 * The requisition form (raise, amend). Date fields arrive as "YYYY-MM-DD" assembled from the three
 * date boxes by the action ("" when a box is empty, "invalid" when the date is not real).
 */
export const requisitionSchema = z
  .object({
    jobTitle: z.string().trim().min(1, "Enter the job title").max(120, "Job title must be 120 characters or fewer"),
    serviceId: z.string().trim().min(1, "Choose the service"),
    costCentreId: z.string().trim().min(1, "Choose the cost centre"),
    roleCategory: z.enum(ROLE_CATEGORY_VALUES, { error: "Choose the role category" }),
    grade: z.string().trim().min(1, "Choose the grade").max(60, "Grade must be 60 characters or fewer"),
    reason: z.enum(REASON_VALUES, { error: "Choose the reason you need temporary staff" }),
    headcount: z
      .string()
      .trim()
      .min(1, "Enter how many people you need")
      .regex(/^\d+$/, "Headcount must be a whole number, like 2")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 50, "Headcount must be between 1 and 50"),
    hoursPerWeek: z
      .string()
      .trim()
      .min(1, "Enter the hours a week")
      .refine((v) => hoursToHundredths(v) !== null, "Hours a week must be a number, like 37.5")
      .refine((v) => {
        const h = hoursToHundredths(v);
        return h === null || (h >= 100 && h <= 4800);
      }, "Hours a week must be between 1 and 48"),
    startDate: isoDate("Enter the start date", "Start date must be a real date, like 7 12 2026"),
    expectedEndDate: isoDate("Enter the expected end date", "Expected end date must be a real date, like 26 3 2027"),
    payRate: money("Enter the pay rate offered"),
    payRateMax: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const p = poundsToPence(v);
        if (p === null || p <= 0) {
          ctx.addIssue({ code: "custom", message: "Enter the highest pay rate in pounds and pence, like 15.00" });
          return z.NEVER;
        }
        return p;
      }),
    dbsLevel: z.enum(DBS_VALUES, { error: "Choose the DBS check the role needs" }),
    registrationRequired: z
      .string()
      .trim()
      .max(120, "Professional registration must be 120 characters or fewer")
      .optional()
      .transform((v) => (v ? v : null)),
    limitedCompanyAllowed: z
      .enum(["yes", "no"], { error: "Choose whether a limited-company contractor is acceptable" })
      .transform((v) => v === "yes"),
    duties: z.string().trim().min(1, "Describe the duties").max(5000, "Duties must be 5,000 characters or fewer"),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.expectedEndDate && /^\d{4}/.test(v.startDate) && v.expectedEndDate < v.startDate) {
      ctx.addIssue({ code: "custom", path: ["expectedEndDate"], message: "Expected end date must be on or after the start date" });
    }
  });

export type RequisitionInput = z.infer<typeof requisitionSchema>;

/** Approve or decline, with a reason (required to decline). */
export const decisionSchema = z
  .object({
    requisitionId: z.string().min(1),
    decision: z.enum(["APPROVED", "DECLINED"], { error: "Choose whether to approve or decline" }),
    reason: z.string().trim().max(2000, "Reason must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "DECLINED" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for declining, so the raiser can amend it" });
    }
  });

export type DecisionInput = z.infer<typeof decisionSchema>;
