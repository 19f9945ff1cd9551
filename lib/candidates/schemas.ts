import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { normalisePostcode } from "./local-resident";

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

export const registerCandidateSchema = z
  .object({
    firstName: z.string().trim().min(1, "Enter your first name").max(100, "First name must be 100 characters or fewer"),
    lastName: z.string().trim().min(1, "Enter your last name").max(100, "Last name must be 100 characters or fewer"),
    email: z
      .string()
      .trim()
      .min(1, "Enter your email address")
      .max(254, "Email address must be 254 characters or fewer")
      .email("Enter an email address in the correct format, like name@example.com")
      .transform((v) => v.toLowerCase()),
    phone: z
      .string()
      .trim()
      .max(20, "Phone number must be 20 characters or fewer")
      .refine((v) => v === "" || /^[0-9+()\s-]{10,20}$/.test(v), "Enter a UK phone number, like 07700 900 982")
      .optional()
      .transform((v) => (v ? v : undefined)),
    postcode: postcodeField,
    password: z.string().min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200, "Password must be 200 characters or fewer"),
    confirmPassword: z.string().min(1, "Enter your password again"),
    consent: z.literal("yes", { error: "Confirm that you have read the privacy notice" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });

export type RegisterCandidateInput = z.infer<typeof registerCandidateSchema>;
