/**
 * `npm run jobs:run-once -- <job> [--as-of YYYY-MM-DD] [--council <slug>]`: run one background job now,
 * outside the queue (for demos, tests and catching up), and print what it did. Jobs are idempotent, so
 * running one again tells nobody twice. Jobs: see lib/jobs/registry.ts (daily-alerts, retention,
 * timesheet-reminders-workers, timesheet-reminders-managers, deliver-emails).
 */
import { openDatabase } from "./lib/database";

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const name = process.argv[2];
  const database = await openDatabase("dev");
  process.env.DATABASE_URL = database.url;
  try {
    const { JOBS, isJobName } = await import("../lib/jobs/registry");
    if (!name || !isJobName(name)) {
      console.error(`Usage: npm run jobs:run-once -- <job> [--as-of YYYY-MM-DD] [--council <slug>]\nJobs:\n${Object.entries(JOBS).map(([n, j]) => `  ${n.padEnd(30)} ${j.description}`).join("\n")}`);
      process.exitCode = 2;
      return;
    }
    const asOf = arg("--as-of");
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error("--as-of must be a date written YYYY-MM-DD");
    const slug = arg("--council");
    let councilId: string | undefined;
    if (slug) {
      const { councilIdForSlug } = await import("../lib/jobs/councils");
      councilId = await councilIdForSlug(slug);
      if (!councilId) throw new Error(`No council with slug "${slug}"`);
    }
    const results = await JOBS[name].run({ asOf, councilId });
    for (const r of results) console.log(JSON.stringify(r));
  } finally {
    const { disconnectJobs } = await import("../lib/jobs/councils");
    await disconnectJobs();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(`[jobs] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
