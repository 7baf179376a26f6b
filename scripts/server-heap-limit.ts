// The V8 heap limit of the production app server (`npm start`, and the bench's server, which
// measures what we ship): decision 0023. Without one, Node sizes the heap from the machine's
// memory (about 4 GB here) and lets it grow lazily under load, far past what the app keeps alive.

/** Old-generation limit in MB: the idle app keeps about 100 MB alive, a loaded one up to about 190. */
export const SERVER_HEAP_LIMIT_MB = 256;

/** `env` with the limit added to NODE_OPTIONS, unless the operator already chose one there. */
export function withServerHeapLimit<Env extends Record<string, string | undefined>>(
  env: Env,
): Env & { NODE_OPTIONS?: string } {
  const options = env.NODE_OPTIONS?.trim() ?? "";
  if (/(^|\s)--max-old-space-size[=\s]/.test(options)) return env;
  return { ...env, NODE_OPTIONS: `${options} --max-old-space-size=${SERVER_HEAP_LIMIT_MB}`.trim() };
}
