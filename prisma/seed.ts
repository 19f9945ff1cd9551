/**
 * `npm run seed` (tsx prisma/seed.ts [--reset]): the demo data set — Luton (Connect2Luton) with 18 months of
 * requisitions, candidates, placements and timesheets, and a small Dudley council to prove isolation.
 * Deterministic: a fixed PRNG seed and dates relative to SEED_TODAY (default 2026-11-24).
 * Refuses to run in production; does nothing if councils exist unless --reset (which empties every table).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { isIsoDate } from "../lib/compliance/dates";
import { DEMO_PASSWORD } from "../lib/demo-accounts";
import { openDatabase, type Database } from "../scripts/lib/database";
import { buildSeed, insertAll, truncateAll } from "./seed/index";

async function main(): Promise<number> {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed: NODE_ENV is production. The demo seed creates accounts with a published password.");
    return 1;
  }
  const reset = process.argv.includes("--reset");
  const today = process.env.SEED_TODAY ?? "2026-11-24";
  if (!isIsoDate(today)) {
    console.error(`SEED_TODAY must be a date written YYYY-MM-DD; got ${today}`);
    return 1;
  }
  let database: Database | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    database = await openDatabase("dev");
    url = database.url;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if (!reset && (await prisma.council.count()) > 0) {
      console.log("Database already seeded (use --reset to empty it and seed again).");
      return 0;
    }
    const started = Date.now();
    if (reset) await truncateAll(prisma);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const ctx = buildSeed(today, passwordHash);
    const counts = await insertAll(prisma, ctx.rows);
    const show = ["council", "user", "candidateProfile", "requisition", "application", "placement", "timesheet", "timesheetLine", "conversion", "auditEvent"];
    const summary = show.map((t) => `${counts[t]} ${t}`).join(", ");
    console.log(`Seeded (SEED_TODAY ${today}) in ${((Date.now() - started) / 1000).toFixed(1)}s: ${summary}.`);
    return 0;
  } finally {
    await prisma.$disconnect();
    await database?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
