import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";

/** The narrow centred card the sign-in, check-email and error pages share. */
export function SignInPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <MainContent className="py-12 sm:py-16">
      <Container width="narrow" className="max-w-md">
        <Card>
          <CardContent className="space-y-5 p-6 sm:p-8">
            <h1 className="text-2xl font-bold text-ink">{title}</h1>
            {children}
          </CardContent>
        </Card>
      </Container>
    </MainContent>
  );
}
