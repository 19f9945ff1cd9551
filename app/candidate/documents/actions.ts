"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { toFormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/session";
import { deleteMyDocument } from "@/lib/documents/delete-document";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-check";
import { uploadDocumentSchema } from "@/lib/documents/schemas";
import { uploadMyDocument } from "@/lib/documents/upload-document";
import { formValues, zodFieldErrors, type FormState } from "@/lib/forms";

export async function uploadDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = uploadDocumentSchema.safeParse({ kind: formData.get("kind") ?? undefined });
  const file = formData.get("file");
  const fieldErrors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  // No file chosen: the browser sends an empty part whose name is blank or a placeholder such as "blob"
  // (it depends on how the form was sent). A document someone really chose has a name with an extension.
  const nothingChosen = !(file instanceof File) || (file.size === 0 && !/\.[A-Za-z0-9]{2,5}$/.test(file.name));
  if (nothingChosen) fieldErrors.file = "Select a file to upload";
  else if (file instanceof File && file.size > MAX_DOCUMENT_BYTES) fieldErrors.file = "The selected file must be smaller than 10 MB";
  if (Object.keys(fieldErrors).length || !parsed.success || !(file instanceof File)) return { ok: false, fieldErrors, values };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await toFormState(async () => uploadMyDocument(await getViewer(), { kind: parsed.data.kind, filename: file.name, bytes }), values);
  if (!result.ok) return result;
  revalidatePath("/candidate/documents");
  redirect("/candidate/documents?uploaded=1#your-documents");
}

export async function deleteDocumentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("documentId") ?? "");
  const result = await toFormState(async () => deleteMyDocument(await getViewer(), id));
  if (!result.ok) return result;
  revalidatePath("/candidate/documents");
  redirect("/candidate/documents?removed=1#your-documents");
}
