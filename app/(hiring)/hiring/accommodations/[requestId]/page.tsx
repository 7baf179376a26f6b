import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccommodationRequestView } from "@/components/accommodations/accommodation-request-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { readSensitiveAccommodationRequest } from "@/lib/accommodations/read-sensitive-accommodation-request";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
// Nothing about the person or the request in the title (browser history, shared screens).
export const metadata: Metadata = {
  title: "Accommodation request",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ requestId: string }> };

export default async function AccommodationRequestPage({ params }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "accommodation.read")) notFound();
  const { requestId } = await params;
  const request = await readSensitiveAccommodationRequest({ actor, requestId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <AccommodationRequestView request={request} />
      </Container>
    </MainContent>
  );
}
