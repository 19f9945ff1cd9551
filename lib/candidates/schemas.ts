import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { normalisePostcode } from "./local-resident";
import { AVAILABILITIES, PRIORITY_GROUPS, RIGHT_TO_WORK_ROUTES } from "./labels";

export const postcodeField = z
  .string()
  .trim()
  .min(1, "Enter your postcode")
  .transform((v, ctx) => {
    const n = normalisePostcode(v);
    if (!n) {
      ctx.addIssue({ code: "custom", message: "Enter a full UK postcode, like LU1 2BQ" });
      return z.NEVER;
    }
    return n;
  });

/**
 * Fields every candidate form shares. `whose` words the messages for who fills the form in: "your" when the
 * candidate does, "the" when the Connect2 team does it for them ("Enter your first name" / "Enter the first name").
 */
type Whose = "your" | "the";

export const nameField = (which: "first" | "last", whose: Whose) => {
  const label = which === "first" ? "First name" : "Last name";
  return z.string().trim().min(1, `Enter ${whose} ${which} name`).max(100, `${label} must be 100 characters or fewer`);
};

export const emailField = (whose: Whose) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${whose} email address`)
    .max(254, "Email address must be 254 characters or fewer")
    .email("Enter an email address in the correct format, like name@example.com")
    .transform((v) => v.toLowerCase());

/** Optional UK phone number; empty becomes null. */
export const phoneField = z
  .string()
  .trim()
  .max(20, "Phone number must be 20 characters or fewer")
  .refine((v) => v === "" || /^[0-9+()\s-]{10,20}$/.test(v), "Enter a UK phone number, like 07700 900 982")
  .optional()
  .transform((v) => (v ? v : null));

export const registerCandidateSchema = z
  .object({
    firstName: nameField("first", "your"),
    lastName: nameField("last", "your"),
    email: emailField("your"),
    phone: phoneField,
    postcode: postcodeField,
    password: z.string().min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200, "Password must be 200 characters or fewer"),
    confirmPassword: z.string().min(1, "Enter your password again"),
    consent: z.literal("yes", { error: "Confirm that you have read the privacy notice" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });

export type RegisterCandidateInput = z.infer<typeof registerCandidateSchema>;

// ───────────── profile ─────────────

export { AVAILABILITIES, PRIORITY_GROUPS, RIGHT_TO_WORK_ROUTES };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const asArray = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null));

/**
 * The candidate's own profile. `rightToWorkExpiry` arrives as "YYYY-MM-DD", "" (left empty) or "invalid" (boxes
 * filled with something that is not a real date): the action reads the three date boxes. `today` lets the
 * expiry be checked against the calendar without a clock inside the schema.
 */
export function profileSchema(today: string) {
  return z
    .object({
      firstName: nameField("first", "your"),
      lastName: nameField("last", "your"),
      phone: phoneField,
      addressLine1: optionalText(200, "Address"),
      town: optionalText(100, "Town or city"),
      postcode: postcodeField,
      rightToWorkRoute: z.enum(RIGHT_TO_WORK_ROUTES, { error: "Select your right to work in the UK" }),
      rightToWorkExpiry: z.string().trim().optional().default(""),
      availability: z.enum(AVAILABILITIES, { error: "Select when you can start" }),
      skills: z
        .string()
        .max(2000, "Skills must be 2,000 characters or fewer")
        .optional()
        .transform((v) =>
          [...new Set((v ?? "").split(/[\n,;]/).map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean))].slice(0, 40),
        )
        .refine((list) => list.every((s) => s.length <= 80), "Each skill must be 80 characters or fewer"),
      experienceSummary: optionalText(4000, "Experience"),
      priorityGroups: z.preprocess(asArray, z.array(z.enum(PRIORITY_GROUPS, { error: "Select from the list" })).max(5)),
    })
    .superRefine((v, ctx) => {
      if (v.rightToWorkRoute !== "TIME_LIMITED") return;
      const e = v.rightToWorkExpiry;
      if (!e) ctx.addIssue({ code: "custom", path: ["rightToWorkExpiry"], message: "Enter the date your permission to work ends" });
      else if (!ISO_DATE.test(e)) ctx.addIssue({ code: "custom", path: ["rightToWorkExpiry"], message: "The date your permission to work ends must be a real date, like 31 3 2027" });
      else if (e < today) ctx.addIssue({ code: "custom", path: ["rightToWorkExpiry"], message: "The date your permission to work ends must be today or in the future" });
    })
    .transform(({ rightToWorkExpiry, ...v }) => ({
      ...v,
      rightToWorkExpiry: v.rightToWorkRoute === "TIME_LIMITED" && ISO_DATE.test(rightToWorkExpiry) ? rightToWorkExpiry : null,
      priorityGroups: [...new Set(v.priorityGroups)],
    }));
}

export type ProfileInput = z.output<ReturnType<typeof profileSchema>>;
