import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfferLetterForm } from "@/components/offer-settings/offer-letter-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { DEFAULT_OFFER_LETTER } from "@/lib/offers/letter";

export const metadata: Metadata = { title: "New offer letter" };

export default async function NewOfferLetterPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "template.manage")) notFound();
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <h1 className="text-3xl font-bold text-ink">New offer letter</h1>
        <OfferLetterForm initialValues={{ name: "", body: DEFAULT_OFFER_LETTER }} />
      </Container>
    </MainContent>
  );
}
