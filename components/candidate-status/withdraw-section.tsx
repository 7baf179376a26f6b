import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";

/** The way out of the process, one step before the confirmation page. */
export function WithdrawSection({ token }: { token: string }) {
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-3">
      <h2 id="withdraw-heading" className="text-xl font-semibold text-ink">
        Withdraw
      </h2>
      <p className="text-ink">
        No longer interested, or accepted another offer? You can withdraw this application; we will stop the process and
        tell the team.
      </p>
      <Link href={`/applications/status/${token}/withdraw`} className={buttonStyles({ variant: "secondary" })}>
        Withdraw my application
      </Link>
    </section>
  );
}
