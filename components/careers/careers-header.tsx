import Link from "next/link";
import { Container } from "@/components/ui/container";

/** The band above every careers page: whose careers site this is, and the way back to all jobs. */
export function CareersHeader({ organizationName, showAllJobsLink = false }: { organizationName: string | null; showAllJobsLink?: boolean }) {
  return (
    <header className="border-line bg-surface border-b">
      <Container className="flex min-h-16 items-center justify-between gap-4">
        <Link href="/" className="text-ink hover:text-brand text-lg font-semibold no-underline">
          {organizationName ? `${organizationName} Careers` : "Careers"}
        </Link>
        {showAllJobsLink && (
          <Link href="/" className="text-sm font-medium">
            All open positions
          </Link>
        )}
      </Container>
    </header>
  );
}
