import { z } from "zod";

const isoDate = (msg: string) => z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, msg);
const optionalDate = (msg: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), msg);
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be ${max} characters or fewer`).optional().transform((v) => (v ? v : null));

const common = {
  candidateId: z.string().min(1),
  status: z.enum(["PENDING", "PASSED", "FAILED"], { error: "Choose the outcome of the check" }),
  checkedOn: isoDate("Enter the date the check was made, like 20 11 2026"),
  notes: optionalText(2000, "Notes"),
  documentId: z.string().trim().optional().transform((v) => (v ? v : null)),
  /** an earlier check this one replaces (e.g. a reference that has now come back) */
  supersedesId: z.string().trim().optional().transform((v) => (v ? v : null)),
};

/** What the team records for each kind of check (domain: right to work, DBS, two references, qualifications, registration). */
export const recordCheckSchema = z
  .discriminatedUnion("type", [
    z.object({
      ...common,
      type: z.literal("RIGHT_TO_WORK"),
      rightToWorkRoute: z.enum(["BRITISH_OR_IRISH", "SETTLED", "PRE_SETTLED", "TIME_LIMITED"], { error: "Choose the right to work route" }),
      expiresOn: optionalDate("Permission end date must be a real date, like 31 3 2028"),
    }),
    z.object({
      ...common,
      type: z.literal("DBS"),
      dbsLevel: z.enum(["BASIC", "STANDARD", "ENHANCED", "ENHANCED_BARRED"], { error: "Choose the level of the DBS check" }),
      dbsCertificateDate: optionalDate("Certificate date must be a real date, like 1 9 2026"),
      dbsCertificateNo: optionalText(40, "Certificate number"),
      dbsUpdateService: z.enum(["yes", "no"]).optional().transform((v) => (v === undefined ? null : v === "yes")),
    }),
    z.object({
      ...common,
      type: z.literal("REFERENCE"),
      refereeName: z.string().trim().min(1, "Enter the referee's name").max(120, "Referee's name must be 120 characters or fewer"),
      refereeOrganisation: optionalText(200, "Organisation"),
    }),
    z.object({
      ...common,
      type: z.literal("QUALIFICATION"),
      qualificationName: z.string().trim().min(1, "Enter the qualification").max(200, "Qualification must be 200 characters or fewer"),
    }),
    z.object({
      ...common,
      type: z.literal("PROFESSIONAL_REGISTRATION"),
      registrationBody: z.string().trim().min(1, "Enter the registration body, like Social Work England").max(120, "Registration body must be 120 characters or fewer"),
      registrationNumber: z.string().trim().min(1, "Enter the registration number").max(40, "Registration number must be 40 characters or fewer"),
      expiresOn: optionalDate("Renewal date must be a real date, like 30 11 2027"),
    }),
  ])
  .superRefine((v, ctx) => {
    if (v.type === "RIGHT_TO_WORK" && (v.rightToWorkRoute === "PRE_SETTLED" || v.rightToWorkRoute === "TIME_LIMITED") && !v.expiresOn) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Enter the date the permission ends: pre-settled and time-limited permission must be checked again before it expires" });
    }
    if (v.type === "PROFESSIONAL_REGISTRATION" && v.status === "PASSED" && !v.expiresOn) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Enter the renewal date of the registration" });
    }
  });

export type RecordCheckInput = z.input<typeof recordCheckSchema>;
export type RecordCheck = z.infer<typeof recordCheckSchema>;
