import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one Prisma client. Created lazily so that `next build` needs no database, and kept on
 * globalThis so that dev-server reloads do not open a new pool each time.
 * Import it only from lib/<domain> modules.
 */
const globalForDb = globalThis as unknown as { __connect2Prisma?: PrismaClient };

function create(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it");
  }
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.__connect2Prisma ??= create();
  return globalForDb.__connect2Prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export { Prisma } from "@/lib/generated/prisma/client";
