import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { emailTemplateFormValues } from "@/lib/email-templates/email-template-schema";
import { sampleMergeData } from "@/lib/email-templates/sample-merge-data";
import { EmailTemplateForm } from "./email-template-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const sample = sampleMergeData({ organizationName: "Acme", senderName: "Rita" });

function render(translations: { language: string; subject: string; body: string }[]) {
  const values = emailTemplateFormValues({ name: "Absage", subject: "About", body: "Dear", translations });
  return renderToStaticMarkup(
    <EmailTemplateForm
      initialValues={values}
      sample={sample}
      save={async () => ({ ok: true, message: "Saved.", templateId: "t" })}
    />,
  );
}

describe("the email template form", () => {
  it("offers an optional, labelled German version whose fields are marked German", () => {
    const html = render([]);
    expect(html).toMatch(/<legend[^>]*>German version.*optional/);
    expect(html).toMatch(/<label[^>]*for="f-translations-de-subject"[^>]*>German subject/);
    expect(html).toMatch(/<label[^>]*for="f-translations-de-body"[^>]*>German body/);
    expect(html).toMatch(/<input[^>]*lang="de"[^>]*name="translations\.de\.subject"/);
    // No German preview while the German version is empty.
    expect(html).not.toContain("German version with sample data");
  });

  it("previews a saved German version with sample data", () => {
    const html = render([{ language: "de", subject: "Zu {{job.title}}", body: "Hallo {{candidate.firstName}}" }]);
    expect(html).toContain("German version with sample data");
    expect(html).toContain("Hallo Alex");
  });
});
