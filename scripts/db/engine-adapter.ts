// The driver adapter the wasm schema engine talks to Postgres through: @prisma/adapter-pg, plus a
// fix for catalog columns of type `"char"` (pg_constraint.contype, pg_class.relkind, ...).
//
// Why: adapter-pg 7.10 throws "Unsupported column type char" for them, so any introspection
// (which a diff from migrations needs) fails with "Column type 'char' could not be deserialized",
// and the engine then reads those columns with a Character getter, so reporting them as Text is
// not enough either (it panics). We let pg report them as text, remember which columns they
// were, and relabel those columns `Character` in the adapter's result.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

// Keyed by the rows array, which adapter-pg passes through unchanged into its result.
const charColumnsByRows = new WeakMap<object, number[]>();

type PgResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] };

function markCharColumns<R>(result: R): R {
  for (const one of (Array.isArray(result) ? result : [result]) as PgResultLike[]) {
    const indexes: number[] = [];
    one?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    });
    if (indexes.length > 0 && one.rows) charColumnsByRows.set(one.rows, indexes);
  }
  return result;
}

class CharAwareClient extends pg.Client {
  // pg.Pool#query uses the callback form; adapter-pg's transaction clients the promise form.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- must stay assignable to every overload of pg.Client#query
  override query(...args: unknown[]): any {
    const query = super.query as (...a: unknown[]) => unknown;
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, result && markCharColumns(result));
      return query.apply(this, args);
    }
    const pending = query.apply(this, args);
    return pending instanceof Promise ? pending.then(markCharColumns) : pending;
  }
}

function relabelCharColumns(result: SqlResultSet): SqlResultSet {
  for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
  return result;
}

function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => relabelCharColumns(await queryRaw(query));
  return queryable;
}

/**
 * adapter-pg runs a migration script split on every ";", which breaks dollar-quoted function
 * bodies and ";" inside comments. We send the script whole, as one simple query: Postgres runs
 * its statements in order in one implicit transaction, so a failing migration leaves nothing.
 */
async function executeWholeScript(adapter: SqlDriverAdapter, pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    // The adapter's own conversion into the error the engine understands (it always throws).
    (adapter as unknown as { onError(error: unknown): never }).onError(error);
  }
}

function charAwareFactory(pool: pg.Pool) {
  const pgFactory = new PrismaPg(pool);
  return async (): Promise<SqlDriverAdapter> => {
    const adapter = withCharColumns(await pgFactory.connect());
    adapter.executeScript = (script) => executeWholeScript(adapter, pool, script);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel): Promise<Transaction> =>
      withCharColumns(await startTransaction(isolationLevel));
    return adapter;
  };
}

/**
 * An adapter factory for `SchemaEngine.new`, and `close()` to end its connections. The engine
 * replays migrations (a diff from `migrations`) on the shadow database, which must be empty:
 * adapter-pg's own shadow factory would CREATE DATABASE, which PGlite cannot do.
 */
export function createEngineAdapter(connectionString: string, shadowConnectionString?: string) {
  // Our own pools: the adapter's would keep the process alive for their idle timeout.
  const pools = [connectionString, shadowConnectionString].map((url) =>
    url ? new pg.Pool({ connectionString: url, max: 2, Client: CharAwareClient }) : undefined,
  );
  const [main, shadow] = pools;
  const factory = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: charAwareFactory(main!),
    connectToShadowDb: shadow
      ? charAwareFactory(shadow)
      : () => Promise.reject(new Error("This operation needs an empty shadow database: pass its URL.")),
  };
  return {
    adapter: bindMigrationAwareSqlAdapterFactory(factory),
    close: () => Promise.all(pools.map((pool) => pool?.end())).then(() => undefined),
  };
}
