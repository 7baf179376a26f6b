// The hook for a measure that lives in its own file (e.g. the caching reverse proxy in front of
// the app): run.ts calls each registered phase once, with the app server running and idle, and
// the phase reports through the sink. Its budgets join the report's budget table, its sections
// are printed after the built-in ones, and any failure it records makes the run exit 1 (a miss
// is reported, a failed request fails the bench). Register a phase in phases.ts.

export type PhaseBudget = {
  measure: string;
  value: number | null;
  unit: string;
  /** The budget's limit in `unit`, and whether the value must stay at or under it. */
  limit: number;
  atMost: boolean;
  /** What the run's own figures say about a miss (its measured cause). */
  note?: string;
};

export type PhaseSink = {
  /** A budget row in the report's budget table. */
  budget(check: PhaseBudget): void;
  /** A section of the report: a `## Title` and its Markdown lines. */
  section(title: string, lines: string[]): void;
  /** Raw figures, kept in benchmarks.json under `phases.<phase name>`. */
  data(value: unknown): void;
  /** A failed request or broken promise: the run exits 1 with this message. */
  failure(message: string): void;
};

export type PhaseContext = {
  /** The app server (`next start`, production build, heap limit as shipped) on 127.0.0.1. */
  port: number;
  baseUrl: string;
  /** Paths on that server: the posting page, the careers home, the trivial prerendered page. */
  paths: { posting: string; careersHome: string; trivial: string };
  /** The bench database (to edit a job, say). */
  databaseUrl: string;
  quick: boolean;
  /** Seconds of one measured load run and of its warm-up in this run (quick or full). */
  loadSeconds: number;
  warmupSeconds: number;
  log(line: string): void;
  sink: PhaseSink;
};

export type BenchPhase = {
  /** Short name: the log, the memory sampler's phase and the JSON key. */
  name: string;
  run(context: PhaseContext): Promise<void>;
};

export type PhaseRecord = {
  name: string;
  budgets: PhaseBudget[];
  sections: { title: string; lines: string[] }[];
  data: unknown[];
  failures: string[];
  /** Set when the phase threw: reported, and the run fails. */
  error?: string;
};

export async function runPhase(phase: BenchPhase, context: Omit<PhaseContext, "sink">): Promise<PhaseRecord> {
  const record: PhaseRecord = { name: phase.name, budgets: [], sections: [], data: [], failures: [] };
  const sink: PhaseSink = {
    budget: (check) => void record.budgets.push(check),
    section: (title, lines) => void record.sections.push({ title, lines }),
    data: (value) => void record.data.push(value),
    failure: (message) => void record.failures.push(message),
  };
  try {
    await phase.run({ ...context, sink });
  } catch (error) {
    record.error = error instanceof Error ? error.message : String(error);
    record.failures.push(`${phase.name}: ${record.error}`);
  }
  return record;
}
