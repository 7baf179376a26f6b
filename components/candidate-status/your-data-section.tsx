import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import type { ApplicationStatusView } from "@/lib/candidate-rights/get-application-status";
import { formatLongDate } from "@/lib/format/dates";

/** Download everything (a plain form post: it works without JavaScript) and ask for erasure. */
export function YourDataSection({ view, token }: { view: ApplicationStatusView; token: string }) {
  const base = `/applications/status/${token}`;
  return (
    <section aria-labelledby="data-heading" className="space-y-3">
      <h2 id="data-heading" className="text-xl font-semibold text-ink">
        Your data
      </h2>
      <p className="text-ink">
        Download a copy of everything we hold about you: your answers, your accommodation request, where each
        application stood over time, the emails we sent you, and the documents you uploaded. We email you whenever a
        copy is downloaded.
      </p>
      <form method="post" action={`${base}/export`}>
        <Button type="submit" variant="secondary">
          Download all my data (.zip)
        </Button>
      </form>
      {view.erasure ? (
        <p className="text-ink" data-testid="erasure-pending">
          You asked us to erase your data on {formatLongDate(view.erasure.requestedAt)}.{" "}
          {view.erasure.status === "ON_HOLD"
            ? "A legal obligation requires us to keep some records for now; we will erase them as soon as it ends."
            : "Your erasure is pending: we will anonymize your data soon and then this link will stop working."}
        </p>
      ) : (
        <Link href={`${base}/erase`} className={buttonStyles({ variant: "ghost", className: "px-0" })}>
          Ask us to erase your data
        </Link>
      )}
    </section>
  );
}
