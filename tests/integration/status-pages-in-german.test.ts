// The status-link pages in the candidate's language (issue 15, decision 0042): each form's server
// action refuses a bad submit in the page's language with the same schema the page's form posts
// to, as it does the domain's refusals after it, and the accommodation request's status reads from
// the messages, not an English map.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ComponentProps } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AccommodationSummary } from "@/components/candidate-status/accommodation-summary";
import type { Locale } from "@/i18n/locales";
import { readMessages } from "@/i18n/read-messages";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { createApplication, createJob, ensureLegalForms, type CreatedJob } from "../factories";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

// A refused form never redirects; a redirect here would be a test failure worth reading.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect to ${url}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

const statusActions = await import("@/app/(careers)/applications/status/[token]/actions");
const offerActions = await import("@/app/(careers)/applications/status/[token]/offer-actions");
const bookingActions = await import("@/app/(careers)/applications/status/[token]/interview/actions");
const { resendStatusLinkAction } = await import("@/app/(careers)/applications/status/actions");

let job: CreatedJob;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, {});
});

afterEach(() => {
  nextRequest.headers = new Headers();
});

/** An application made in `locale`, with an accommodation request, and its status link. */
async function applied(locale: Locale) {
  const application = await createApplication(testDb, {
    jobId: job.id,
    accommodation: true,
    overrides: { locale },
  });
  return { applicationId: application.id, token: await issueStatusLink(testDb, application.id) };
}

const form = (fields: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("a refused status-page form", () => {
  it("speaks German to a candidate who applied in German, with no language cookie or header", async () => {
    const { token } = await applied("de");

    const withdraw = await statusActions.withdrawAction(token, null, form());
    expect(withdraw?.message).toBe("Bitte prüfen Sie das Formular und versuchen Sie es noch einmal.");
    expect(withdraw?.fieldErrors?.confirm).toEqual([
      "Bitte bestätigen Sie, dass Sie Ihre Bewerbung zurückziehen möchten",
    ]);
    const reason = await statusActions.withdrawAction(token, null, form({ confirm: "yes", reasonId: "abc" }));
    expect(reason?.fieldErrors?.reasonId).toEqual(["Bitte wählen Sie einen der angebotenen Gründe"]);

    const erase = await statusActions.requestErasureAction(token, null, form());
    expect(erase?.fieldErrors?.confirm).toEqual(["Bitte bestätigen Sie, dass Ihre Daten gelöscht werden sollen"]);

    const accommodation = await statusActions.saveAccommodationAction(token, null, form({ formVersionId: "x" }));
    expect(accommodation?.message).toBe("Einige Angaben müssen korrigiert werden.");
    expect(accommodation?.fieldErrors?.["request.details"]).toEqual([
      "Bitte wählen Sie die Art der Unterstützung oder beschreiben Sie, was helfen würde",
    ]);
    expect(accommodation?.fieldErrors?.["request.preferredContact"]).toEqual([
      "Bitte wählen Sie, wie wir Sie dazu kontaktieren sollen",
    ]);

    const accept = await offerActions.acceptOfferAction(token, null, form({ offerId: "o", wordingVersionId: "w" }));
    expect(accept?.fieldErrors?.fullName).toEqual(["Vollständiger Name: Bitte ausfüllen"]);
    const decline = await offerActions.declineOfferAction(
      token,
      null,
      form({ offerId: "o", reason: "x".repeat(2001) }),
    );
    expect(decline?.fieldErrors?.reason).toEqual(["Begründung: höchstens 2000 Zeichen"]);

    const book = await bookingActions.bookSlotAction(token, null, form());
    expect(book?.message).toBe("Bitte wählen Sie einen der Termine und buchen Sie ihn dann.");
    const cancel = await bookingActions.cancelBookingAction(token, null, form());
    expect(cancel?.message).toBe("Bitte laden Sie die Seite neu und versuchen Sie es noch einmal");
  });

  it("follows the browser's language over the one applied in, and stays English for English", async () => {
    const { token } = await applied("en");
    expect((await statusActions.withdrawAction(token, null, form()))?.fieldErrors?.confirm).toEqual([
      "Confirm that you want to withdraw",
    ]);
    nextRequest.headers = new Headers({ "accept-language": "de-DE,de;q=0.9" });
    expect((await statusActions.withdrawAction(token, null, form()))?.fieldErrors?.confirm).toEqual([
      "Bitte bestätigen Sie, dass Sie Ihre Bewerbung zurückziehen möchten",
    ]);
  });

  it("asks for a new link in the browser's language", async () => {
    nextRequest.headers = new Headers({ "accept-language": "de" });
    const refused = await resendStatusLinkAction(null, form({ email: "not an address" }));
    expect(refused?.message).toBe("Bitte prüfen Sie die E-Mail-Adresse.");
    expect(refused?.fieldErrors?.email).toEqual(["Bitte geben Sie eine E-Mail-Adresse wie name@example.com an"]);
  });
});

describe("a refusal after the form's schema", () => {
  it("is said in the page's language: an application closed meanwhile, a link replaced meanwhile", async () => {
    const { applicationId, token } = await applied("de");
    await testDb.application.update({
      where: { id: applicationId },
      data: { status: "REJECTED", closedAt: new Date() },
    });
    const closed = await statusActions.withdrawAction(token, null, form({ confirm: "yes" }));
    expect(closed?.message).toBe("Diese Bewerbung ist bereits abgeschlossen, es gibt also nichts zurückzuziehen.");

    // A link that no longer works tells no application's language: the browser's is used.
    const replaced = await applied("de");
    await issueStatusLink(testDb, replaced.applicationId);
    nextRequest.headers = new Headers({ "accept-language": "de" });
    const erase = await statusActions.requestErasureAction(replaced.token, null, form({ confirm: "yes" }));
    expect(erase?.message).toMatch(/^Dieser Statuslink funktioniert nicht mehr/);
    nextRequest.headers = new Headers();
    const english = await statusActions.requestErasureAction(replaced.token, null, form({ confirm: "yes" }));
    expect(english?.message).toMatch(/^This status link does not work any more/);
  });
});

describe("the accommodation request's status on the status page", () => {
  it("is said in the page's language", async () => {
    const { applicationId, token } = await applied("de");
    await testDb.accommodationRequest.update({ where: { applicationId }, data: { status: "ARRANGED" } });
    const view = (await getApplicationStatusByToken(token))!;
    const render = async (locale: Locale) =>
      renderToStaticMarkup(
        createElement(
          NextIntlClientProvider,
          { locale, messages: await readMessages(locale), timeZone: "UTC" } as ComponentProps<
            typeof NextIntlClientProvider
          >,
          createElement(AccommodationSummary, { view, token }),
        ),
      );
    const german = await render("de");
    expect(german).toContain("Status: Organisiert.");
    expect(german).toContain("Die Vorkehrungen für Ihre Gespräche sind organisiert.");
    expect(german).not.toContain("Arranged");
    expect(await render("en")).toContain("Status: Arranged.");
  });
});

describe("the offer letter's link without a released offer", () => {
  it("says so in the page's language", async () => {
    const { GET } = await import("@/app/(careers)/applications/status/[token]/offer-letter/route");
    const { token } = await applied("de");
    const letter = () =>
      GET(new Request(`http://localhost/applications/status/${token}/offer-letter`), {
        params: Promise.resolve({ token }),
      });
    const german = await letter();
    expect(german.status).toBe(404);
    expect((await german.json()).message).toBe("Unter diesem Link gibt es kein Angebotsschreiben.");
    nextRequest.headers = new Headers({ "accept-language": "en" });
    expect((await (await letter()).json()).message).toBe("There is no offer letter at this link.");
  });
});
