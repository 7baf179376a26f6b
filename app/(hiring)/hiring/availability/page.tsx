import type { Metadata } from "next";
import { AvailabilityView } from "@/components/self-scheduling/availability-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { getAvailability } from "@/lib/self-scheduling/availability";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My availability" };

export default async function MyAvailabilityPage() {
  const actor = await requireActorForPage();
  const availability = await getAvailability({ actor, userId: actor.userId });
  // Everyone sees their own: availabilityVisibleTo always includes the actor.
  if (!availability) throw new Error("An actor could not read their own availability");
  return (
    <MainContent className="py-8">
      <Container>
        <AvailabilityView title="My availability" {...availability} />
      </Container>
    </MainContent>
  );
}
