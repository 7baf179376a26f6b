import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RotateSecretForm } from "@/components/webhooks/rotate-secret-form";
import { WebhookActionButton } from "@/components/webhooks/webhook-action-button";
import { WebhookDeliveriesTable } from "@/components/webhooks/webhook-deliveries-table";
import { Card, CardContent } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/dates";
import { WEBHOOKS_PATH } from "@/lib/paths/webhooks";
import { endWebhookSecretOverlapAction } from "@/app/(hiring)/hiring/webhooks/actions";
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
        <Card>
          <CardContent className="space-y-4">
            {log.endpoint.previousSecretUntil && (
              <div className="space-y-2">
                <p>
                  The previous secret also signs until {formatDateTime(log.endpoint.previousSecretUntil)}, then it is
                  deleted.
                </p>
                <WebhookActionButton
                  label="Stop signing with the previous secret now"
                  pendingLabel="Stopping…"
                  variant="secondary"
                  action={endWebhookSecretOverlapAction}
                  input={{ endpointId: log.endpoint.id }}
                />
              </div>
            )}
            <RotateSecretForm endpointId={log.endpoint.id} />
          </CardContent>
        </Card>
        <WebhookDeliveriesTable deliveries={log.deliveries} />
      </Container>
    </MainContent>
  );
}
