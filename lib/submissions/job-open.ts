/** A job takes applications while published and before its closing date. */
export function isJobOpen(job: { status: string; validThrough: Date | null }, now = new Date()): boolean {
  return job.status === "PUBLISHED" && (job.validThrough === null || job.validThrough > now);
}
