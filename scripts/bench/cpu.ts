// CPU time spent serving a load, from /proc (Linux): user + system time of the app server's
// process tree, its background worker's tree and the Postgres backends connected to its
// database, read before and after the load. A backend that appears during the load counts from
// zero; one that exits during it loses its time (the app's pool keeps its connections open).
import { readFileSync } from "node:fs";
import pg from "pg";
import { processTree } from "./memory";

export type CpuParts = { app: number; worker: number; database: number };
type Snapshot = Map<number, { part: keyof CpuParts; ticks: number }>;

// USER_HZ: the unit of /proc/<pid>/stat's utime and stime; 100 on every mainstream Linux build.
const TICKS_PER_SECOND = 100;

export type CpuMeter = { stop(): Promise<CpuParts | null> };

export async function startCpuMeter(target: {
  serverPid: number;
  workerPid?: number;
  databaseUrl: string;
}): Promise<CpuMeter> {
  if (process.platform !== "linux") return { stop: async () => null };
  const before = await snapshot(target);
  return {
    async stop() {
      const after = await snapshot(target);
      const seconds: CpuParts = { app: 0, worker: 0, database: 0 };
      for (const [pid, { part, ticks }] of after) {
        const earlier = before.get(pid)?.ticks ?? 0;
        seconds[part] += Math.max(0, ticks - earlier) / TICKS_PER_SECOND;
      }
      return seconds;
    },
  };
}

async function snapshot(target: { serverPid: number; workerPid?: number; databaseUrl: string }): Promise<Snapshot> {
  const result: Snapshot = new Map();
  const add = (pids: number[], part: keyof CpuParts) => {
    for (const pid of pids) {
      const ticks = cpuTicks(pid);
      if (ticks !== undefined) result.set(pid, { part, ticks });
    }
  };
  add(processTree(target.serverPid), "app");
  if (target.workerPid) add(processTree(target.workerPid), "worker");
  add(await backendPids(target.databaseUrl), "database");
  return result;
}

async function backendPids(databaseUrl: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields restart after the command name's closing parenthesis: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}
