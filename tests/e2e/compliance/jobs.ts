import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Run a background job once against the end-to-end database (`npm run jobs:run-once -- <job>`); returns its JSON lines. */
export function runJobOnce(job: string, ...args: string[]): Array<{ job: string; due: number; notificationsWritten: number; counts?: Record<string, number> }> {
  const res = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/run-job.ts", job, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, DEV_OUTBOX: "true" },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (res.status !== 0) throw new Error(`jobs:run-once ${job} failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
  return res.stdout.trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
}
