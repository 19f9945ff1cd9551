/**
 * Builds the whole demo data set in memory (deterministic for a given seed and SEED_TODAY), then inserts it
 * with createMany in parent-to-child order. `reset` empties every table except Prisma's migrations table.
 */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { buildCandidates, finishCandidates } from "./candidates";
import { newContext, TABLE_ORDER, type Ctx, type Rows } from "./context";
import { buildExtras } from "./extras";
import { buildOrg } from "./org";
import { buildOutcomes } from "./outcomes";
import { buildPipeline } from "./pipeline";
import { buildRequisitions } from "./requisitions";
import { buildTimesheets } from "./timesheets";

export const SEED = 20261124;

export function buildSeed(today: string, passwordHash: string, seed = SEED): Ctx {
  const ctx = newContext(seed, today, passwordHash);
  buildOrg(ctx);
  buildCandidates(ctx);
  buildRequisitions(ctx);
  buildPipeline(ctx);
  buildOutcomes(ctx);
  buildTimesheets(ctx);
  finishCandidates(ctx);
  buildExtras(ctx);
  return ctx;
}

type Bulk = { createMany(args: { data: unknown[] }): Promise<{ count: number }> };

/** Inserts every table's rows in order, in chunks; returns the count per table. */
export async function insertAll(prisma: PrismaClient, rows: Rows): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLE_ORDER) {
    const data = rows[table] as unknown[];
    const delegate = (prisma as unknown as Record<string, Bulk>)[table];
    let n = 0;
    try {
      for (let i = 0; i < data.length; i += 5000) n += (await delegate.createMany({ data: data.slice(i, i + 5000) })).count;
    } catch (e) {
      throw new Error(`seeding ${table} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    counts[table] = n;
  }
  return counts;
}

/** TRUNCATE every table in the public schema except _prisma_migrations. */
export async function truncateAll(prisma: PrismaClient) {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    select tablename::text as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await prisma.$executeRawUnsafe(`truncate table ${tables.map((t) => `"${t.name}"`).join(", ")} restart identity cascade`);
  }
}
