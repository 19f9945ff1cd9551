import "server-only";
import { fileTypeFromBuffer } from "file-type";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What a candidate may upload, decided from the file's content (magic bytes), never its name. */
export const ALLOWED_TYPES: Record<string, { ext: string; label: string }> = {
  "application/pdf": { ext: "pdf", label: "PDF" },
  "image/jpeg": { ext: "jpg", label: "JPG" },
  "image/png": { ext: "png", label: "PNG" },
};

export type FileCheck = { ok: true; mime: string; ext: string } | { ok: false; message: string };

export async function checkDocumentFile(bytes: Uint8Array): Promise<FileCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: "The selected file is empty" };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, message: "The selected file must be smaller than 10 MB" };
  const type = await fileTypeFromBuffer(bytes);
  const allowed = type ? ALLOWED_TYPES[type.mime] : undefined;
  if (!type || !allowed) return { ok: false, message: "The selected file must be a PDF, JPG or PNG" };
  return { ok: true, mime: type.mime, ext: allowed.ext };
}

/** A display filename: no directories, no control characters, at most 200 characters. */
export function cleanFilename(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 200);
  return base || `document.${ext}`;
}

/** Content-Disposition for a download: ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._ -]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
