// The phases in files of their own that `npm run bench` runs after its public pages measure (see
// phase.ts for the hook): each is called once with the app server's port and a results sink.
import { nginxPhase } from "./nginx";
import type { BenchPhase } from "./phase";

export const EXTRA_PHASES: readonly BenchPhase[] = [nginxPhase];
