import Link from "next/link";
import { Container } from "@/components/ui/container";

/** The band below every careers page: the way back to an application whose link was lost. */
export function CareersFooter() {
  return (
    <footer className="border-line bg-surface mt-12 border-t">
      <Container className="text-ink-muted flex min-h-16 flex-wrap items-center gap-x-6 gap-y-2 py-4 text-sm">
        <Link href="/" className="text-ink-muted hover:text-brand underline">
          All open positions
        </Link>
        <Link href="/applications/status" className="text-ink-muted hover:text-brand underline">
          Already applied? Get a new link to your application
        </Link>
      </Container>
    </footer>
  );
}
