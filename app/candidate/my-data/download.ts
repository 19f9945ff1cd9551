import "server-only";
import { AuthError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { getViewer } from "@/lib/auth/session";
import { exportMyData, type MyDataExport } from "@/lib/privacy/export-my-data";

/** A download of the signed-in candidate's own data, or a plain refusal. */
export async function myDataDownload(format: "json" | "csv", render: (data: MyDataExport) => string): Promise<Response> {
  try {
    const data = await exportMyData(await getViewer());
    const day = data.exportedAt.slice(0, 10);
    return new Response(render(data), {
      headers: {
        "Content-Type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="my-data-${day}.${format}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
    if (e instanceof AuthError) return new Response("Sign in to download your data.", { status: 401, headers });
    if (e instanceof ForbiddenError) return new Response("Only candidates can download their data here.", { status: 403, headers });
    if (e instanceof NotFoundError) return new Response("We could not find your candidate profile.", { status: 404, headers });
    throw e;
  }
}
