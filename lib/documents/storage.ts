import "server-only";
import { env } from "@/lib/env";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Where candidates' documents live: `UPLOAD_DIR` (default `.data/uploads`) resolved from the project root,
 * never under `public/`, so nothing is served except through app/documents/[id]/route.ts, which checks who
 * is asking. Keys are random; the original filename is kept only in the database.
 */
export function uploadRoot(): string {
  const root = path.resolve(process.cwd(), env().UPLOAD_DIR);
  const publicDir = path.resolve(process.cwd(), "public");
  if (root === publicDir || root.startsWith(`${publicDir}${path.sep}`)) {
    throw new Error("UPLOAD_DIR must not be inside public/: documents would be served to anyone");
  }
  return root;
}

/** The absolute path of a storage key, refusing anything that would escape the upload directory. */
export function pathFor(storageKey: string): string {
  const root = uploadRoot();
  const full = path.resolve(root, storageKey);
  if (!full.startsWith(`${root}${path.sep}`)) throw new Error("Invalid storage key");
  return full;
}

export function newStorageKey(councilId: string, candidateId: string, ext: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, "");
  return `${safe(councilId)}/${safe(candidateId)}/${randomUUID()}.${safe(ext)}`;
}

export async function writeStoredFile(storageKey: string, bytes: Uint8Array): Promise<void> {
  const full = pathFor(storageKey);
  await fs.promises.mkdir(path.dirname(full), { recursive: true, mode: 0o700 });
  await fs.promises.writeFile(full, bytes, { flag: "wx", mode: 0o600 });
}

export async function removeStoredFile(storageKey: string): Promise<void> {
  await fs.promises.rm(pathFor(storageKey), { force: true });
}

/** A web stream of a stored file (for a Response body); null when the file is missing on disk. */
export async function readStoredFile(storageKey: string): Promise<ReadableStream<Uint8Array> | null> {
  const full = pathFor(storageKey);
  try {
    await fs.promises.access(full, fs.constants.R_OK);
  } catch {
    return null;
  }
  return Readable.toWeb(fs.createReadStream(full)) as unknown as ReadableStream<Uint8Array>;
}
