"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = { name: string; remove: () => Promise<ActionResult<{ templateId: string }>> };

/** Delete with a confirmation step; the server refuses templates a rejection reason suggests. */
export function DeleteTemplateButton({ name, remove }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = () =>
    startTransition(async () => {
      const result = await remove();
      setConfirming(false);
      if (result.ok) router.refresh();
      else setFailure(result.message);
    });

  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label={`Delete “${name}”?`} className="flex flex-wrap items-center gap-2">
          <Button size="sm" variant="danger" onClick={confirm} disabled={pending} autoFocus>
            Yes, delete “{name}”
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} aria-label={`Delete “${name}”`}>
          Delete
        </Button>
      )}
      <div aria-live="polite">
        {failure && (
          <Alert variant="danger" live="off">
            {failure}
          </Alert>
        )}
      </div>
    </div>
  );
}
