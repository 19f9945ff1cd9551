import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/auth/errors";

/** Await a scoped read; a record outside the viewer's scope (or missing) becomes the 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

/** First string value of a search param. */
export function param(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s !== "" ? s : undefined;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
