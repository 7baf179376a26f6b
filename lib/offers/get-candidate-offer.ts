import "server-only";
import { findStatusLinkHolder } from "@/lib/candidate-rights/status-link";
import { db } from "@/lib/db";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { loadOfferLetter } from "./load-letter";
import { isPastExpiry } from "./offer-expiry";

/**
 * The offer the status link's holder may read: the latest one released to them, with its letter
 * (and the conditional clause, if any) and, while it is open, the acceptance wording in force in
 * the page's language (else English; the answer records the version shown, decision 0042).
 * Nothing before release: drafts and approvals never reach the candidate.
 */
export async function getCandidateOffer(
  statusToken: string,
  { language, now = new Date() }: { language?: string; now?: Date } = {},
) {
  const holder = await findStatusLinkHolder(db, statusToken);
  if (!holder) return null;
  const offer = await db.offer.findFirst({
    where: { applicationId: holder.applicationId, releasedAt: { not: null } },
    orderBy: [{ releasedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      expiresOn: true,
      answeredAt: true,
      acceptedName: true,
      acceptanceWordingVersion: { select: { version: true } },
    },
  });
  if (!offer) return null;
  const open = offer.status === "RELEASED" && !isPastExpiry(offer.expiresOn, now);
  const wording = open
    ? ((await getCurrentFormVersions(["OFFER_ACCEPTANCE"], { language, now })).get("OFFER_ACCEPTANCE") ?? null)
    : null;
  const letter = await loadOfferLetter(db, offer.id, "show");
  return {
    id: offer.id,
    status: open ? offer.status : offer.status === "RELEASED" ? ("EXPIRED" as const) : offer.status,
    expiresOn: offer.expiresOn,
    answeredAt: offer.answeredAt,
    acceptedName: offer.acceptedName,
    acceptedWordingVersion: offer.acceptanceWordingVersion?.version ?? null,
    wording: wording && {
      id: wording.id,
      version: wording.version,
      language: wording.language,
      body: wording.bodyMarkdown,
    },
    letter,
  };
}

export type CandidateOffer = NonNullable<Awaited<ReturnType<typeof getCandidateOffer>>>;

/** The released offer's letter for the status link's holder, or null (not theirs, or not released). */
export async function getCandidateOfferLetter(statusToken: string) {
  const holder = await findStatusLinkHolder(db, statusToken);
  if (!holder) return null;
  const offer = await db.offer.findFirst({
    where: { applicationId: holder.applicationId, releasedAt: { not: null } },
    orderBy: [{ releasedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return offer ? loadOfferLetter(db, offer.id, "show") : null;
}
