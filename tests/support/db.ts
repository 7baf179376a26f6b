// The Prisma client integration tests use: the app's own client, which tests/support/
// integration-env.ts pointed at the run's test database, so tests and domain code share a pool.
export { db as testDb } from "@/lib/db";
export type { Db, DbTransaction } from "@/lib/db";
