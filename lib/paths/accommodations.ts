// The staff pages of accommodation requests, in one place for links, emails and revalidation.
import { segment } from "./segment";

export const ACCOMMODATIONS_PATH = "/hiring/accommodations";
export const accommodationRequestPath = (requestId: string) => `${ACCOMMODATIONS_PATH}/${segment(requestId)}`;
/** The queue filtered by status; "open" is the queue's default and has no query. */
export const accommodationQueuePath = (status: string) =>
  status === "open" ? ACCOMMODATIONS_PATH : `${ACCOMMODATIONS_PATH}?status=${encodeURIComponent(status)}`;
