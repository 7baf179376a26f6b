import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER_HEAP_LIMIT_MB, SERVER_MALLOC_ENV, withServerHeapLimit } from "../../scripts/server-heap-limit";

/** The heap limit a Node process started with `env` really has, in MB. */
function heapLimitMb(env: Record<string, string | undefined>): number {
  const out = execFileSync(
    process.execPath,
    ["-e", "console.log(require('node:v8').getHeapStatistics().heap_size_limit)"],
    { env: env as NodeJS.ProcessEnv },
  );
  return Number(out.toString()) / 1048576;
}

describe("withServerHeapLimit", () => {
  it("adds the limit to NODE_OPTIONS, keeping the options already there, and Node honours it", () => {
    expect(withServerHeapLimit({}).NODE_OPTIONS).toBe(`--max-old-space-size=${SERVER_HEAP_LIMIT_MB}`);
    const env = withServerHeapLimit({ PATH: process.env.PATH, NODE_OPTIONS: "--no-deprecation" });
    expect(env.NODE_OPTIONS).toBe(`--no-deprecation --max-old-space-size=${SERVER_HEAP_LIMIT_MB}`);
    // The old generation's limit plus the young generation's.
    const limit = heapLimitMb(env);
    expect(limit).toBeGreaterThanOrEqual(SERVER_HEAP_LIMIT_MB);
    expect(limit).toBeLessThan(SERVER_HEAP_LIMIT_MB + 100);
  });

  it("leaves an operator's own limit alone", () => {
    const env = { NODE_OPTIONS: "--max-old-space-size=1024", PORT: "3000" };
    expect(withServerHeapLimit(env)).toEqual({ ...SERVER_MALLOC_ENV, ...env });
    expect(withServerHeapLimit({ NODE_OPTIONS: "--trace-gc --max-old-space-size 512" }).NODE_OPTIONS).toBe(
      "--trace-gc --max-old-space-size 512",
    );
  });

  it("does not take a similar flag for the limit", () => {
    expect(withServerHeapLimit({ NODE_OPTIONS: "--max-semi-space-size=8" }).NODE_OPTIONS).toBe(
      `--max-semi-space-size=8 --max-old-space-size=${SERVER_HEAP_LIMIT_MB}`,
    );
  });

  it("gives glibc two arenas, unless the operator chose a number", () => {
    expect(withServerHeapLimit({})).toMatchObject({ MALLOC_ARENA_MAX: "2" });
    expect(withServerHeapLimit({ MALLOC_ARENA_MAX: "4" })).toMatchObject({ MALLOC_ARENA_MAX: "4" });
    // Also beside an operator's own heap limit: the two are separate choices.
    expect(withServerHeapLimit({ NODE_OPTIONS: "--max-old-space-size=1024" })).toMatchObject(SERVER_MALLOC_ENV);
  });
});
