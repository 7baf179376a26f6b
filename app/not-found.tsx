import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";

export default function NotFound() {
  return (
    <MainContent className="py-16 sm:py-24">
      <Container width="narrow" className="space-y-4 text-center">
        <p className="text-sm font-semibold text-brand">Error 404</p>
        <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-ink-muted">
          This page does not exist or has moved. If you followed a link to a job, the position may no longer be listed.
        </p>
        <p className="pt-2">
          <Link href="/" className={buttonStyles()}>
            See open positions
          </Link>
        </p>
      </Container>
    </MainContent>
  );
}
