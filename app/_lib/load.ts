import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/auth/errors";
import { AuthError, ForbiddenError } from "@/lib/auth/errors";

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

/** A value of a search param only if it is one of `allowed`. */
export function oneOf<T extends string>(v: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  const s = param(v);
  return s && (allowed as readonly string[]).includes(s) ? (s as T) : undefined;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A query string from the non-empty entries. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") out.set(k, String(v));
  const s = out.toString();
  return s ? `?${s}` : "";
}

/** A CSV export GET handler: the same query function (and so the same authorization) as the page; refusals are 401/403/404. */
export function csvRoute<C = unknown>(fn: (url: URL, ctx: C) => Promise<Response>) {
  return async function GET(req: Request, ctx: C): Promise<Response> {
    try {
      return await fn(new URL(req.url), ctx);
    } catch (e) {
      if (e instanceof AuthError) return new Response("Sign in to download this.", { status: 401 });
      if (e instanceof ForbiddenError) return new Response("You do not have permission to download this.", { status: 403 });
      if (e instanceof NotFoundError) return new Response("Not found.", { status: 404 });
      throw e;
    }
  };
}
