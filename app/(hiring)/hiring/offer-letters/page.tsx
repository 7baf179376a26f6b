import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OfferLetterList } from "@/components/offer-settings/offer-letter-list";
import { buttonStyles } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listOfferLetterTemplates } from "@/lib/offers/offer-letter-templates";
import { NEW_OFFER_LETTER_PATH } from "@/lib/paths/offers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Offer letters" };

export default async function OfferLettersPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "template.manage")) notFound();
  const templates = await listOfferLetterTemplates({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-3xl font-bold text-ink">Offer letters</h1>
            <p className="mt-1 text-ink-muted">
              Letters with merge fields. Each save is a new version; an offer keeps the version it was drafted with.
            </p>
          </div>
          <Link href={NEW_OFFER_LETTER_PATH} className={buttonStyles()}>
            New letter
          </Link>
        </div>
        <OfferLetterList templates={templates} />
      </Container>
    </MainContent>
  );
}
