import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MyInterviewDetail } from "@/components/interviews/my-interviews-detail";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { loadInterviewView } from "@/lib/scorecards/load-interview-view";

export const dynamic = "force-dynamic";
// The candidate's name stays out of the title (browser history, shared screens).
export const metadata: Metadata = {
  title: "Interview",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ interviewId: string }> };

export default async function InterviewPage({ params }: Props) {
  const actor = await requireActorForPage();
  const { interviewId } = await params;
  const view = await loadInterviewView({ actor, interviewId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  return (
    <MainContent>
      <Container width="wide" className="py-8">
        <MyInterviewDetail view={view} authorId={actor.userId} />
      </Container>
    </MainContent>
  );
}
