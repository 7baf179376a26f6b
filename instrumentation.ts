// Runs once when the Next.js server starts: refuse to start on an invalid environment, with
// the clear message lib/env.ts builds, instead of failing on the first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  getEnv();
}
