import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailTemplateList } from "@/components/email-templates/email-template-list";
import { buttonStyles } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listEmailTemplates } from "@/lib/email-templates/list-email-templates";
import { OFFER_LETTERS_PATH } from "@/lib/paths/offers";
import { NEW_TEMPLATE_PATH } from "@/lib/paths/templates";

export const metadata: Metadata = { title: "Email templates" };

export default async function TemplatesPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "template.manage")) notFound();
  const templates = await listEmailTemplates({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-3xl font-bold text-ink">Email templates</h1>
            <p className="mt-1 text-ink-muted">
              Emails staff send to candidates, with merge fields. Every email sent is kept on the candidate&apos;s
              timeline.
            </p>
          </div>
          <div className="flex flex-wrap gap-3">
            <Link href={OFFER_LETTERS_PATH} className={buttonStyles({ variant: "secondary" })}>
              Offer letters
            </Link>
            <Link href={NEW_TEMPLATE_PATH} className={buttonStyles()}>
              New template
            </Link>
          </div>
        </div>
        <EmailTemplateList templates={templates} />
      </Container>
    </MainContent>
  );
}
