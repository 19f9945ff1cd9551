import { stringify } from "csv-stringify/sync";

/**
 * CSV for exports: a header row then one row per record, UTF-8 with a BOM so Excel opens pound signs
 * and accents correctly. Cells that a spreadsheet would run as a formula are neutralised.
 */
export function toCsv<T>(rows: T[], columns: { header: string; value: (row: T) => string | number | null | undefined }[]): string {
  const safe = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  };
  const body = stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => safe(c.value(r))))]);
  return `\uFEFF${body}`;
}

export function csvResponse(filename: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
