import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmailTemplateForm } from "@/components/email-templates/email-template-form";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { emailTemplateFormValues } from "@/lib/email-templates/email-template-schema";
import { getEmailTemplate } from "@/lib/email-templates/get-email-template";
import { getTemplatePreviewSample } from "@/lib/email-templates/get-template-preview-sample";
import { AppError } from "@/lib/errors";
import { updateEmailTemplateAction } from "../../actions";

export const metadata: Metadata = { title: "Edit email template" };

type Props = { params: Promise<{ templateId: string }> };

export default async function EditTemplatePage({ params }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "template.manage")) notFound();
  const { templateId } = await params;
  const [template, sample] = await Promise.all([
    getEmailTemplate({ actor, templateId }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getTemplatePreviewSample({ actor }),
  ]);
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <h1 className="text-3xl font-bold text-ink">{template.name}</h1>
        {template.usedByReasons.length > 0 && (
          <Alert variant="info" live="off">
            Suggested when staff reject or close an application for: {template.usedByReasons.join(", ")}. Changes apply
            to the next emails sent; emails already sent stay as they were.
          </Alert>
        )}
        <EmailTemplateForm
          initialValues={emailTemplateFormValues(template)}
          sample={sample}
          save={updateEmailTemplateAction.bind(null, template.id)}
        />
      </Container>
    </MainContent>
  );
}
