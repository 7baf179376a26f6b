// Counts the database round trips a piece of work makes on the app's connection pool (lib/db.ts:
// Prisma and the plain-SQL users share it). node-pg sends each statement as one message and
// waits for its answer, so one client.query call is one round trip.
import type pg from "pg";
import { dbPool } from "@/lib/db";

type Counting = { statements: string[] };

let counting: Counting | undefined;
const watched = new WeakSet<pg.PoolClient>();
let listening = false;

function statementText(args: unknown[]): string {
  const [first] = args;
  const text = typeof first === "string" ? first : (first as { text?: string } | undefined)?.text;
  return (text ?? "?").replace(/\s+/g, " ").trim().slice(0, 120);
}

function watchPool(): void {
  if (listening) return;
  listening = true;
  // Every query, Prisma's or plain, checks a client out first: wrap each client once.
  dbPool().on("acquire", (client) => {
    if (watched.has(client)) return;
    watched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      counting?.statements.push(statementText(args));
      return query(...args);
    };
  });
}

/** Runs `work` alone (nothing else may use the pool meanwhile) and returns the statements it sent. */
export async function countRoundTrips<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  watchPool();
  if (counting) throw new Error("countRoundTrips does not nest");
  const current: Counting = { statements: [] };
  counting = current;
  try {
    return { result: await work(), statements: current.statements };
  } finally {
    counting = undefined;
  }
}
