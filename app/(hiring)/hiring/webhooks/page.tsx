import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllowedHostsForm } from "@/components/webhooks/allowed-hosts-form";
import { WebhookEndpointForm } from "@/components/webhooks/webhook-endpoint-form";
import { WebhookEndpointsTable } from "@/components/webhooks/webhook-endpoints-table";
import { Card, CardContent } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "webhook.manage")) notFound();
  const { endpoints, allowedHosts } = await listWebhookEndpoints({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-8">
        <div>
          <h1 className="text-3xl font-bold text-ink">Webhooks</h1>
          <p className="mt-1 text-ink-muted">
            Trellis tells other systems what happened, signed as Standard Webhooks describes. Events carry ids and
            links, never names, answers, self-identification or accommodation details.
          </p>
        </div>
        <Card>
          <CardContent>
            <WebhookEndpointForm />
          </CardContent>
        </Card>
        <WebhookEndpointsTable endpoints={endpoints} />
        <AllowedHostsForm hosts={allowedHosts.map((row) => row.host)} />
      </Container>
    </MainContent>
  );
}
