// Runs once when the Next.js server starts: refuse to start on an invalid environment, with
// the clear message lib/env.ts builds, instead of failing on the first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` needs no database; the check is for the running server.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEnv } = await import("@/lib/env");
  getEnv();
}
