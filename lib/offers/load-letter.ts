import "server-only";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import type { Db, DbTransaction } from "@/lib/db";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { renderLetter } from "./letter";
import { OFFER_TERMS_SELECT } from "./offer-terms";

export type RenderedLetter = { title: string; paragraphs: string[]; clauseWithheld: boolean };

/**
 * An offer's letter, addressed as the application was made. `clause`: "show" for readers of the
 * export-control review's outcome and the candidate; "withhold" for hiring managers, who learn
 * only that the review is done (the clause would tell them its outcome).
 */
export async function loadOfferLetter(
  client: Db | DbTransaction,
  offerId: string,
  clause: "show" | "withhold",
): Promise<RenderedLetter> {
  const offer = await client.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      ...OFFER_TERMS_SELECT,
      status: true,
      letterVersion: { select: { body: true } },
      conditionalClauseVersion: { select: { bodyMarkdown: true } },
      exportReview: { select: { outcome: true } },
      application: {
        select: {
          candidateId: true,
          emailNormalized: true,
          job: { select: { title: true, exportControlled: true, organization: { select: { name: true } } } },
        },
      },
    },
  });
  const applicant = await findApplicantIdentity(client, offer.application);
  const conditional =
    offer.conditionalClauseVersion?.bodyMarkdown ??
    (offer.status !== "RELEASED" &&
    offer.application.job.exportControlled &&
    offer.exportReview?.outcome === "CONDITIONAL_ON_LICENCE"
      ? ((await getCurrentFormVersions(["OFFER_EXPORT_CONDITION"])).get("OFFER_EXPORT_CONDITION")?.bodyMarkdown ?? null)
      : null);
  const paragraphs = renderLetter(
    offer.letterVersion.body,
    {
      candidate: {
        firstName: applicant?.firstName ?? "",
        lastName: applicant?.lastName ?? "",
        preferredName: applicant?.preferredName ?? null,
      },
      job: { title: offer.application.job.title },
      organization: { name: offer.application.job.organization.name },
      offer,
    },
    clause === "show" ? conditional : null,
  );
  return {
    title: `Offer of employment: ${offer.application.job.title}`,
    paragraphs,
    clauseWithheld: clause === "withhold" && offer.application.job.exportControlled,
  };
}
