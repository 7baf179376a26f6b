// Next.js's incremental cache (ISR pages such as the job postings and the careers home, and data
// kept with unstable_cache), kept on each instance as Next.js keeps it, but with on-demand
// revalidation told to every instance through Postgres LISTEN/NOTIFY. Without it, `revalidatePath()` on the instance that saved a job drops only that
// instance's copy, and the others serve the old posting until its hourly revalidation.
// Plain JavaScript because Next.js imports this file at run time (next.config.js cacheHandler).
import { randomUUID } from "node:crypto";
import pg from "pg";
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { cachedPagePolicy, policyOptionsFromEnv } from "../http/content-security-policy.js";
import { isStaticPage, withoutNextRuntime } from "../http/static-pages.js";

/** @type {any} Next.js's own handler (`next` is pinned, so its internal path is stable). */
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

const CHANNEL = "trellis_revalidated_tags";
const RECONNECT_MS = [500, 1_000, 2_000, 5_000];
const INSTANCE_ID = randomUUID();

/**
 * Pages and data cached before this time may have missed a revalidation (before this process
 * listened, or while its listening connection was down), so they are rendered or loaded again once.
 */
let trustedSince = 0;
/** @type {((tags: string[], durations: unknown) => Promise<void>) | undefined} */
let applyRemote;
let listening = false;

function syncEnabled() {
  // Off at build time (no database) and where one process serves alone (`npm start` with the
  // embedded Postgres sets REVALIDATION_SYNC=0).
  return (
    Boolean(process.env.DATABASE_URL) &&
    process.env.REVALIDATION_SYNC !== "0" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  );
}

const log = (/** @type {string} */ message) => console.warn(`[revalidation-sync] ${message}`);

function listen(attempt = 0) {
  // LISTEN needs a session of its own: through a transaction-mode pooler (PgBouncer), point
  // DATABASE_LISTEN_URL at Postgres directly.
  const client = new pg.Client({ connectionString: process.env.DATABASE_LISTEN_URL || process.env.DATABASE_URL });
  let retried = false;
  const retry = (/** @type {unknown} */ error) => {
    if (retried) return;
    retried = true;
    log(`listening connection lost (${error instanceof Error ? error.message : String(error)}); reconnecting`);
    client.end().catch(() => undefined);
    setTimeout(() => listen(attempt + 1), RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]).unref();
  };
  client.on("error", retry);
  client.on("end", () => retry(new Error("connection ended")));
  client.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const { origin, tags, durations } = JSON.parse(message.payload);
      if (origin !== INSTANCE_ID && Array.isArray(tags)) void applyRemote?.(tags, durations ?? undefined);
    } catch (error) {
      log(`ignored a malformed notification: ${String(error)}`);
    }
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      // Whatever was revalidated while not listening is unknown: distrust all older pages.
      trustedSince = Date.now();
      attempt = 0;
    })
    .catch(retry);
}

async function notifyOthers(/** @type {string[]} */ tags, /** @type {unknown} */ durations) {
  // A connection of its own: revalidations are rare (staff edits), and NOTIFY works through
  // any pooler. Committed at once, so the others drop their copies before the editor reloads.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  try {
    await client.connect();
    await client.query("SELECT pg_notify($1, $2)", [
      CHANNEL,
      JSON.stringify({ origin: INSTANCE_ID, tags, durations: durations ?? null }),
    ]);
  } catch (error) {
    log(
      `could not tell the other instances about ${tags.join(", ")}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The policy computed for a cached page's value, per process (the environment may differ from the one that wrote it to disk). */
const policies = new WeakMap();

/**
 * Gives a cached page the Content-Security-Policy of its own HTML (docs/decisions/0010): the
 * hashes of the inline scripts it carries, kept in the headers Next.js sends with every response
 * served from the entry. Also on the entry being stored: Next.js answers the request that
 * rendered it with that same headers object.
 * @param {any} value
 */
function withScriptPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  let policy = policies.get(value);
  if (!policy) {
    policy = cachedPagePolicy(value.html, policyOptionsFromEnv(process.env));
    policies.set(value, policy);
  }
  value.headers ??= {};
  value.headers["content-security-policy"] = policy;
}

export default class RevalidationSyncCacheHandler extends FileSystemCache {
  /** @param {any} context */
  constructor(context) {
    super(context);
    // Next.js makes a handler per request; the listening connection is one per process.
    if (!listening && syncEnabled()) {
      listening = true;
      trustedSince = Date.now();
      // Next.js's tag state is per process, not per handler: any handler can apply a tag.
      applyRemote = (tags, durations) => super.revalidateTag(tags, durations);
      listen();
    }
  }

  /** @param {string} key @param {any} context */
  async get(key, context) {
    const entry = await super.get(key, context);
    const kind = entry?.value?.kind;
    // FETCH: data kept with unstable_cache (the Job Board API's job list), which lives on disk too.
    if (
      trustedSince &&
      (kind === "APP_PAGE" || kind === "APP_ROUTE" || kind === "FETCH") &&
      entry.lastModified < trustedSince
    )
      return null;
    withScriptPolicy(entry?.value);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} context */
  async set(key, data, context) {
    // Changed in place: Next.js answers the request that rendered the page from this same value,
    // so that first response is the static HTML too (docs/decisions/0053).
    if (data?.kind === "APP_PAGE" && typeof data.html === "string" && isStaticPage(data))
      data.html = withoutNextRuntime(data.html);
    withScriptPolicy(data);
    return super.set(key, data, context);
  }

  /** @param {string | string[]} tags @param {unknown} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (listening && list.length > 0) await notifyOthers(list, durations);
  }
}
