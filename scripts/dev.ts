/**
 * `npm run dev`: the whole portal on a fresh machine. With DATABASE_URL unset it starts an embedded
 * PostgreSQL in .data/pg; it applies migrations, seeds the demo data when the database is empty, and
 * runs `next dev` on http://localhost:3000 (PORT to change) with the background-job worker beside it
 * (scripts/worker.ts). Ctrl-C stops everything.
 */
import { spawn } from "node:child_process";
import { isEmpty, migrate, openDatabase, ROOT } from "./lib/database";
import { bin, localSecret, runToEnd, supervise } from "./lib/processes";

async function main() {
  const db = await openDatabase("dev");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    console.log("[dev] applying migrations");
    migrate(db.url);
    if (await isEmpty(db.url)) {
      console.log("[dev] empty database: loading the demo data");
      const code = await runToEnd(bin("tsx"), ["prisma/seed.ts"], env);
      if (code !== 0) throw new Error("seeding failed");
    }
  } catch (e) {
    await db.stop();
    throw e;
  }
  const port = process.env.PORT ?? "3000";
  const next = spawn(bin("next"), ["dev", "--port", port], { cwd: ROOT, env, stdio: "inherit" });
  // The background jobs (alerts, reminders, retention, emails): scripts/worker.ts on the same database.
  const worker = spawn(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], { cwd: ROOT, env, stdio: "inherit" });
  console.log(`[dev] portal starting on http://localhost:${port}`);
  await supervise([next, worker], db.stop);
}

main().catch((e) => {
  console.error(`[dev] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
