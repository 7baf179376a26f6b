import { getFormatter, getTranslations } from "next-intl/server";
import { OfferLetterPreview } from "@/components/offers/offer-letter-preview";
import { acceptOfferAction, declineOfferAction } from "@/app/(careers)/applications/status/[token]/offer-actions";
import type { Locale } from "@/i18n/locales";
import { getCandidateOffer, type CandidateOffer } from "@/lib/offers/get-candidate-offer";
import { OfferAnswerForms } from "./offer-answer-forms";

/**
 * The offer on the status page, once released: the letter (as staff wrote it), its PDF, and the
 * answer with the acceptance wording in the page's language where there is one.
 */
export async function OfferSection({ token, locale }: { token: string; locale: Locale }) {
  const offer = await getCandidateOffer(token, { language: locale });
  if (!offer) return null;
  const t = await getTranslations({ locale, namespace: "status.offer" });
  return (
    <section id="offer" aria-labelledby="offer-heading" className="scroll-mt-24 space-y-4">
      <h2 id="offer-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <OfferState offer={offer} locale={locale} />
      <OfferLetterPreview letter={offer.letter} />
      <p>
        <a href={`/applications/status/${token}/offer-letter`} className="text-brand underline">
          {t("download")}
        </a>
      </p>
      {offer.status === "RELEASED" && offer.wording && (
        <OfferAnswerForms
          offerId={offer.id}
          wording={offer.wording}
          accept={acceptOfferAction.bind(null, token)}
          decline={declineOfferAction.bind(null, token)}
        />
      )}
    </section>
  );
}

async function OfferState({ offer, locale }: { offer: CandidateOffer; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "status.offer" });
  const format = await getFormatter({ locale });
  const answered = offer.answeredAt
    ? `${format.dateTime(offer.answeredAt, { dateStyle: "medium", timeStyle: "short" })} UTC`
    : "";
  const accepted = { date: answered, name: offer.acceptedName ?? "" };
  const text = {
    RELEASED: t("released", { date: offer.expiresOn }),
    ACCEPTED: offer.acceptedWordingVersion
      ? t("acceptedWithVersion", { ...accepted, version: offer.acceptedWordingVersion })
      : t("accepted", accepted),
    DECLINED: t("declined"),
    EXPIRED: t("expired"),
    WITHDRAWN: t("withdrawn"),
  }[offer.status as "RELEASED" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "WITHDRAWN"];
  return (
    <p className="text-ink" data-testid="offer-state">
      {text}
    </p>
  );
}
