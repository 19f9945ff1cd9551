/**
 * Run a command with DATABASE_URL pointing at the development database (embedded when DATABASE_URL is
 * unset), e.g. `tsx scripts/db-run.ts prisma migrate dev --name x`. Used by npm scripts.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { openDatabase, ROOT } from "./lib/database";

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) throw new Error("usage: tsx scripts/db-run.ts <command> [args…]");
  const db = await openDatabase(process.env.DB_CLUSTER === "test" ? "test" : "dev", process.env.DB_NAME);
  const bin = cmd === "prisma" ? [process.execPath, ["--require", path.join(ROOT, "scripts/unref-timers.cjs"), path.join(ROOT, "node_modules/prisma/build/index.js"), ...args]] as const
    : [cmd, args] as const;
  const child = spawn(bin[0], bin[1] as string[], { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url } });
  const forward = (sig: NodeJS.Signals) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code: number = await new Promise((r) => child.on("exit", (c) => r(c ?? 1)));
  await db.stop();
  process.exit(code);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
