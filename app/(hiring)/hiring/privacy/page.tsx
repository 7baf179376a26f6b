import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrivacyOverviewView } from "@/components/privacy/privacy-overview";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { candidateLookupSchema } from "@/lib/privacy/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Privacy and retention",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PrivacyPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "privacy.manage")) notFound();
  const { q } = candidateLookupSchema.parse(await searchParams);
  const overview = await getPrivacyOverview({ actor, lookup: q });
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <PrivacyOverviewView overview={overview} />
      </Container>
    </MainContent>
  );
}
