// The phases in files of their own that `npm run bench` runs after its built-in measures (see
// phase.ts for the hook): each is called once with the app server's port and a results sink.
import type { BenchPhase } from "./phase";

export const EXTRA_PHASES: readonly BenchPhase[] = [];
