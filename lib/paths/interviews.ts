// The staff pages of interviews, in one place for links, emails and revalidation.
import { segment } from "./segment";

/** Where staff without a job pipeline (interviewers) start: the interviews they sit on. */
export const MY_INTERVIEWS_PATH = "/hiring/interviews";
export const interviewPacketPath = (interviewId: string) => `${MY_INTERVIEWS_PATH}/${segment(interviewId)}`;
