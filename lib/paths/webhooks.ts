// The staff pages of webhooks, in one place for links, emails and revalidation.
import { segment } from "./segment";

export const WEBHOOKS_PATH = "/hiring/webhooks";
export const webhookEndpointPath = (endpointId: string) => `${WEBHOOKS_PATH}/${segment(endpointId)}`;
