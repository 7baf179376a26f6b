import { redeliverWebhookAction } from "@/app/(hiring)/hiring/webhooks/actions";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format/dates";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import type { WebhookEventType } from "@/lib/webhooks/events";
import {
  WEBHOOK_DELIVERY_STATUS_LABELS,
  WEBHOOK_DELIVERY_STATUS_TONES,
  WEBHOOK_EVENT_LABELS,
} from "@/lib/webhooks/labels";
import { WebhookActionButton } from "./webhook-action-button";

type Delivery = {
  id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  durationMs: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  createdAt: Date;
  event: { id: string; type: string };
};

const COLUMNS = [
  "Event",
  "Status",
  { label: "Attempts", numeric: true },
  { label: "Response", numeric: true },
  { label: "Duration", numeric: true },
  "Last attempt",
  "Next attempt",
  "Send again",
];

/** The latest deliveries to one endpoint, newest first. */
export function WebhookDeliveriesTable({ deliveries }: { deliveries: Delivery[] }) {
  return (
    <Table caption="Latest deliveries, newest first">
      <TableHeader columns={COLUMNS} />
      <TableBody>
        {deliveries.length === 0 && <TableEmpty colSpan={COLUMNS.length}>Nothing sent yet.</TableEmpty>}
        {deliveries.map((delivery) => (
          <TableRow key={delivery.id}>
            <TableHead scope="row">
              {WEBHOOK_EVENT_LABELS[delivery.event.type as WebhookEventType] ?? delivery.event.type}
              <p className="text-xs font-normal break-all text-ink-muted">
                {delivery.event.id} · {formatDateTime(delivery.createdAt)}
              </p>
            </TableHead>
            <TableCell>
              <Badge variant={WEBHOOK_DELIVERY_STATUS_TONES[delivery.status]}>
                {WEBHOOK_DELIVERY_STATUS_LABELS[delivery.status]}
              </Badge>
              {delivery.lastError && <p className="text-xs text-ink-muted">{delivery.lastError}</p>}
            </TableCell>
            <TableCell numeric>{delivery.attempts}</TableCell>
            <TableCell numeric>{delivery.responseStatus ?? "—"}</TableCell>
            <TableCell numeric>{delivery.durationMs === null ? "—" : `${delivery.durationMs} ms`}</TableCell>
            <TableCell>{delivery.lastAttemptAt ? formatDateTime(delivery.lastAttemptAt) : "—"}</TableCell>
            <TableCell>{delivery.status === "PENDING" ? formatDateTime(delivery.nextAttemptAt) : "—"}</TableCell>
            <TableCell>
              {delivery.status !== "SENDING" && (
                <WebhookActionButton
                  label="Redeliver"
                  pendingLabel="Queuing…"
                  variant="secondary"
                  action={redeliverWebhookAction}
                  input={{ deliveryId: delivery.id }}
                  ariaLabel={`Redeliver ${delivery.event.id}`}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
