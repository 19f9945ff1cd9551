/**
 * `npm run bench:metrics`: how long the board's metrics take on the database — each metric on its own, then the
 * whole board dashboard (every figure, run concurrently as the page does). A measurement, not a test: load the
 * benchmark data first (`npm run seed`, then `npm run seed:large`), into the development database or a separate one
 * (`DB_NAME=connect2_bench`), or point DATABASE_URL at any server.
 *
 *   npm run bench:metrics [-- --runs 15] [-- --email board.member@…]
 */
import os from "node:os";
import { openDatabase, type Database } from "./lib/database";

type Fn = (viewer: unknown, period: unknown, filters: unknown) => Promise<unknown>;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const max = (xs: number[]) => Math.max(...xs);

async function time(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  await fn(); // warm: plans, caches, connections
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  let database: Database | null = null;
  if (!process.env.DATABASE_URL || process.env.DB_NAME) {
    database = await openDatabase("dev", process.env.DB_NAME);
    process.env.DATABASE_URL = database.url;
  }
  // Imported after DATABASE_URL is settled (the Prisma client reads it when first used).
  const { db } = await import("../lib/db");
  const { loadViewer } = await import("../lib/auth/load-viewer");
  const { currentQuarter, quarterPeriod, quarterOf, yearPeriod } = await import("../lib/metrics/period");
  const { boardDashboard } = await import("../lib/metrics/dashboard");
  const { metricFilterOptions } = await import("../lib/metrics/options");
  const metrics = await import("../lib/metrics/index");

  const runs = Number(arg("runs", "10"));
  const email = arg("email", "margaret.ellis@connect2luton.example");
  const today = process.env.BENCH_TODAY ?? new Date().toISOString().slice(0, 10);
  try {
    const user = await db().user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new Error(`No user ${email}: load the demo data first (npm run seed).`);
    const viewer = await loadViewer(user.id);
    const [counts] = await db().$queryRaw<{ requisitions: number; placements: number; timesheets: number; lines: number }[]>`
      select (select count(*) from "Requisition")::int as requisitions, (select count(*) from "Placement")::int as placements,
             (select count(*) from "Timesheet")::int as timesheets, (select count(*) from "TimesheetLine")::int as lines`;
    console.log(`Database: ${counts.requisitions} requisitions, ${counts.placements} placements, ${counts.timesheets} timesheets, ${counts.lines} timesheet lines.`);
    console.log(`Median (and slowest) of ${runs} runs after one warm-up, in milliseconds, as at ${today}; ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(2)}.\n`);

    const { fy, quarter } = quarterOf(today);
    const prevQ = quarter === 1 ? { fy: fy - 1, q: 4 as const } : { fy, q: (quarter - 1) as 1 | 2 | 3 };
    const periods = [
      { name: "this quarter", p: currentQuarter(today) },
      { name: "last quarter", p: quarterPeriod(prevQ.fy, prevQ.q, today) },
      { name: "last year", p: yearPeriod(fy - 1, today) },
    ];
    const names = Object.keys(metrics).filter((k) => typeof (metrics as Record<string, unknown>)[k] === "function" && k !== "boardDashboard") as (keyof typeof metrics)[];
    const header = ["metric".padEnd(28), ...periods.map((x) => x.name.padStart(18))].join("");
    console.log(header);
    for (const name of names) {
      const fn = (metrics as unknown as Record<string, Fn>)[name];
      const cells: string[] = [];
      for (const { p } of periods) {
        const ts = await time(() => fn(viewer, p, {}), runs);
        cells.push(`${median(ts).toFixed(1)} (${max(ts).toFixed(1)})`.padStart(18));
      }
      console.log(`${String(name).padEnd(28)}${cells.join("")}`);
    }
    console.log("");
    const whole: string[] = [];
    const computed: string[] = [];
    for (const { p } of periods) {
      const inner: number[] = [];
      // What the page does on the server: the filter options, then every figure (lib/metrics/dashboard.ts).
      const ts = await time(async () => {
        await metricFilterOptions(viewer);
        const v = await boardDashboard(viewer, p, {});
        inner.push(v.elapsedMs);
      }, runs);
      whole.push(`${median(ts).toFixed(1)} (${max(ts).toFixed(1)})`.padStart(18));
      computed.push(`${median(inner.slice(1)).toFixed(1)}`.padStart(18));
    }
    console.log(`${"WHOLE BOARD DASHBOARD".padEnd(28)}${whole.join("")}`);
    console.log(`${"  of which the figures".padEnd(28)}${computed.join("")}`);
    // The same without the cache, as after any write: a new transaction id changes PostgreSQL's snapshot, so
    // whileUnchanged (lib/cache/while-unchanged.ts) computes every figure afresh on each run.
    const uncached: string[] = [];
    for (const { p } of periods) {
      const ts = await time(async () => {
        await db().$queryRaw`select txid_current()`;
        await metricFilterOptions(viewer);
        await boardDashboard(viewer, p, {});
      }, runs);
      uncached.push(`${median(ts).toFixed(1)} (${max(ts).toFixed(1)})`.padStart(18));
    }
    console.log(`${"  uncached (after a write)".padEnd(28)}${uncached.join("")}`);
    const filtered = await time(async () => {
      await metricFilterOptions(viewer);
      await boardDashboard(viewer, periods[0].p, { roleCategory: "SOCIAL_CARE" });
    }, runs);
    console.log(`${"  this quarter, social care".padEnd(28)}${`${median(filtered).toFixed(1)} (${max(filtered).toFixed(1)})`.padStart(18)}`);
  } finally {
    await db().$disconnect();
    await database?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
