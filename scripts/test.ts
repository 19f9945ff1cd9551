/**
 * `npm test`: every check, in order — typecheck, lint, unit tests, integration tests against a real
 * PostgreSQL (embedded unless DATABASE_URL is set; always a separate test database, migrated first),
 * a production build, and Playwright end-to-end tests against `next start` on a freshly seeded
 * database. Ends with one "N passed, N failed" line.
 *
 *   npm test                     everything
 *   npm test -- --only unit,integration   a subset (typecheck, lint, unit, integration, e2e)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, openDatabase, recreateDatabase } from "./lib/database";
import { bin, localSecret, runToEnd } from "./lib/processes";

type Step = "typecheck" | "lint" | "unit" | "integration" | "e2e";
const ALL: Step[] = ["typecheck", "lint", "unit", "integration", "e2e"];

const onlyArg = process.argv.indexOf("--only");
const steps: Step[] = onlyArg > 0 ? (process.argv[onlyArg + 1].split(",") as Step[]) : ALL;
const extra = onlyArg > 0 ? process.argv.slice(onlyArg + 2) : process.argv.slice(2);

// Several checkouts or people can test side by side: separate database names, build dir and port.
const TEST_DB = process.env.TEST_DB_NAME ?? "connect2_test";
const E2E_DB = process.env.E2E_DB_NAME ?? "connect2_e2e";

const tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "connect2-test-"));

function banner(s: string) {
  console.log(`\n━━━ ${s} ━━━`);
}

async function check(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  banner(name);
  const code = await runToEnd(cmd, args, env);
  if (code === 0) tally.passed++;
  else {
    tally.failed++;
    failures.push(name);
  }
  return code === 0;
}

type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

async function vitest(project: "unit" | "integration", env: NodeJS.ProcessEnv) {
  banner(`${project} tests (vitest)`);
  const out = path.join(outDir, `${project}.json`);
  const code = await runToEnd(
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra],
    env,
  );
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8")) as VitestJson;
    tally.passed += r.numPassedTests;
    tally.failed += r.numFailedTests;
    tally.skipped += r.numPendingTests + r.numTodoTests;
  }
  if (code !== 0) {
    failures.push(`${project} tests`);
    if (!fs.existsSync(out)) tally.failed++;
  }
}

type PwStats = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

async function e2e(serverUrl: string) {
  banner("production build (next build)");
  const built = await runToEnd(bin("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  if (built !== 0) {
    tally.failed++;
    failures.push("next build");
    return;
  }
  tally.passed++;
  banner("end-to-end database (migrate + demo seed)");
  await recreateDatabase(serverUrl, E2E_DB);
  const url = new URL(serverUrl);
  url.pathname = `/${E2E_DB}`;
  migrate(url.toString());
  const seeded = await runToEnd(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: "development" });
  if (seeded !== 0) {
    tally.failed++;
    failures.push("e2e seed");
    return;
  }
  banner("end-to-end tests (playwright)");
  const out = path.join(outDir, "e2e.json");
  const code = await runToEnd(bin("playwright"), ["test", "--reporter=list,json", ...extra], {
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    E2E_DATABASE_URL: url.toString(),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
  });
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8")) as PwStats;
    tally.passed += r.stats.expected + r.stats.flaky;
    tally.failed += r.stats.unexpected;
    tally.skipped += r.stats.skipped;
  }
  if (code !== 0) {
    failures.push("end-to-end tests");
    if (!fs.existsSync(out)) tally.failed++;
  }
}

async function main() {
  if (steps.includes("typecheck")) await check("typecheck (tsc)", bin("tsc"), ["--noEmit"]);
  if (steps.includes("lint")) await check("lint (eslint)", bin("eslint"), ["--max-warnings=0", "."]);
  if (steps.includes("unit")) await vitest("unit", process.env);

  if (steps.includes("integration") || steps.includes("e2e")) {
    // Tests never touch the development database: a separate cluster (embedded) or database (external).
    const test = await openDatabase("test", TEST_DB);
    try {
      if (steps.includes("integration")) {
        await recreateDatabase(test.url, TEST_DB);
        migrate(test.url);
        await vitest("integration", { ...process.env, TEST_DATABASE_URL: test.url, DATABASE_URL: test.url });
      }
      if (steps.includes("e2e")) await e2e(test.url);
    } finally {
      await test.stop();
    }
  }

  console.log(`\n${failures.length ? `Failed: ${failures.join(", ")}` : "All checks passed."}`);
  console.log(`tests: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  process.exit(failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log(`tests: ${tally.passed} passed, ${tally.failed + 1} failed`);
  process.exit(1);
});
