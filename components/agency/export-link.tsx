import { linkClass } from "@/components/ui";

/** "Download … as CSV" for exactly what the current filter shows (a plain link: the route handler sends a file). */
export function ExportLink({ href, what }: { href: string; what: string }) {
  return (
    <p className="mb-6">
      <a href={href} className={linkClass} download>
        Download {what} as CSV<span className="sr-only"> (spreadsheet)</span>
      </a>
    </p>
  );
}
