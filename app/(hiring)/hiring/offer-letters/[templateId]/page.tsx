import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfferLetterForm } from "@/components/offer-settings/offer-letter-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listOfferLetterTemplates } from "@/lib/offers/offer-letter-templates";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit offer letter" };

type Props = { params: Promise<{ templateId: string }> };

export default async function EditOfferLetterPage({ params }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "template.manage")) notFound();
  const { templateId } = await params;
  // A handful of letters: the list is the lookup.
  const template = (await listOfferLetterTemplates({ actor })).find((row) => row.id === templateId);
  const latest = template?.versions[0];
  if (!template || !latest) notFound();
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <h1 className="text-3xl font-bold text-ink">Offer letter: {template.name}</h1>
        <p className="text-ink-muted">
          Version {latest.version}. Saving makes version {latest.version + 1}.
        </p>
        <OfferLetterForm initialValues={{ templateId: template.id, name: template.name, body: latest.body }} />
      </Container>
    </MainContent>
  );
}
