import Link from "next/link";
import { Container } from "@/components/ui/container";

/** The band below every careers page: the way back to an application whose link was lost. */
export function CareersFooter() {
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <Container className="flex min-h-16 flex-wrap items-center gap-x-6 gap-y-2 py-4 text-sm text-ink-muted">
        <Link href="/" className="text-ink-muted underline hover:text-brand">
          All open positions
        </Link>
        <Link href="/applications/status" className="text-ink-muted underline hover:text-brand">
          Already applied? Get a new link to your application
        </Link>
      </Container>
    </footer>
  );
}
