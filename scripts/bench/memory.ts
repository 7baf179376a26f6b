// Peak memory of the app's server: `next start` may run the server in a child process
// ("next-server"), so this follows the whole process tree from the pid it started and samples
// the resident set (VmRSS) of the server and its children; the kernel's own high-water mark
// (VmHWM) of the server process catches a spike between two samples. Linux only (/proc).
import { readdirSync, readFileSync } from "node:fs";

export type MemoryPeak = {
  /** Highest sum of VmRSS over the server process and its children, in MB. */
  sampledPeakMb: number;
  /** VmHWM (peak RSS) of the server process itself, in MB. */
  serverHighWaterMb: number;
  /** The larger of the two: what is held against the budget. */
  peakMb: number;
  /** Highest sampled sum during each phase of the run, in MB. */
  byPhase: Record<string, number>;
  processes: string[];
  samples: number;
};

export type MemorySampler = {
  /** Samples from now on count towards this phase. */
  phase(name: string): void;
  stop(): MemoryPeak | null;
};

export function sampleMemory(rootPid: number, intervalMs = 200): MemorySampler {
  if (process.platform !== "linux") return { phase: () => undefined, stop: () => null };
  let sampledPeakKb = 0;
  let currentPhase = "start";
  const byPhaseKb: Record<string, number> = {};
  let samples = 0;
  let seen: number[] = [rootPid];
  const sample = () => {
    const tree = processTree(rootPid);
    if (tree.length === 0) return;
    seen = tree;
    const server = serverPid(tree);
    const counted = tree.filter((pid) => pid === server || isDescendant(pid, server));
    const total = counted.reduce((sum, pid) => sum + (statusKb(pid, "VmRSS") ?? 0), 0);
    sampledPeakKb = Math.max(sampledPeakKb, total);
    byPhaseKb[currentPhase] = Math.max(byPhaseKb[currentPhase] ?? 0, total);
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    phase(name) {
      sample();
      currentPhase = name;
    },
    stop() {
      sample();
      clearInterval(timer);
      const server = serverPid(seen);
      const highWaterKb = statusKb(server, "VmHWM") ?? 0;
      const toMb = (kb: number) => Math.round(kb / 1024);
      return {
        sampledPeakMb: toMb(sampledPeakKb),
        serverHighWaterMb: toMb(highWaterKb),
        peakMb: toMb(Math.max(sampledPeakKb, highWaterKb)),
        byPhase: Object.fromEntries(Object.entries(byPhaseKb).map(([phase, kb]) => [phase, toMb(kb)])),
        processes: seen.map((pid) => `${pid} ${commandName(pid)}`),
        samples,
      };
    },
  };
}

/** The process Next.js names "next-server"; the started process when none is (it serves itself). */
function serverPid(tree: number[]): number {
  return tree.find((pid) => commandName(pid).startsWith("next-server")) ?? tree[0]!;
}

export function processTree(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentPid(Number(entry));
    if (parent !== undefined) parents.set(Number(entry), parent);
  }
  if (!parents.has(rootPid)) return [];
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index += 1) {
    for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid);
  }
  return tree;
}

function isDescendant(pid: number, ancestor: number): boolean {
  for (let current = parentPid(pid); current !== undefined && current > 1; current = parentPid(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

function parentPid(pid: number): number | undefined {
  const stat = readProc(pid, "stat");
  // The command name is in parentheses and may contain spaces: fields restart after the last ")".
  const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields ? Number(fields[1]) : undefined;
}

function commandName(pid: number): string {
  return (readProc(pid, "cmdline") ?? "").replace(/\0/g, " ").trim();
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readProc(pid, "status") ?? "");
  return match ? Number(match[1]) : undefined;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined;
  }
}
