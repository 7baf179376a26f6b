// A stand-in for scripts/worker.ts (tests/unit/worker-process.test.ts): its first
// FLAKY_WORKER_FAILURES starts exit at once, as a worker does that meets no database; the next
// one stays up until SIGTERM, as the real worker does. Each start is a line in `starts`.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = process.env.FLAKY_WORKER_DIR ?? "";
appendFileSync(path.join(dir, "starts"), `${process.pid}\n`);
const starts = readFileSync(path.join(dir, "starts"), "utf8").trim().split("\n").length;
if (starts <= Number(process.env.FLAKY_WORKER_FAILURES)) process.exit(1);

process.on("SIGTERM", () => {
  writeFileSync(path.join(dir, "stopped"), String(process.pid));
  process.exit(0);
});
writeFileSync(path.join(dir, "running"), String(process.pid));
setInterval(() => undefined, 60_000);
