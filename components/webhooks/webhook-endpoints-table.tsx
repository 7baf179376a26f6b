import Link from "next/link";
import { setWebhookEndpointEnabledAction } from "@/app/(hiring)/hiring/webhooks/actions";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import { webhookEndpointPath } from "@/lib/paths/webhooks";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { WEBHOOK_EVENT_LABELS, webhookEndpointStateLabel } from "@/lib/webhooks/labels";
import { WebhookActionButton } from "./webhook-action-button";

type Endpoint = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledForFailures: boolean;
  createdAt: Date;
};

const eventLabel = (type: string) => WEBHOOK_EVENT_LABELS[type as WebhookEventType] ?? type;

export function WebhookEndpointsTable({ endpoints }: { endpoints: Endpoint[] }) {
  return (
    <Table caption="Webhook endpoints, oldest first">
      <TableHeader columns={["Endpoint", "Events", "State", "Added", "Change"]} />
      <TableBody>
        {endpoints.length === 0 && <TableEmpty colSpan={5}>No endpoints yet.</TableEmpty>}
        {endpoints.map((endpoint) => (
          <TableRow key={endpoint.id}>
            <TableHead scope="row" className="break-all">
              <Link href={webhookEndpointPath(endpoint.id)}>{endpoint.url}</Link>
              {endpoint.description && <p className="text-sm font-normal text-ink-muted">{endpoint.description}</p>}
            </TableHead>
            <TableCell>{endpoint.events.map(eventLabel).join(", ")}</TableCell>
            <TableCell>
              <Badge variant={endpoint.enabled ? "success" : endpoint.disabledForFailures ? "danger" : "neutral"}>
                {webhookEndpointStateLabel(endpoint)}
              </Badge>
            </TableCell>
            <TableCell>{formatDate(endpoint.createdAt)}</TableCell>
            <TableCell>
              <WebhookActionButton
                label={endpoint.enabled ? "Disable" : "Enable"}
                pendingLabel="Saving…"
                variant="secondary"
                action={setWebhookEndpointEnabledAction}
                input={{ endpointId: endpoint.id, enabled: !endpoint.enabled }}
                ariaLabel={`${endpoint.enabled ? "Disable" : "Enable"} ${endpoint.url}`}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
