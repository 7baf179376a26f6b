// Runs once when the Next.js server starts: refuse to start on an invalid environment, with
// the clear message lib/env.ts builds, instead of failing on the first request; where no worker
// runs, catch up on the background work it would have done and mix self-identification hourly.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` needs no database; the check is for the running server.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getEnv } = await import("@/lib/env");
  if (getEnv().BACKGROUND_JOBS !== "in-app") return;
  void readDocumentsLeftUnread();
  const { mixSelfIdentificationInProcess } = await import("@/lib/self-identification/mix-self-identification");
  mixSelfIdentificationInProcess();
}

/** No worker runs here: documents whose reading a restart interrupted are read now, in the background. */
async function readDocumentsLeftUnread(): Promise<void> {
  try {
    const { readUnreadDocuments } = await import("@/lib/submissions/queue-document-text");
    await readUnreadDocuments();
  } catch (error) {
    console.error(
      `[documents] reading documents left unread: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
