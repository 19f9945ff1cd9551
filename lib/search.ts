/** Escape LIKE/ILIKE wildcards so a search for "50%" or "_" means those characters literally
 * (Prisma's `contains` passes them through as patterns). */
export function likeLiteral(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}
