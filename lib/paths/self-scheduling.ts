// The staff pages of interviewer availability, in one place for links and revalidation.
import { segment } from "./segment";

export const MY_AVAILABILITY_PATH = "/hiring/availability";
export const staffAvailabilityPath = (userId: string) => `${MY_AVAILABILITY_PATH}/${segment(userId)}`;
