/**
 * `npm run worker`: the background jobs on a PostgreSQL-backed queue (pg-boss, in its own `pgboss`
 * schema of the same database). Registers each job in lib/jobs/registry.ts as a queue with a cron
 * schedule in Europe/London, works them one at a time, and stops cleanly on Ctrl-C / SIGTERM.
 * With DATABASE_URL unset it uses (or starts) the embedded development database, like `npm run dev`,
 * which starts this worker alongside the app.
 *
 * Run with `tsx --conditions=react-server` so lib modules' `server-only` imports resolve.
 */
import PgBoss from "pg-boss";
import { openDatabase } from "./lib/database";

async function main() {
  const database = await openDatabase("dev");
  process.env.DATABASE_URL = database.url;
  // Imported after DATABASE_URL is known (the Prisma client reads it when first used).
  const { JOBS, JOB_TIMEZONE } = await import("../lib/jobs/registry");

  const boss = new PgBoss({ connectionString: database.url, application_name: "connect2-worker", max: 4 });
  boss.on("error", (e) => console.error(`[worker] pg-boss: ${e.message}`));
  await boss.start();

  for (const [name, job] of Object.entries(JOBS)) {
    // "stately": at most one waiting and one running per job, so a slow run never piles up copies.
    await boss.createQueue(name, { name, policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 3600 });
    await boss.schedule(name, job.cron, {}, { tz: JOB_TIMEZONE });
    await boss.work<{ asOf?: string }>(name, { batchSize: 1, pollingIntervalSeconds: name === "deliver-emails" ? 10 : 30 }, async ([j]) => {
      const started = Date.now();
      const results = await job.run({ asOf: j.data?.asOf });
      const summary = results
        .filter((r) => r.due > 0 || r.notificationsWritten > 0 || (r.counts && Object.values(r.counts).some((n) => n > 0)))
        .map((r) => `${r.job}: ${r.due} due, ${r.notificationsWritten} notified${r.counts ? ` ${JSON.stringify(r.counts)}` : ""}`);
      if (name !== "deliver-emails" || summary.length) {
        console.log(`[worker] ${name} done in ${Date.now() - started} ms${summary.length ? ` — ${summary.join("; ")}` : " — nothing due"}`);
      }
      return results;
    });
  }
  // Catch up on a daily run missed while the worker was stopped (e.g. placements due to start today).
  for (const [name, job] of Object.entries(JOBS)) {
    if ("runAtStart" in job && job.runAtStart) await boss.send(name, {});
  }
  console.log(`[worker] ${Object.keys(JOBS).length} jobs scheduled (${JOB_TIMEZONE}): ${Object.entries(JOBS).map(([n, j]) => `${n} "${j.cron}"`).join(", ")}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing the current job and stopping`);
    try {
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    } catch (e) {
      console.error(`[worker] stopping pg-boss: ${e instanceof Error ? e.message : e}`);
    }
    await database.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error(`[worker] ${e instanceof Error ? e.stack ?? e.message : e}`);
  process.exit(1);
});
