import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LegalTextList } from "@/components/legal-texts/legal-text-list";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listLegalTexts } from "@/lib/legal-texts/list-legal-texts";
import { newLegalTextVersionPath } from "@/lib/paths/legal-texts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Legal texts" };

/** Every versioned legal text the application form shows, with the version in force marked. */
export default async function LegalTextsPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "legalText.manage")) notFound();
  const groups = await listLegalTexts({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-8">
        <div>
          <h1 className="text-3xl font-bold text-ink">Legal texts</h1>
          <p className="mt-1 max-w-prose text-ink-muted">
            The wording candidates are shown, versioned. Each answer keeps the version it was given, so a version is
            never edited: a change is a new version, and the one before it ends when the new one takes effect.
          </p>
        </div>
        <LegalTextList groups={groups} newVersionHref={newLegalTextVersionPath} />
      </Container>
    </MainContent>
  );
}
