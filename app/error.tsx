"use client";

import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";

// Never shows the error's message: from the server it is generic anyway, and from the browser
// it could carry details. The digest matches the server log entry, so support can find it.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <MainContent className="py-16 sm:py-24">
      <Container width="narrow" className="space-y-4 text-center">
        <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
        <p className="text-ink-muted">We could not show this page. Please try again in a moment.</p>
        {digest && (
          <p className="text-sm text-ink-muted">
            Reference: <code>{digest}</code>
          </p>
        )}
        <div className="flex flex-wrap justify-center gap-3 pt-2">
          <Button onClick={retry}>Try again</Button>
          <Link href="/" className={buttonStyles({ variant: "secondary" })}>
            Go to open positions
          </Link>
        </div>
      </Container>
    </MainContent>
  );
}
