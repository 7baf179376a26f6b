"use client";
import { useState, useTransition } from "react";
import { withdrawSlotOfferAction } from "@/app/(hiring)/hiring/applications/[applicationId]/slot-offer-actions";
import { Button } from "@/components/ui/button";

export function WithdrawSlotOfferButton({ offerId, title }: { offerId: string; title: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        variant="ghost"
        size="sm"
        disabled={pending}
        aria-label={`Withdraw the times offered for ${title}`}
        onClick={() =>
          startTransition(async () => {
            const result = await withdrawSlotOfferAction({ offerId });
            setMessage(result.message);
          })
        }
      >
        Withdraw
      </Button>
      <p role="status" className="text-sm text-ink-muted">
        {message}
      </p>
    </div>
  );
}
