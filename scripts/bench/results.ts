// Everything one bench run measured: written to benchmarks.json as it is, and to benchmarks.md.
import type { ApplyMeasure } from "./apply";
import type { LighthouseMeasure } from "./lighthouse";
import type { Machine } from "./machine";
import type { MemoryPeak } from "./memory";
import type { PageMeasure } from "./pages";
import type { StaffMeasure } from "./staff";

export type BenchResults = {
  date: string;
  quick: boolean;
  machine: Machine;
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
  pages: PageMeasure[];
  apply?: ApplyMeasure;
  staff?: StaffMeasure;
  lighthouse?: { posting: LighthouseMeasure; application: LighthouseMeasure };
  memory?: MemoryPeak | null;
  /** Each failed request, by phase: any makes the run fail. */
  failures: string[];
};
