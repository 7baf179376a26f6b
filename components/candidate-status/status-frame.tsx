import Link from "next/link";
import type { ReactNode } from "react";
import { CareersHeader } from "@/components/careers/careers-header";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";

/** The frame of every status-link page: the careers header, one main, one h1, a way back. */
export function StatusFrame({
  organizationName,
  title,
  subtitle,
  backHref,
  children,
}: {
  organizationName: string | null;
  title: string;
  subtitle?: ReactNode;
  backHref?: string;
  children: ReactNode;
}) {
  return (
    <>
      <CareersHeader organizationName={organizationName} />
      <MainContent>
        <Container width="narrow" className="space-y-8 py-10">
          {backHref && (
            <p>
              <Link href={backHref} className="text-brand underline">
                Back to your application
              </Link>
            </p>
          )}
          <div>
            <h1 className="text-3xl font-bold text-ink">{title}</h1>
            {subtitle && <p className="mt-2 text-lg text-ink">{subtitle}</p>}
          </div>
          {children}
        </Container>
      </MainContent>
    </>
  );
}
