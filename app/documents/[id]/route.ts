import { NextResponse, type NextRequest } from "next/server";
import { AuthError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { getViewer } from "@/lib/auth/session";
import { openDocument } from "@/lib/documents/access";
import { attachmentDisposition } from "@/lib/documents/file-check";

/**
 * Download a candidate's document: only the candidate who owns it, or the Connect2 team of the same
 * council (lib/documents/access.ts decides). Always an attachment, never rendered inline, and the browser
 * is told not to guess the type.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const doc = await openDocument(await getViewer(), id);
    return new Response(doc.body, {
      headers: {
        "Content-Type": doc.mimeType,
        "Content-Length": String(doc.sizeBytes),
        "Content-Disposition": attachmentDisposition(doc.filename),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    if (e instanceof AuthError) {
      const url = new URL("/sign-in", req.nextUrl);
      url.searchParams.set("callbackUrl", `/documents/${id}`);
      return NextResponse.redirect(url, 303);
    }
    const headers = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" };
    if (e instanceof ForbiddenError) return new Response("You do not have access to this document.", { status: 403, headers });
    if (e instanceof NotFoundError) return new Response("Document not found.", { status: 404, headers });
    throw e;
  }
}
