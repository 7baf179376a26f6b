import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readMessages } from "@/i18n/read-messages";
import type { Locale } from "@/i18n/locales";
import { InterviewBooking } from "./interview-booking";

const offer = {
  id: "offer1",
  title: "Technical interview",
  durationMinutes: 90,
  defaultTimeZone: "Europe/Berlin",
  where: null,
  videoCall: true,
  booked: null,
  slots: [{ id: "slot1", startsAt: "2026-12-14T08:00:00.000Z" }],
};

async function render(locale: Locale) {
  const idle = async () => null;
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={await readMessages(locale)} timeZone="UTC">
      <InterviewBooking offers={[offer]} cutoffHours={24} chosenTimeZone="Europe/Berlin" book={idle} cancel={idle} />
    </NextIntlClientProvider>,
  );
}

describe("the times offered on the status page", () => {
  it("are days, clocks and lengths in the page's language", async () => {
    const german = await render("de");
    expect(german).toContain("Montag, 14. Dezember 2026");
    expect(german).toContain("9:00 – 10:30");
    expect(german).toContain("1 Stunde 30 Minuten per Videoanruf");
    expect(german).not.toMatch(/Monday|AM|hour/);

    const english = await render("en");
    expect(english).toContain("Monday, December 14, 2026");
    expect(english).toContain("9:00 AM – 10:30 AM");
    expect(english).toContain("1 hour 30 minutes by video call");
  });
});
