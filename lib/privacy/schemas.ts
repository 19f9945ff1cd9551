import { z } from "zod";

export const erasureRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .max(1000, "Your reason must be 1,000 characters or fewer")
    .optional()
    .transform((v) => (v ? v : null)),
  confirm: z.literal("yes", { error: "Confirm that you want us to delete your account" }),
});

export type ErasureRequestInput = z.infer<typeof erasureRequestSchema>;
