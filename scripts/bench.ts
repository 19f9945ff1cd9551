/**
 * `npm run bench`: the load benchmark. Against a production build (`next start`) on the large data set, it drives
 * the main page of each portal and the public vacancy board with 50 concurrent signed-in users and prints p50/p95
 * latency and throughput per page, and the SQL statements each page sends on the large data set and on the demo-only
 * one (they must not grow with the data). Exit code 1 when a target is missed or a count grew.
 *
 * Per page:
 *  - one request at a time (10 views after 10 to warm up): statements per view, demo vs large, and the median time;
 *  - users (30 s): 50 virtual users, each loading the page (whole body, gzip like a browser), reading it for a random
 *    2.5–7.5 s (--think 5000, the mean in ms) and loading the next — 50 people working at once, ~9 views a second.
 *    The p95 targets are judged on this pass;
 *  - stress (10 s): autocannon, 50 connections each sending the next request the moment the last one answers (no
 *    reading time): the most the server can serve. Latency there is queueing (≈ 50 ÷ throughput), so it measures
 *    capacity, not what a person waits. The server's and the database's CPU per request are measured over it.
 * "others" is the share of the machine's CPUs that processes other than this benchmark used during the users pass:
 * other people's builds and tests on the same machine make every figure worse, so read the figures with it.
 *
 *   npm run bench                         everything at scale 1 (seeds and builds when needed)
 *   npm run bench -- --scale 2            a bigger data set (re-seeds connect2_bench)
 *   npm run bench -- --skip-seed          use connect2_bench as it is
 *   npm run bench -- --skip-build         reuse the last build in .next-bench
 *   npm run bench -- --duration 30 --stress-duration 10 --users 50 --think 5000 --only jobs,manager
 *   npm run bench -- --writes 2          …while something writes twice a second (cached results are worked out again)
 *
 * Databases: `connect2_bench` (migrations + demo seed + `seed-large --scale N`) and `connect2_bench_small`
 * (migrations + demo seed) on the embedded development cluster, or on the DATABASE_URL server when set
 * (`--db NAME` for other names: NAME and NAME_small).
 * Signed-in users: session cookies minted with next-auth's `encode` and the server's NEXTAUTH_SECRET — what the
 * sign-in form sets in a browser.
 * Latency percentiles are exact: every response time is kept and sorted (nearest rank), not read off a histogram.
 * Statements per page: the server runs with DB_QUERY_LOG=1, which counts every statement at the pg driver, below
 * Prisma (lib/bench/query-count.ts); the count is read from /api/bench/query-count around one request at a time.
 * CPU figures come from /proc (Linux); elsewhere they show "–".
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { migrate, openDatabase, ROOT, type Database } from "./lib/database";
import { bin, runToEnd } from "./lib/processes";

type Page = { name: string; path: string; email: string | null; target: number; signedIn: boolean };

const PAGES: Page[] = [
  { name: "jobs", path: "/jobs", email: null, target: 80, signedIn: false },
  { name: "manager", path: "/manager", email: "sarah.khan@luton.example", target: 150, signedIn: true },
  { name: "candidate", path: "/candidate", email: "jordan.smith@example.com", target: 150, signedIn: true },
  { name: "agency", path: "/agency", email: "priya.patel@connect2luton.example", target: 150, signedIn: true },
  { name: "board", path: "/board", email: "margaret.ellis@connect2luton.example", target: 150, signedIn: true },
];

const DIST_DIR = ".next-bench";
const SESSION_MAX_AGE = 8 * 60 * 60;

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const flag = (name: string) => process.argv.slice(2).includes(`--${name}`);

function numberArg(name: string, fallback: number, min: number, max: number): number {
  const raw = arg(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max}; got ${raw}`);
  return n;
}

const opts = {
  scale: numberArg("scale", 1, 0.01, 20),
  duration: numberArg("duration", 30, 1, 600),
  stressDuration: numberArg("stress-duration", 10, 1, 600),
  users: numberArg("users", 50, 1, 1000),
  think: numberArg("think", 5000, 0, 60_000),
  poolSize: numberArg("pool", Number(process.env.DB_POOL_SIZE ?? 20), 1, 150),
  samples: numberArg("samples", 10, 1, 100),
  writes: numberArg("writes", 0, 0, 1000),
  skipSeed: flag("skip-seed"),
  skipBuild: flag("skip-build"),
  only: arg("only")?.split(",").map((s) => s.trim()),
};

/** --db NAME: the large database (default connect2_bench); the demo-only one is NAME_small. */
const BIG_DB = arg("db") ?? "connect2_bench";
if (!/^[a-z][a-z0-9_]{0,50}$/.test(BIG_DB)) throw new Error(`--db must be a lower-case database name; got ${BIG_DB}`);
const SMALL_DB = `${BIG_DB}_small`;

const log = (s: string) => console.log(`[bench] ${s}`);
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(" ");

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function count(c: pg.Client, sql: string): Promise<number> {
  const { rows } = await c.query<{ n: string }>(sql);
  return Number(rows[0].n);
}

async function seedDemo(url: string) {
  const code = await runToEnd(bin("tsx"), ["prisma/seed.ts", "--reset"], { ...process.env, DATABASE_URL: url, NODE_ENV: "development" });
  if (code !== 0) throw new Error("the demo seed failed");
}

/** connect2_bench: demo seed + the large data set at the requested scale, unless it is already there. */
async function prepareBig(url: string) {
  migrate(url);
  if (opts.skipSeed) return log(`${BIG_DB}: --skip-seed, using the data as it is`);
  const expected = Math.round(10_000 * opts.scale);
  const large = await withClient(url, (c) => count(c, `select count(*)::text as n from "Requisition" where id like 'lgreq\\_%'`));
  if (Math.abs(large - expected) <= expected * 0.02) return log(`${BIG_DB}: the large data set is loaded (${large} benchmark requisitions)`);
  log(`${BIG_DB}: ${large ? `holds ${large} benchmark requisitions, not ~${expected}: ` : ""}loading the demo seed and the large data set at scale ${opts.scale}…`);
  const started = Date.now();
  await seedDemo(url);
  const code = await runToEnd(bin("tsx"), ["scripts/seed-large.ts", "--scale", String(opts.scale)], { ...process.env, DATABASE_URL: url, NODE_ENV: "development" });
  if (code !== 0) throw new Error("seed-large failed");
  log(`${BIG_DB}: seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** connect2_bench_small: the demo seed only. */
async function prepareSmall(url: string) {
  migrate(url);
  const [councils, large] = await withClient(url, async (c) => [
    await count(c, `select count(*)::text as n from "Council"`),
    await count(c, `select count(*)::text as n from "Requisition" where id like 'lgreq\\_%'`),
  ]);
  if (councils > 0 && large === 0 && opts.skipSeed) return;
  if (councils > 0 && large === 0) return log(`${SMALL_DB}: demo data present`);
  log(`${SMALL_DB}: loading the demo seed…`);
  await seedDemo(url);
}

const TABLES = ["Requisition", "CandidateProfile", "Application", "Placement", "Timesheet", "TimesheetLine", "AuditEvent"] as const;

async function sizes(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = await count(c, `select count(*)::text as n from "${t}"`);
    return out;
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

type Server = { base: string; child: ChildProcess; stop(): Promise<void> };

async function startServer(databaseUrl: string, secret: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(bin("next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    detached: true, // its own process group, so stop() ends next and any worker it forks
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      DB_POOL_SIZE: String(opts.poolSize),
      DB_QUERY_LOG: "1",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: base,
    },
  });
  let output = "";
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 10_000);
    await exited;
    clearTimeout(t);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/api/bench/query-count`);
      if (res.ok) return { base, child, stop };
      if (res.status === 404) {
        await stop();
        throw new Error(`${base}/api/bench/query-count answered 404: is the build in ${DIST_DIR} older than app/api/bench? Run without --skip-build.`);
      }
    } catch (e) {
      if (e instanceof Error && e.message.includes("query-count answered")) throw e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

type SessionUser = { id: string; email: string; name: string; role: string; councilId: string };

/** Cookie headers for each signed-in page: the next-auth JWT session cookie a browser holds after signing in. */
async function cookies(url: string, secret: string): Promise<Map<string, string>> {
  const emails = PAGES.flatMap((p) => (p.email ? [p.email] : []));
  const users = await withClient(url, async (c) => {
    const { rows } = await c.query<SessionUser>(
      `select id, email, name, role::text as role, "councilId" from "User" where email = any($1) and active`,
      [emails],
    );
    return rows;
  });
  const out = new Map<string, string>();
  for (const email of emails) {
    const u = users.find((x) => x.email === email);
    if (!u) throw new Error(`demo user ${email} is missing from the database: is the demo seed loaded?`);
    const token = await encode({
      secret,
      maxAge: SESSION_MAX_AGE,
      token: { sub: u.id, email: u.email, name: u.name, role: u.role, councilId: u.councilId },
    });
    out.set(email, `next-auth.session-token=${token}`);
  }
  return out;
}

function headersFor(page: Page, jar: Map<string, string>): Record<string, string> {
  return page.email ? { cookie: jar.get(page.email)! } : {};
}

/** One request; fails unless it is a 200 that really is the page (signed in, not a sign-in redirect). */
async function fetchPage(base: string, page: Page, jar: Map<string, string>): Promise<void> {
  const res = await fetch(base + page.path, { headers: headersFor(page, jar), redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${page.path} answered ${res.status} ${res.headers.get("location") ?? ""}`);
  if (page.signedIn && !body.includes("Sign out")) throw new Error(`${page.path} answered 200 but not as a signed-in page`);
}

async function readCount(base: string): Promise<number> {
  const res = await fetch(`${base}/api/bench/query-count`, { cache: "no-store" });
  return ((await res.json()) as { queries: number }).queries;
}

/** CPU time (user + system, all threads) a process has used, in ms; null where /proc is not available. */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd on: utime is the 14th, stime the 15th
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return null;
  }
}

/** CPU time used by the PostgreSQL backends serving `database` (their process titles name it). */
function dbCpuMs(database: string): number | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (title.startsWith("postgres: ") && title.includes(` ${database} `)) total += cpuMs(Number(pid)) ?? 0;
    } catch {
      /* gone */
    }
  }
  return total;
}

/** CPU time the whole machine has been busy (all CPUs), in ms; null where /proc is not available. */
function machineBusyMs(): number | null {
  try {
    const f = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = f;
    return ((user + nice + system + irq + softirq + (steal ?? 0)) * 1000) / CLK_TCK;
  } catch {
    return null;
  }
}

/**
 * Runs `fn` and says what share of the machine's CPUs processes other than this benchmark (the load generator,
 * the server, its database backends) used meanwhile: other people's builds and tests make every figure worse.
 */
async function withOthersShare<T>(server: Server, database: string, fn: () => Promise<T>): Promise<{ result: T; others: number | null }> {
  const self0 = process.cpuUsage();
  const [m0, s0, d0, t0] = [machineBusyMs(), cpuMs(server.child.pid!), dbCpuMs(database), performance.now()];
  const result = await fn();
  const self = process.cpuUsage(self0);
  const [m1, s1, d1, t1] = [machineBusyMs(), cpuMs(server.child.pid!), dbCpuMs(database), performance.now()];
  if (m0 === null || m1 === null || s0 === null || s1 === null || d0 === null || d1 === null) return { result, others: null };
  const ours = s1 - s0 + (d1 - d0) + (self.user + self.system) / 1000;
  return { result, others: Math.max(0, (m1 - m0 - ours) / ((t1 - t0) * os.cpus().length)) };
}

/**
 * Waits until the server has stopped working (under 10% of a CPU over a quarter of a second, at most 20 s): when a
 * load generator stops, the requests it sent last are still being served, and they must not slow the next pass.
 */
async function settle(server: Server) {
  const deadline = Date.now() + 20_000;
  let last = cpuMs(server.child.pid!);
  if (last === null) return sleep(2000);
  while (Date.now() < deadline) {
    await sleep(250);
    const now = cpuMs(server.child.pid!)!;
    if (now - last < 25) return;
    last = now;
  }
}

const CLK_TCK = (() => {
  const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  return Number(r.stdout?.trim()) || 100;
})();

type Single = { queries: number[]; ms: number[] };

/**
 * One request at a time, `samples` times per page: the SQL statements each view sends and how long it takes with
 * nobody else using the site.
 */
async function onePerPage(server: Server, pages: Page[], jar: Map<string, string>): Promise<Map<string, Single>> {
  const out = new Map<string, Single>();
  for (const page of pages) {
    for (let i = 0; i < 10; i++) await fetchPage(server.base, page, jar); // warm the JIT; nothing here should count
    const r: Single = { queries: [], ms: [] };
    for (let i = 0; i < opts.samples; i++) {
      const before = await readCount(server.base);
      const t = performance.now();
      await fetchPage(server.base, page, jar);
      r.ms.push(performance.now() - t);
      await sleep(50); // anything still settling after the response
      r.queries.push((await readCount(server.base)) - before);
    }
    r.ms.sort((a, b) => a - b);
    out.set(page.name, r);
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type LoadResult = { rps: number; p50: number; p95: number; p99: number; n: number; bad: number; served: number };

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  // nearest rank: the smallest value with at least p% of the samples at or below it
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function summarise(latencies: number[], seconds: number, bad: number, served = latencies.length): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    served,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    n: latencies.length,
    bad,
  };
}

/**
 * The users pass: `opts.users` loops, each loading the page (the whole body), then reading it for a random
 * 0.5–1.5 × `opts.think` ms; they start spread over one think time. Requests still running at the end are
 * waited for and counted.
 */
async function users(base: string, page: Page, jar: Map<string, string>, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let bad = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const headers = headersFor(page, jar);
  const user = async () => {
    await sleep(Math.random() * opts.think);
    while (performance.now() < until) {
      const t = performance.now();
      try {
        const res = await fetch(base + page.path, { headers, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) bad++;
      } catch {
        bad++;
      }
      latencies.push(performance.now() - t);
      await sleep(opts.think * (0.5 + Math.random()));
    }
  };
  await Promise.all(Array.from({ length: opts.users }, user));
  return summarise(latencies, (performance.now() - started) / 1000, bad);
}

/** The stress pass: autocannon, `opts.users` connections back to back; every response's own time is kept. */
async function stress(base: string, page: Page, jar: Map<string, string>, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let bad = 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base + page.path, connections: opts.users, duration: seconds, headers: headersFor(page, jar), timeout: 30 },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, time: number) => {
      latencies.push(time);
      if (status !== 200) bad++;
    });
  });
  // Requests still unanswered when the time ran out are served anyway (the server finds out too late): count them
  // for the CPU per request, and against the page when nothing at all came back.
  const unanswered = Math.max(0, r.requests.sent - r.requests.total - r.errors - r.timeouts);
  return summarise(latencies, r.duration, bad + r.errors + r.timeouts + (latencies.length ? 0 : unanswered), latencies.length + unanswered + r.timeouts);
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
const range = (xs: number[] | undefined) => (!xs ? "–" : Math.min(...xs) === Math.max(...xs) ? String(xs[0]) : `${Math.min(...xs)}–${Math.max(...xs)}`);

function table(rows: string[][]) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

async function main() {
  const pages = opts.only ? PAGES.filter((p) => opts.only!.includes(p.name)) : PAGES;
  if (!pages.length) throw new Error(`--only matches no page; pages: ${PAGES.map((p) => p.name).join(", ")}`);
  log(`${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load average ${load()}, node ${process.version}`);

  const opened: Database[] = [];
  const servers: Server[] = [];
  const cleanup = async () => {
    for (const s of servers) await s.stop().catch(() => {});
    for (const d of opened.reverse()) await d.stop().catch(() => {});
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

  try {
    const big = await openDatabase("dev", BIG_DB);
    opened.push(big);
    const small = await openDatabase("dev", SMALL_DB);
    opened.push(small);
    await prepareBig(big.url);
    await prepareSmall(small.url);
    const [bigSizes, smallSizes] = [await sizes(big.url), await sizes(small.url)];
    log("data set (rows):");
    table([["table", "large", "demo"], ...TABLES.map((t) => [t, String(bigSizes[t]), String(smallSizes[t])])]);

    if (opts.skipBuild) log(`--skip-build: using the build in ${DIST_DIR}`);
    else {
      log(`building (next build into ${DIST_DIR})…`);
      const started = Date.now();
      // next build adds its build directory's types to tsconfig.json; put the file back as it was.
      const tsconfig = path.join(ROOT, "tsconfig.json");
      const tsconfigBefore = fs.readFileSync(tsconfig, "utf8");
      const code = await runToEnd(bin("next"), ["build"], {
        ...process.env,
        NEXT_DIST_DIR: DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        SKIP_BUILD_TYPECHECK: "1", // `npm test` typechecks; the benchmark measures the running app
      }).finally(() => fs.writeFileSync(tsconfig, tsconfigBefore));
      if (code !== 0) throw new Error("next build failed");
      log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }

    const secret = randomBytes(32).toString("base64url");

    // Queries per page on the demo-only database.
    let server = await startServer(small.url, secret);
    servers.push(server);
    const smallOne = await onePerPage(server, pages, await cookies(small.url, secret));
    await server.stop();

    // The large database: queries per page, then load.
    server = await startServer(big.url, secret);
    servers.push(server);
    const jar = await cookies(big.url, secret);
    const bigOne = await onePerPage(server, pages, jar);

    // --writes N: N transactions a second that take a transaction id (as any write does) without changing data, so
    // results kept while the database is unchanged (lib/cache/while-unchanged.ts) are worked out again N times a second.
    const writer = opts.writes > 0 ? new pg.Client({ connectionString: big.url }) : null;
    let writes: NodeJS.Timeout | null = null;
    if (writer) {
      await writer.connect();
      writes = setInterval(() => void writer.query("select pg_current_xact_id()").catch(() => {}), 1000 / opts.writes);
    }
    const results = new Map<string, { users: LoadResult; stress: LoadResult; others: number | null; serverCpu: number | null; dbCpu: number | null }>();
    for (const page of pages) {
      log(`${page.path}: ${opts.duration} s of ${opts.users} users, then ${opts.stressDuration} s of stress`);
      await settle(server);
      const { result: u, others } = await withOthersShare(server, BIG_DB, () => users(server.base, page, jar, opts.duration));
      await settle(server);
      const cpu0 = [cpuMs(server.child.pid!), dbCpuMs(BIG_DB)];
      const st = await stress(server.base, page, jar, opts.stressDuration);
      await settle(server); // requests autocannon gave up on are still being served: count their CPU too
      const cpu1 = [cpuMs(server.child.pid!), dbCpuMs(BIG_DB)];
      const perRequest = (i: number) => (cpu0[i] === null || cpu1[i] === null || !st.served ? null : (cpu1[i]! - cpu0[i]!) / st.served);
      results.set(page.name, { users: u, stress: st, others, serverCpu: perRequest(0), dbCpu: perRequest(1) });
    }
    if (writes) clearInterval(writes);
    await writer?.end();
    await server.stop();

    const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
    console.log("");
    log(`one request at a time (${opts.samples} views of each page):`);
    const one: string[][] = [["page", "queries demo", "queries large", "median ms (large)"]];
    let failed = 0;
    for (const page of pages) {
      const [a, b] = [smallOne.get(page.name)!, bigOne.get(page.name)!];
      const grew = Math.max(...b.queries) > Math.max(...a.queries);
      if (grew) failed++;
      one.push([
        page.path,
        range(a.queries),
        range(b.queries) + (grew ? " (grew!)" : ""),
        ms(percentile(b.ms, 50)),
      ]);
    }
    table(one);
    console.log("");
    log(
      `under load (scale ${opts.scale}, next start with DB_POOL_SIZE=${opts.poolSize}${opts.writes ? `, ${opts.writes} writes a second` : ""}): ` +
        `users = ${opts.duration} s of ${opts.users} users each reading a page for ${(opts.think / 2000).toFixed(1)}–${((opts.think * 1.5) / 1000).toFixed(1)} s between loads; ` +
        `stress = ${opts.stressDuration} s of ${opts.users} connections back to back (capacity); ` +
        `CPU per request measured over the stress pass (/proc); others = CPU share other processes used during the users pass.`,
    );
    const rows: string[][] = [
      ["page", "users req/s", "p50 ms", "p95 ms", "p99 ms", "stress req/s", "p50 ms", "p95 ms", "server CPU ms/req", "db CPU ms/req", "errors", "p95 target", "met", "others"],
    ];
    for (const page of pages) {
      const { users: u, stress: st, others, serverCpu, dbCpu } = results.get(page.name)!;
      const bad = u.bad + st.bad;
      const met = bad === 0 && u.p95 < page.target;
      if (!met) failed++;
      rows.push([
        page.path,
        u.rps.toFixed(1),
        ms(u.p50),
        ms(u.p95),
        ms(u.p99),
        st.rps.toFixed(1),
        ms(st.p50),
        ms(st.p95),
        serverCpu === null ? "–" : serverCpu.toFixed(1),
        dbCpu === null ? "–" : dbCpu.toFixed(1),
        String(bad),
        `< ${page.target}`,
        met ? "yes" : "NO",
        pct(others),
      ]);
    }
    table(rows);
    log(`load average at the end ${load()}`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().catch(async (e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
