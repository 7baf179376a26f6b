// An optional advisory lock (BENCH_LOCK_FILE) around the build and the server's life, for a
// machine where several people or agents share one checkout's .next folder. Uses flock(1) from
// util-linux; without BENCH_LOCK_FILE nothing is locked and flock is not needed.
import { spawn } from "node:child_process";

export type Release = () => void;

export async function acquireLock(file: string | undefined, log: (line: string) => void): Promise<Release> {
  if (!file) return () => undefined;
  log(`Waiting for the lock ${file}…`);
  // flock holds the lock while its command runs; -o keeps the lock from the command itself, and
  // its own process group lets us end flock and the command together.
  const holder = spawn("flock", ["-o", file, "-c", "echo locked; exec sleep 86400"], {
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    holder.once("error", (error) =>
      reject(new Error(`BENCH_LOCK_FILE is set but flock could not run: ${error.message}`)),
    );
    holder.once("exit", (code) => reject(new Error(`flock exited (code ${code}) before taking the lock ${file}`)));
    holder.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve();
    });
  });
  holder.removeAllListeners("exit");
  log(`Holding the lock ${file}`);
  return () => {
    try {
      process.kill(-holder.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
}
