import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per process, kept across hot reloads in development. Created on first use so
// that `next build` can import modules without a database.
const globalForDb = globalThis as unknown as { trellisDb?: PrismaClient; trellisDbPool?: pg.Pool };

export function createDbClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

/**
 * The connections behind `db`, shared with the few plain-SQL users (the rate limiter): one pool
 * per process, which matters on the embedded Postgres (one connection, see DATABASE_POOL_MAX).
 */
export function dbPool(): pg.Pool {
  if (!globalForDb.trellisDbPool) {
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: getEnv().DATABASE_POOL_MAX });
    // An idle connection dropped by the server is replaced on next use; unheard, it would crash the process.
    pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
    globalForDb.trellisDbPool = pool;
  }
  return globalForDb.trellisDbPool;
}

function client(): PrismaClient {
  globalForDb.trellisDb ??= new PrismaClient({ adapter: new PrismaPg(dbPool()) });
  return globalForDb.trellisDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type Db = PrismaClient;
export type DbTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
