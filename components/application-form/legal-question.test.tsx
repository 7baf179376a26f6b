import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { readMessages } from "@/i18n/read-messages";
import type { Locale } from "@/i18n/locales";
import { LegalQuestion } from "./legal-question";

function WithForm({ children }: { children: ReactNode }) {
  return <FormProvider {...useForm()}>{children}</FormProvider>;
}

async function render(locale: Locale) {
  const form = {
    id: "v1",
    version: "2026-01",
    language: locale,
    title: "Work authorization",
    bodyMarkdown: "",
    questions: [{ key: "authorized", prompt: "Authorized?", options: [{ value: "YES", label: "Yes" }] }],
    ombNumber: null,
    ombExpiresOn: null,
  };
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={await readMessages(locale)} timeZone="UTC">
      <WithForm>
        <LegalQuestion form={form} questionKey="authorized" name="workAuthorization.authorized" required />
      </WithForm>
    </NextIntlClientProvider>,
  );
}

describe("a required question of the application form", () => {
  it("is called required in the form's language, where only a screen reader hears it", async () => {
    const german = await render("de");
    expect(german).toContain('<span class="sr-only"> (Pflichtangabe)</span>');
    expect(german).not.toContain("(required)");
    expect(await render("en")).toContain('<span class="sr-only"> (required)</span>');
  });
});
