/**
 * Where the database is: DATABASE_URL when set, else the embedded PostgreSQL under .data/.
 * Shared by `npm run dev`, `npm start`, `npm test`, seeding and benchmarks.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

export const ROOT = path.resolve(__dirname, "..", "..");

export type Database = { url: string; embedded: EmbeddedPostgres | null; stop(): Promise<void> };

const CLUSTERS = {
  dev: { dir: ".data/pg", port: 54329, fast: false },
  test: { dir: ".data/pg-test", port: 54330, fast: true },
} as const;

function withDatabaseName(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * @param cluster which embedded cluster to use when DATABASE_URL is unset
 * @param name database name; with DATABASE_URL set and a name given, that database on the same server
 */
export async function openDatabase(cluster: keyof typeof CLUSTERS, name?: string): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (!name) return { url: external, embedded: null, stop: async () => {} };
    const url = withDatabaseName(external, name);
    await ensureDatabaseOn(external, name);
    return { url, embedded: null, stop: async () => {} };
  }
  const c = CLUSTERS[cluster];
  const envPort = cluster === "dev" ? process.env.EMBEDDED_PG_PORT : process.env.EMBEDDED_PG_TEST_PORT;
  const port = envPort ? Number(envPort) : c.port;
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(ROOT, c.dir), port, fast: c.fast });
  const db = name ?? "connect2";
  await embedded.ensureDatabase(db);
  return { url: embedded.url(db), embedded, stop: () => embedded.stop() };
}

async function ensureDatabaseOn(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Apply committed migrations (prisma migrate deploy on the WebAssembly engine). */
export function migrate(url: string) {
  const res = spawnSync(
    process.execPath,
    ["--require", path.join(ROOT, "scripts/unref-timers.cjs"), path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (res.status !== 0) throw new Error(`prisma migrate deploy failed:\n${res.stdout}\n${res.stderr}`);
}

export async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*)::text as n from "Council"');
    return rows[0].n === "0";
  } finally {
    await client.end();
  }
}
