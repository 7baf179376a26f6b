// The V8 heap limit of the production app server (`npm start`, and the bench's server, which
// measures what we ship): decision 0023. Without one, Node sizes the heap from the machine's
// memory (about 4 GB here) and lets it grow lazily under load, far past what the app keeps alive.

/** Old-generation limit in MB: the idle app keeps about 100 MB alive, a loaded one up to about 190. */
export const SERVER_HEAP_LIMIT_MB = 256;

/**
 * glibc's allocator with two arenas instead of up to eight a core (decision 0023, amended
 * 2026-12-07): each thread V8 and libuv run allocates from an arena of its own, and memory freed
 * in an arena stays with it, so a burst of compiling or of request bodies left tens of MB
 * resident in arenas nobody used again.
 */
export const SERVER_MALLOC_ENV = { MALLOC_ARENA_MAX: "2" } as const;

/**
 * `env` with the limit added to NODE_OPTIONS, unless the operator already chose one there, and
 * with SERVER_MALLOC_ENV unless the operator set it.
 */
export function withServerHeapLimit<Env extends Record<string, string | undefined>>(
  env: Env,
): Env & { NODE_OPTIONS?: string } {
  const withMalloc = { ...SERVER_MALLOC_ENV, ...env };
  const options = env.NODE_OPTIONS?.trim() ?? "";
  if (/(^|\s)--max-old-space-size[=\s]/.test(options)) return withMalloc;
  return { ...withMalloc, NODE_OPTIONS: `${options} --max-old-space-size=${SERVER_HEAP_LIMIT_MB}`.trim() };
}
