import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { getAuthOptions, authSecret, SESSION_MAX_AGE_SECONDS, sessionCookieName, secureCookies } from "./options";
import type { Viewer } from "./viewer";
import { loadViewer } from "./load-viewer";

/** The signed-in viewer for this request, or null. Reads the user afresh so deactivation is immediate. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies(); // request-time only: never read while prerendering
  if (!jar.getAll().some((c) => c.name.endsWith("next-auth.session-token"))) return null;
  const session = await getServerSession(getAuthOptions()).catch(() => null);
  const id = session?.user?.id;
  if (!id) return null;
  return loadViewer(id);
});

/** Issue the next-auth session cookie for a user who has just proved who they are. */
export async function startSession(user: { id: string; email: string; name: string; role: string; councilId: string }) {
  const token = await encode({
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, email: user.email, name: user.name, role: user.role, councilId: user.councilId },
  });
  const jar = await cookies();
  jar.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession() {
  const jar = await cookies();
  for (const c of jar.getAll()) {
    if (c.name.includes("next-auth.")) jar.delete(c.name);
  }
}
