import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewLegalTextForm } from "@/components/legal-texts/new-legal-text-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { isLocale } from "@/i18n/locales";
import { FormKind } from "@/lib/generated/prisma/enums";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";
import { getNewVersionDraft } from "@/lib/legal-texts/get-new-version-draft";
import { legalTextKindLabel } from "@/lib/legal-texts/labels";
import { LEGAL_TEXTS_PATH } from "@/lib/paths/legal-texts";
import { createLegalTextVersionAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New legal text version" };

const isFormKind = (value: unknown): value is FormKind => Object.values(FormKind).includes(value as FormKind);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new version of one legal text in one language (?kind=…&language=…), starting from a copy of the latest one. */
export default async function NewLegalTextVersionPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "legalText.manage")) notFound();
  const { kind, language } = await searchParams;
  if (!isFormKind(kind) || !isLocale(language)) notFound();
  const draft = await getNewVersionDraft({ actor, kind, language });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <div>
          <Link href={LEGAL_TEXTS_PATH} className="text-sm">
            Legal texts
          </Link>
          <h1 className="text-3xl font-bold text-ink">
            New {LANGUAGE_LABELS[language]} version: {legalTextKindLabel(kind)}
          </h1>
        </div>
        <NewLegalTextForm
          initialValues={draft}
          kindLabel={legalTextKindLabel(kind)}
          languageLabel={LANGUAGE_LABELS[language]}
          listHref={LEGAL_TEXTS_PATH}
          save={createLegalTextVersionAction}
        />
      </Container>
    </MainContent>
  );
}
