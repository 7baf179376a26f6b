import Link from "next/link";
import { Container } from "@/components/ui/container";

/** The band above every careers page: whose careers site this is, linking home to all jobs. */
export function CareersHeader({ organizationName }: { organizationName: string | null }) {
  return (
    <header className="border-b border-line bg-surface">
      <Container className="flex min-h-16 items-center">
        <Link href="/" className="text-lg font-semibold text-ink no-underline hover:text-brand">
          {organizationName ? `${organizationName} Careers` : "Careers"}
        </Link>
      </Container>
    </header>
  );
}
