// The bodies webhook receivers get: ids, stage, status, timestamps and staff links, nothing that
// names or describes a person (no contact details, answers, self-identification or accommodation).
import type { ApplicationStatus, StageKind } from "@/lib/generated/prisma/enums";
import { applicationProfilePath } from "@/lib/paths/applications";
import { staffJobBoardPath } from "@/lib/paths/jobs";
import { offerPath } from "@/lib/paths/offers";
import { WEBHOOK_PAYLOAD_VERSION, type WebhookEventType } from "./events";

export type ApplicationFacts = {
  id: string;
  candidateId: string;
  jobId: number;
  status: ApplicationStatus;
  stage: { id: number; name: string; kind: StageKind };
};

export type WebhookData = Record<string, unknown>;

export type WebhookBody = { type: WebhookEventType; version: number; timestamp: string; data: WebhookData };

export function webhookBody(type: WebhookEventType, timestamp: Date, data: WebhookData): WebhookBody {
  return { type, version: WEBHOOK_PAYLOAD_VERSION, timestamp: timestamp.toISOString(), data };
}

/** Every application event carries the application as it is after the change. */
export function applicationData(appUrl: string, application: ApplicationFacts, extra: WebhookData = {}): WebhookData {
  return {
    applicationId: application.id,
    candidateId: application.candidateId,
    jobId: application.jobId,
    status: application.status,
    stage: { id: application.stage.id, name: application.stage.name, kind: application.stage.kind },
    ...extra,
    links: {
      application: new URL(applicationProfilePath(application.id), appUrl).href,
      job: new URL(staffJobBoardPath(application.jobId), appUrl).href,
    },
  };
}

export function offerAcceptedData(appUrl: string, application: ApplicationFacts, offerId: string): WebhookData {
  const data = applicationData(appUrl, application, { offerId });
  return { ...data, links: { ...(data.links as object), offer: new URL(offerPath(application.id), appUrl).href } };
}

/** Erasure: which records to erase downstream; the person is gone here, so no links. */
export function candidateErasedData(candidateId: string, applicationIds: string[]): WebhookData {
  return { candidateId, applicationIds: [...applicationIds].sort() };
}
