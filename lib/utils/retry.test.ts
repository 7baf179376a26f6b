import { describe, expect, it } from "vitest";
import { retry } from "./retry";

/** An operation that fails `failures` times, then answers "done"; it counts its calls. */
function flaky(failures: number) {
  const calls = { count: 0 };
  const operation = async () => {
    calls.count++;
    if (calls.count <= failures) throw new Error(`failure ${calls.count}`);
    return "done";
  };
  return { operation, calls };
}

describe("retry", () => {
  it("tries again after each failure, with the pause for that attempt, until it succeeds", async () => {
    const { operation, calls } = flaky(2);
    const pauses: number[] = [];
    const delayMs = (attempt: number) => {
      pauses.push(attempt);
      return 1;
    };
    await expect(retry(operation, { attempts: 5, delayMs })).resolves.toBe("done");
    expect(calls.count).toBe(3);
    expect(pauses).toEqual([1, 2]);
  });

  it("gives up with the last error after its attempts", async () => {
    const { operation, calls } = flaky(10);
    await expect(retry(operation, { attempts: 3, delayMs: () => 1 })).rejects.toThrow("failure 3");
    expect(calls.count).toBe(3);
  });

  it("gives up once its time is over", async () => {
    const { operation, calls } = flaky(Infinity);
    await expect(retry(operation, { forMs: 0, delayMs: () => 5 })).rejects.toThrow("failure");
    // Tried at least once more only if the first failure came within forMs: with 0, at most twice.
    expect(calls.count).toBeLessThanOrEqual(2);
  });

  it("refuses to run without a limit", async () => {
    await expect(retry(async () => "x", { delayMs: () => 1 })).rejects.toThrow("needs a limit");
  });
});
