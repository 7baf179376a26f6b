// Read-only look at the e2e server's database: tests check what a submit really stored.
import pg from "pg";
import { readServerInfo } from "./e2e-env";

export async function withE2eDatabase<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: readServerInfo().databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function queryRows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return withE2eDatabase(async (client) => (await client.query<T>(sql, params)).rows);
}

export async function countApplicationsFor(email: string): Promise<number> {
  const [row] = await queryRows<{ count: string }>(
    `SELECT count(*)::text AS count FROM "Application" WHERE "emailNormalized" = $1`,
    [email.trim().toLowerCase()],
  );
  return Number(row?.count ?? 0);
}
