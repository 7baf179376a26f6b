import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AvailabilityView } from "@/components/self-scheduling/availability-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { getAvailability } from "@/lib/self-scheduling/availability";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Availability" };

type Props = { params: Promise<{ userId: string }> };

export default async function StaffAvailabilityPage({ params }: Props) {
  const actor = await requireActorForPage();
  const availability = await getAvailability({ actor, userId: (await params).userId });
  if (!availability) notFound();
  return (
    <MainContent className="py-8">
      <Container>
        <AvailabilityView title={`Availability: ${availability.user.name}`} {...availability} />
      </Container>
    </MainContent>
  );
}
