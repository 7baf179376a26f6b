// Kept only for the server actions that still import it; new code imports lib/paths/jobs.ts.
export * from "@/lib/paths/jobs";
