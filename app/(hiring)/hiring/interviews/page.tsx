import type { Metadata } from "next";
import { MyInterviews } from "@/components/interviews/my-interviews";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My interviews", robots: { index: false, follow: false } };

export default async function MyInterviewsPage() {
  const actor = await requireActorForPage();
  assertCan(actor, "scorecard.write");
  const interviews = await listMyInterviews({ actor });
  return (
    <MainContent>
      <Container className="space-y-6 py-8">
        <h1 className="text-3xl font-bold text-ink">My interviews</h1>
        <MyInterviews interviews={interviews} />
      </Container>
    </MainContent>
  );
}
