export const PAGE_SIZE = 20;

/** Read a 1-based page number from a query-string value; anything odd becomes page 1. */
export function pageFrom(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number; pageSize: number };

export function toPage<T>(rows: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { rows, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
