// Everything one bench run measured: written to benchmarks.json as it is, and to benchmarks.md.
import type { OpenLoopMeasure, SaturationMeasure } from "./apply";
import type { LighthouseMeasure, LighthousePair } from "./lighthouse";
import type { LoadAverage, Machine } from "./machine";
import type { MemoryPeak } from "./memory";
import type { PageMeasure } from "./pages";
import type { PhaseRecord } from "./phase";
import type { NoScriptCheck } from "./static-copy";
import type { StaffMeasure } from "./staff";

export type BenchResults = {
  date: string;
  quick: boolean;
  machine: Machine;
  /** The machine's 1-minute load average during the run (sampled every 10 s). */
  loadAverage: LoadAverage;
  dataset: {
    applications: number;
    jobs: number;
    largeJobApplications: number;
    resumeWords: number;
    seedSeconds: number;
    /** Application rows (all jobs) and their table with indexes, after the load. */
    applicationRows: number;
    applicationTableMb: number;
  };
  /** The ref "today's main" was built from, or why it was not. */
  baselineRef?: { ref: string; commit: string; subject: string; dependencies: string } | { skipped: string };
  pages: PageMeasure[];
  noScript?: NoScriptCheck;
  applyOpenLoop?: OpenLoopMeasure;
  applySaturation?: SaturationMeasure[];
  staff?: StaffMeasure;
  lighthouse?: { posting: LighthousePair; careersHome: LighthousePair; application: LighthouseMeasure };
  /** The app server (with the heap limit it ships with), over the whole run. */
  memory?: MemoryPeak | null;
  /** The second server of the same build without the heap limit (only loaded side by side). */
  memoryNoHeapLimit?: MemoryPeak | null;
  /** Phases in files of their own (phase.ts). */
  phases?: PhaseRecord[];
  /** Each failed request, by phase: any makes the run fail. */
  failures: string[];
};
