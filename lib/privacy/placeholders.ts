// What an erased person's identity is replaced with. ".invalid" is reserved (RFC 2606): no mail
// can ever be delivered there, and the ids keep the unique indexes on email columns satisfied.

export const ANONYMIZED_FIRST_NAME = "Anonymized";

export const anonymizedLastName = (number: number) => `#${number}`;

export const anonymizedCandidateEmail = (candidateId: string) => `anonymized-${candidateId}@erased.invalid`;

export const anonymizedApplicationEmail = (applicationId: string) => `anonymized-${applicationId}@erased.invalid`;

export const ERASED_SUBMISSION_KEY_PREFIX = "erased-";

/** What a stored file's name becomes between the erasure and the removal of its bytes. */
export const ERASED_FILE_NAME = "erased";

export const ERASED_EMAIL_SUBJECT = "(erased)";
export const UNSENT_BECAUSE_ERASED = "Not sent: the recipient's data was erased.";
