/**
 * Driver adapter used ONLY by the Prisma CLI (migrate, db seed, diff) so that it runs on the bundled
 * WebAssembly schema engine, with no native engine download. It wraps @prisma/adapter-pg 6.19 and
 * works around four upstream faults (see ../shared/design/stack.md):
 *  1. Postgres catalogue types `name` (19), `"char"` (18) and `name[]` (1003) cannot be mapped by the
 *     adapter (prisma/orm#27403): a pg.Client subclass relabels those result columns as text.
 *  2. The adapter splits migration scripts at every `;`, breaking $$-quoted plpgsql: send scripts whole.
 *  3. Its shadow database reuses the main connection string and drops the shadow DB before closing
 *     the pool: connect to the shadow DB by name, close its pool first, then drop it.
 *  4. (scripts/unref-timers.cjs) the WASM engine leaves 10 s timers behind.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const RELABEL: Record<number, number> = { 18: 25, 19: 25, 1003: 1009 };

type Field = { dataTypeID: number };
function relabel<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as Array<{ fields?: Field[] } | undefined>) {
    for (const f of r?.fields ?? []) {
      if (f.dataTypeID in RELABEL) f.dataTypeID = RELABEL[f.dataTypeID];
    }
  }
  return result;
}

class CatalogueSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : relabel(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out && typeof (out as Promise<unknown>).then === "function"
      ? (out as Promise<unknown>).then(relabel)
      : out;
  }
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function sendScriptsWhole(adapter: Adapter): Adapter {
  const a = adapter as Adapter & { onError(e: unknown): never };
  adapter.executeScript = async (script: string) => {
    const pool = adapter.underlyingDriver() as pg.Pool;
    try {
      await pool.query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

export function createMigrationAdapter(connectionString: string) {
  const pool = () => new pg.Pool({ connectionString, Client: CatalogueSafeClient, max: 4 });
  const base = new PrismaPg(pool(), { disposeExternalPool: true });
  return {
    provider: base.provider as "postgres",
    adapterName: base.adapterName,
    async connect() {
      return sendScriptsWhole(await base.connect());
    },
    async connectToShadowDb() {
      const database = `prisma_shadow_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();
      const shadowPool = new pg.Pool({
        connectionString: withDatabase(connectionString, database),
        Client: CatalogueSafeClient,
        max: 4,
      });
      const shadow = await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await dropper.end();
      };
      return sendScriptsWhole(shadow);
    },
  };
}
