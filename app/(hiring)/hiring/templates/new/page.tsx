import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmailTemplateForm } from "@/components/email-templates/email-template-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { emailTemplateFormValues } from "@/lib/email-templates/email-template-schema";
import { getTemplatePreviewSample } from "@/lib/email-templates/get-template-preview-sample";
import { createEmailTemplateAction } from "../actions";

export const metadata: Metadata = { title: "New email template" };

export default async function NewTemplatePage() {
  const actor = await requireActorForPage();
  if (!can(actor, "template.manage")) notFound();
  const sample = await getTemplatePreviewSample({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <h1 className="text-3xl font-bold text-ink">New email template</h1>
        <EmailTemplateForm initialValues={emailTemplateFormValues()} sample={sample} save={createEmailTemplateAction} />
      </Container>
    </MainContent>
  );
}
