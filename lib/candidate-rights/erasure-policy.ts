/**
 * How long the candidate is told erasure takes: the one month GDPR allows for answering a
 * request. The erasure itself is lib/privacy's background job, which honours legal holds.
 */
export const ERASURE_DEADLINE_DAYS = 30;
