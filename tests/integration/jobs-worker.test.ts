/**
 * The worker process (`npm run worker`): starts pg-boss on the database, schedules every job in
 * Europe/London, works a queued job, and stops cleanly on SIGTERM. Real PostgreSQL, real child process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "./helpers";
import { complianceWorld } from "./compliance-fixtures";

const ROOT = path.resolve(__dirname, "..", "..");
const url = process.env.DATABASE_URL!;
let worker: ChildProcess;
let output = "";

function waitFor(pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not print ${pattern} within ${ms} ms:\n${output}`)), ms);
    const check = () => {
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      } else setTimeout(check, 100);
    };
    check();
  });
}

beforeAll(async () => {
  await resetDatabase();
  worker = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, SMTP_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout!.on("data", (b: Buffer) => (output += b.toString()));
  worker.stderr!.on("data", (b: Buffer) => (output += b.toString()));
  await waitFor(/\[worker\] 6 jobs scheduled/, 60_000);
}, 90_000);

afterAll(() => {
  if (worker.exitCode === null) worker.kill("SIGKILL");
});

describe("worker", () => {
  it("schedules every job in Europe/London", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; cron: string; timezone: string }>("select name, cron, timezone from pgboss.schedule order by name");
      expect(rows).toEqual([
        { name: "daily-alerts", cron: "0 7 * * *", timezone: "Europe/London" },
        { name: "deliver-emails", cron: "* * * * *", timezone: "Europe/London" },
        { name: "placement-lifecycle", cron: "5 0 * * *", timezone: "Europe/London" },
        { name: "retention", cron: "30 2 * * *", timezone: "Europe/London" },
        { name: "timesheet-reminders-managers", cron: "0 12 * * 2", timezone: "Europe/London" },
        { name: "timesheet-reminders-workers", cron: "0 9 * * 1", timezone: "Europe/London" },
      ]);
    } finally {
      await client.end();
    }
  });

  it("works a queued job: a notification waiting to be emailed goes to the outbox", async () => {
    const w = await complianceWorld("luton");
    await db().notification.create({ data: { councilId: w.council.id, userId: w.agency.id, kind: "test", title: "Queued by a test", body: "Hello" } });
    const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
    await boss.start();
    try {
      await boss.send("deliver-emails", {});
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline && (await db().outboundEmail.count({ where: { subject: "Queued by a test" } })) === 0) {
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await db().outboundEmail.count({ where: { subject: "Queued by a test", transport: "outbox" } })).toBe(1);
    expect((await db().notification.findFirstOrThrow({ where: { title: "Queued by a test" } })).emailedAt).not.toBeNull();
  }, 60_000);

  it("runs the placement lifecycle once at start, to catch up on a run missed while it was stopped", async () => {
    await waitFor(/\[worker\] placement-lifecycle done in \d+ ms/, 45_000);
  }, 60_000);

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("[worker] SIGTERM: finishing the current job and stopping");
  }, 40_000);
});
