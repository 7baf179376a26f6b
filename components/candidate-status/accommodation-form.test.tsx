import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readMessages } from "@/i18n/read-messages";
import type { Locale } from "@/i18n/locales";
import { AccommodationForm } from "./accommodation-form";

async function render(locale: Locale) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={await readMessages(locale)} timeZone="UTC">
      <AccommodationForm
        action={async () => null}
        formVersionId="v1"
        options={{ kinds: [{ value: "OTHER", label: "Andere" }], contact: [{ value: "EMAIL", label: "E-Mail" }] }}
        saved={null}
        statusHref="/applications/status/x"
      />
    </NextIntlClientProvider>,
  );
}

describe("the status page's accommodation form", () => {
  it("says a required group is required in the page's language, where only a screen reader hears it", async () => {
    const german = await render("de");
    expect(german).toContain('<span class="sr-only"> (Pflichtangabe)</span>');
    expect(german).not.toContain("(required)");
    expect(await render("en")).toContain('<span class="sr-only"> (required)</span>');
  });
});
