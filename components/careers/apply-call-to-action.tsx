import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { cn } from "@/lib/utils/cn";
import { ApplyLink } from "./apply-link";

/** The way to apply, or, once the job is closed, a plain notice instead of a dead link. */
export function ApplyCallToAction({ slug, isOpen, className }: { slug: string; isOpen: boolean; className?: string }) {
  if (!isOpen) {
    return (
      <Alert variant="warning" live="off" title="This position is closed" className={className}>
        We are no longer accepting applications for this job. <Link href="/">See open positions</Link>.
      </Alert>
    );
  }
  return (
    <ApplyLink href={jobApplyPath(slug)} className={buttonStyles({ size: "lg", className: cn("w-full", className) })}>
      Apply for this job
    </ApplyLink>
  );
}
