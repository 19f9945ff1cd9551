import { z } from "zod";
import { UPLOADABLE_KINDS } from "@/lib/candidates/labels";

export const uploadDocumentSchema = z.object({
  kind: z.enum(UPLOADABLE_KINDS, { error: "Select what the document is" }),
});

export type UploadDocumentInput = z.infer<typeof uploadDocumentSchema> & { filename: string; bytes: Uint8Array };
