import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfferPage } from "@/components/offers/offer-page";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getOfferView } from "@/lib/offers/get-offer-view";

export const dynamic = "force-dynamic";
// The candidate's name stays out of the title (browser history, shared screens).
export const metadata: Metadata = { title: "Offer", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ applicationId: string }> };

export default async function OfferRoute({ params }: Props) {
  const actor = await requireActorForPage();
  const { applicationId } = await params;
  const view = await getOfferView({ actor, applicationId }).catch((error: unknown) => {
    // Someone who may not know about offers learns nothing about whether the application exists.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  return (
    <MainContent>
      <Container width="wide" className="py-8">
        <OfferPage view={view} />
      </Container>
    </MainContent>
  );
}
