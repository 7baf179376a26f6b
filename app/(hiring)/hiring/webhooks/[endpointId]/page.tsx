import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WebhookDeliveriesTable } from "@/components/webhooks/webhook-deliveries-table";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { WEBHOOKS_PATH } from "@/lib/paths/webhooks";
import { webhookEndpointStateLabel } from "@/lib/webhooks/labels";
import { getWebhookEndpointLog } from "@/lib/webhooks/list-webhooks";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookEndpointPage({ params }: { params: Promise<{ endpointId: string }> }) {
  const actor = await requireActorForPage();
  if (!can(actor, "webhook.manage")) notFound();
  const { endpointId } = await params;
  const log = await getWebhookEndpointLog({ actor, endpointId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <Link href={WEBHOOKS_PATH}>All webhooks</Link>
        <div>
          <h1 className="text-3xl font-bold break-all text-ink">{log.endpoint.url}</h1>
          <p className="mt-1 text-ink-muted">
            {webhookEndpointStateLabel(log.endpoint)}. Failed deliveries are retried with growing delays for about 3
            days; an endpoint failing for 3 days is disabled and admins are emailed.
          </p>
        </div>
        <WebhookDeliveriesTable deliveries={log.deliveries} />
      </Container>
    </MainContent>
  );
}
