import { NextResponse, type NextRequest } from "next/server";

/**
 * Navigation only: send signed-out visitors of a portal to the sign-in page and back afterwards.
 * It decides nothing about access — every page and action authorizes in lib/<domain>.
 */
const PORTALS = ["/manager", "/candidate", "/agency", "/board"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (!PORTALS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  const hasSession = req.cookies.getAll().some((c) => c.name.endsWith("next-auth.session-token"));
  if (hasSession) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/manager/:path*", "/candidate/:path*", "/agency/:path*", "/board/:path*"] };
