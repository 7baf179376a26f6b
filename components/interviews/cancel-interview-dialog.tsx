"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelInterviewAction } from "@/app/(hiring)/hiring/applications/[applicationId]/interview-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { ApplicationInterview } from "@/lib/interviews/load-application-interviews";

/** Cancel, after a confirmation that says who will be told. */
export function CancelInterviewDialog({ interview }: { interview: ApplicationInterview }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const people = interview.panel.length === 1 ? "the panel member" : `the ${interview.panel.length} panel members`;

  const cancel = () =>
    startTransition(async () => {
      const result = await cancelInterviewAction(interview.id, interview.calendarSequence);
      if (result.ok) return setOpen(false);
      setFailure(result.message);
      // Someone else changed it meanwhile: show the page as it is now.
      if (result.conflict) router.refresh();
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setFailure(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Cancel ${interview.title}`}>
          Cancel interview
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Cancel ${interview.title}?`}
        description={`The candidate and ${people} get a cancellation that removes it from their calendars.`}
      >
        <div className="space-y-4">
          {failure && <Alert variant="danger">{failure}</Alert>}
          <div className="flex flex-wrap justify-end gap-3">
            <DialogClose asChild>
              <Button variant="secondary">Keep the interview</Button>
            </DialogClose>
            <Button variant="danger" onClick={cancel} disabled={pending}>
              {pending ? "Cancelling…" : "Cancel interview and notify everyone"}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
