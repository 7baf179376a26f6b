import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DecisionView } from "@/components/decisions/decision-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { getDecisionView } from "@/lib/decisions/get-decision-view";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
// The candidate's name stays out of the title (browser history, shared screens).
export const metadata: Metadata = {
  title: "Scorecards and decision",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ applicationId: string }> };

export default async function DecisionPage({ params }: Props) {
  const actor = await requireActorForPage();
  const { applicationId } = await params;
  const view = await getDecisionView({ actor, applicationId }).catch((error: unknown) => {
    // Someone who may not decide learns nothing about whether the application exists.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  return (
    <MainContent>
      <Container width="wide" className="py-8">
        <DecisionView view={view} />
      </Container>
    </MainContent>
  );
}
