import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per process, kept across hot reloads in development. Created on first use so
// that `next build` can import modules without a database.
const globalForDb = globalThis as unknown as { trellisDb?: PrismaClient };

export function createDbClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

function client(): PrismaClient {
  globalForDb.trellisDb ??= createDbClient(getEnv().DATABASE_URL, getEnv().DATABASE_POOL_MAX);
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
