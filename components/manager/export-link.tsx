import Link from "next/link";
import { linkClass } from "@/components/ui";

/** "Download as CSV" for exactly what the current filter shows. */
export function ExportLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="mb-6">
      <Link href={href} className={linkClass} prefetch={false}>
        Download {what} as CSV<span className="sr-only"> (spreadsheet)</span>
      </Link>
    </p>
  );
}

/** A query string from the non-empty entries. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") out.set(k, String(v));
  const s = out.toString();
  return s ? `?${s}` : "";
}
