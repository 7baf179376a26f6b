// Runs the document parsers (document-text-worker.mjs) where a hostile file can cost a bounded
// amount of memory and time and nothing else: a worker thread with a capped heap, killed when it
// runs past its time or the process's resident memory grows past a limit (what the heap cap
// cannot see: pdf.js and mammoth keep decoded data in typed arrays, outside the heap).
import "server-only";
import { Worker } from "node:worker_threads";
import type { DocumentContentType } from "./detect-document-type";

export type SandboxLimits = {
  timeoutMs: number;
  /** The thread's V8 heap (old generation). */
  maxHeapMb: number;
  /** Resident memory the process may gain while one document is read. */
  maxMemoryGrowthBytes: number;
  maxPdfPages: number;
  maxChars: number;
};

// An idle thread is ended after this long: it holds the parsers' code and caches (~50 MB).
const IDLE_MS = 30_000;
const MEMORY_CHECK_MS = 20;

let current: { worker: Worker; heapMb: number } | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * The raw text of one document, read in the sandbox thread; documents are read one at a time.
 * Rejects when the parser fails, runs out of heap, time or memory (the thread is then ended and
 * the next document gets a fresh one).
 */
export function parseInSandbox(
  bytes: Uint8Array,
  contentType: DocumentContentType,
  limits: SandboxLimits,
): Promise<string> {
  const run = queue.then(() => parseOne(bytes, contentType, limits));
  queue = run.catch(() => undefined);
  return run;
}

function parseOne(bytes: Uint8Array, contentType: DocumentContentType, limits: SandboxLimits): Promise<string> {
  clearTimeout(idleTimer);
  const worker = sandboxWorker(limits.maxHeapMb);
  const baseline = process.memoryUsage.rss();
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: { text: string } | { error: string }, end: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearInterval(memoryCheck);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      const done = () => ("text" in outcome ? resolve(outcome.text) : reject(new Error(outcome.error)));
      if (!end) {
        idleTimer = setTimeout(() => endWorker(worker), IDLE_MS).unref();
        return done();
      }
      // Wait until the thread is gone, so its memory is not still held while the next one starts.
      void endWorker(worker).then(done);
    };
    const onMessage = (message: { text: string } | { error: string }) => settle(message, false);
    const onError = (error: Error) => settle({ error: `the parser's thread failed: ${error.message}` }, true);
    const onExit = (code: number) => settle({ error: `the parser's thread exited (${code})` }, true);
    worker.on("message", onMessage).once("error", onError).once("exit", onExit);

    // Keeps the process alive while the document is read (the thread itself does not).
    const deadline = setTimeout(
      () => settle({ error: `timed out after ${limits.timeoutMs} ms` }, true),
      limits.timeoutMs,
    );
    const memoryCheck = setInterval(() => {
      const grown = process.memoryUsage.rss() - baseline;
      if (grown > limits.maxMemoryGrowthBytes)
        settle({ error: `used ${Math.round(grown / 2 ** 20)} MB of memory` }, true);
    }, MEMORY_CHECK_MS).unref();

    // A copy the thread owns (transferred, not cloned): the caller keeps its bytes.
    const copy = bytes.slice();
    worker.postMessage({ bytes: copy, contentType, maxPdfPages: limits.maxPdfPages, maxChars: limits.maxChars }, [
      copy.buffer,
    ]);
  });
}

function sandboxWorker(heapMb: number): Worker {
  if (current?.heapMb === heapMb) return current.worker;
  if (current) void endWorker(current.worker);
  const worker = new Worker(new URL("./document-text-worker.mjs", import.meta.url), {
    // The heap the parsers may use; past it V8 ends the thread (ERR_WORKER_OUT_OF_MEMORY), not the process.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    // Not the parent's flags (a tsx loader, a heap size the thread may not take).
    execArgv: [],
  });
  // An idle thread never keeps the process from exiting.
  worker.unref();
  // A thread that fails after its document was settled (or while idle) is simply replaced: an
  // 'error' event without a listener would end the whole process.
  worker
    .on("error", () => undefined)
    .once("exit", () => {
      if (current?.worker === worker) current = undefined;
    });
  current = { worker, heapMb };
  return worker;
}

async function endWorker(worker: Worker): Promise<void> {
  if (current?.worker === worker) current = undefined;
  await worker.terminate().catch(() => undefined);
}
