/**
 * `npm start`: the production build (`npm run build` first) with `next start`. With DATABASE_URL set,
 * only migrations are applied (never demo data). With it unset, the embedded PostgreSQL is used and
 * demo data is loaded when empty — a local trial of the production build. The background-job worker
 * (scripts/worker.ts) runs beside it unless WORKER=off.
 */
import { spawn } from "node:child_process";
import { isEmpty, migrate, openDatabase, ROOT } from "./lib/database";
import { bin, localSecret, runToEnd, supervise } from "./lib/processes";

async function main() {
  const external = !!process.env.DATABASE_URL;
  const db = await openDatabase("dev");
  if (external && !process.env.NEXTAUTH_SECRET) throw new Error("Set NEXTAUTH_SECRET (a long random string) to run in production.");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  migrate(db.url);
  if (!external && (await isEmpty(db.url))) {
    const code = await runToEnd(bin("tsx"), ["prisma/seed.ts"], { ...env, NODE_ENV: "development" });
    if (code !== 0) throw new Error("seeding failed");
  }
  const port = process.env.PORT ?? "3000";
  const next = spawn(bin("next"), ["start", "--port", port], { cwd: ROOT, env, stdio: "inherit" });
  // The background jobs run beside the app unless they run elsewhere (WORKER=off, then `npm run worker`).
  const children = [next];
  if (process.env.WORKER !== "off") {
    children.push(spawn(bin("tsx"), ["--conditions=react-server", "scripts/worker.ts"], { cwd: ROOT, env, stdio: "inherit" }));
  }
  await supervise(children, db.stop);
}

main().catch((e) => {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
