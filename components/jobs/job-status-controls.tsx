"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import type { SavedJob } from "@/app/(hiring)/hiring/jobs/actions";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = {
  status: JobStatus;
  slug: string;
  publish: () => Promise<ActionResult<SavedJob>>;
  close: () => Promise<ActionResult<SavedJob>>;
};

/** Publish, reopen or close the job; these act on the last saved version of the editor. */
export function JobStatusControls({ status, slug, publish, close }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [result, setResult] = useState<ActionResult<SavedJob> | null>(null);

  const run = (action: () => Promise<ActionResult<SavedJob>>) =>
    startTransition(async () => {
      const outcome = await action();
      setResult(outcome);
      setConfirmingClose(false);
      if (outcome.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {status !== "PUBLISHED" && (
          <Button onClick={() => run(publish)} disabled={pending}>
            {status === "CLOSED" ? "Reopen job" : "Publish job"}
          </Button>
        )}
        {status === "PUBLISHED" && !confirmingClose && (
          <Button variant="secondary" onClick={() => setConfirmingClose(true)} disabled={pending}>
            Close job
          </Button>
        )}
        {confirmingClose && (
          <div role="group" aria-labelledby="close-job-question" className="flex flex-wrap items-center gap-3">
            <p id="close-job-question">Close it? Candidates can no longer apply; the pipeline stays as it is.</p>
            <Button variant="danger" onClick={() => run(close)} disabled={pending} autoFocus>
              Yes, close job
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingClose(false)}>
              Cancel
            </Button>
          </div>
        )}
        {status !== "DRAFT" && <Link href={jobPostingPath(slug)}>View the posting</Link>}
      </div>
      <p className="text-sm text-ink-muted">Publishing uses the last saved version: save your changes first.</p>
      <div aria-live="polite">
        {result && (
          <Alert variant={result.ok ? "success" : "danger"} live="off">
            {result.message}
          </Alert>
        )}
      </div>
    </div>
  );
}
