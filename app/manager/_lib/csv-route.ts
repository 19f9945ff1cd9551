import "server-only";
import { AuthError, ForbiddenError } from "@/lib/auth/errors";

/** A CSV export GET handler: the same query function (and so the same authorization) as the page; refusals are 401/403. */
export function csvRoute(fn: (url: URL) => Promise<Response>) {
  return async function GET(req: Request): Promise<Response> {
    try {
      return await fn(new URL(req.url));
    } catch (e) {
      if (e instanceof AuthError) return new Response("Sign in to download this.", { status: 401 });
      if (e instanceof ForbiddenError) return new Response("You do not have permission to download this.", { status: 403 });
      throw e;
    }
  };
}
