// The staff pages of offers, in one place for links and revalidation.
import { applicationProfilePath } from "./applications";
import { STAFF_JOBS_PATH } from "./jobs";
import { segment } from "./segment";

export const offerPath = (applicationId: string) => `${applicationProfilePath(applicationId)}/offer`;
export const offerLetterPdfPath = (applicationId: string, offerId: string) =>
  `${offerPath(applicationId)}/letter/${segment(offerId)}`;
export const jobOfferSettingsPath = (jobId: number) => `${STAFF_JOBS_PATH}/${segment(jobId)}/offer-settings`;
export const OFFER_LETTERS_PATH = "/hiring/offer-letters";
export const NEW_OFFER_LETTER_PATH = `${OFFER_LETTERS_PATH}/new`;
export const offerLetterEditPath = (templateId: string) => `${OFFER_LETTERS_PATH}/${segment(templateId)}`;
