import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccommodationQueue } from "@/components/accommodations/accommodation-queue";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { listAccommodationRequests } from "@/lib/accommodations/list-accommodation-requests";
import { accommodationQueueFilterSchema } from "@/lib/accommodations/schema";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Accommodations",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccommodationsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "accommodation.read")) notFound();
  const { status } = accommodationQueueFilterSchema.parse(await searchParams);
  const queue = await listAccommodationRequests({ actor, status });
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <AccommodationQueue status={status} items={queue.items} total={queue.total} />
      </Container>
    </MainContent>
  );
}
