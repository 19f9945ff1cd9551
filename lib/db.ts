import "server-only";
import { env } from "@/lib/env";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import pg from "pg";
import { countQuery, logQuery, queryLogEnabled } from "@/lib/bench/query-count";

/**
 * The one Prisma client. Created lazily so that `next build` needs no database, and kept on
 * globalThis so that dev-server reloads do not open a new pool each time.
 * Import it only from lib/<domain> modules.
 */
const globalForDb = globalThis as unknown as { __connect2Prisma?: PrismaClient };

function create(): PrismaClient {
  const connectionString = env().DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it");
  }
  const max = env().DB_POOL_SIZE;
  // DB_QUERY_LOG=1 (npm run bench only): count every statement at the driver, below Prisma.
  const adapter = new PrismaPg(queryLogEnabled() ? { connectionString, max, Client: CountingClient } : { connectionString, max });
  return new PrismaClient({ adapter });
}

/** A pg client that counts each statement it sends (see lib/bench/query-count.ts). */
class CountingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const send = this.query.bind(this) as (...args: unknown[]) => unknown;
    Object.assign(this, {
      query: (...args: unknown[]) => {
        countQuery();
        return env().DB_QUERY_LOG === "2" ? logQuery(send, args) : send(...args);
      },
    });
  }
}

export function db(): PrismaClient {
  globalForDb.__connect2Prisma ??= create();
  return globalForDb.__connect2Prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "@/lib/generated/prisma/client";
