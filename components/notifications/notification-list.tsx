"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from "@/app/(hiring)/hiring/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/dates";
import type { NotificationView } from "@/lib/notifications/list-notifications";
import type { ActionResult } from "@/lib/actions/action-result";

export function NotificationList({ notifications }: { notifications: NotificationView[] }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult>) => startTransition(async () => setResult(await action()));
  const unread = notifications.filter((notification) => !notification.readAt).length;

  if (notifications.length === 0)
    return <p className="text-ink-muted">Nothing yet. When someone mentions you in a note, it shows here.</p>;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-ink-muted">{unread === 0 ? "All read." : `${unread} unread.`}</p>
        {unread > 0 && (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => run(markAllNotificationsReadAction)}>
            Mark all as read
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {result && !result.ok && (
          <Alert variant="danger" live="off">
            {result.message}
          </Alert>
        )}
      </div>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {notifications.map((notification) => (
          <li key={notification.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
            <div className="min-w-0 space-y-0.5">
              <p className={notification.readAt ? "text-ink" : "font-semibold text-ink"}>
                {!notification.readAt && <span className="sr-only">Unread: </span>}
                <Describe notification={notification} />
              </p>
              <p className="text-sm text-ink-muted">
                <time dateTime={notification.createdAt.toISOString()}>{formatDateTime(notification.createdAt)}</time>
              </p>
            </div>
            {!notification.readAt && (
              <Button
                variant="ghost"
                size="sm"
                disabled={pending}
                onClick={() => run(() => markNotificationReadAction(notification.id))}
              >
                Mark as read
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Describe({ notification }: { notification: NotificationView }) {
  if (notification.isCandidateWithdrawal) {
    if (!notification.href || !notification.candidateName)
      return <>A candidate you scheduled interviews with withdrew.</>;
    return (
      <>
        <Link href={notification.href}>{notification.candidateName}</Link> withdrew
        {notification.jobTitle ? ` from ${notification.jobTitle}` : ""} on their status page: cancel the interviews you
        scheduled with them.
      </>
    );
  }
  if (!notification.isMention) return <>A notification ({notification.kind})</>;
  const author = notification.authorName ?? "Someone";
  if (!notification.href || !notification.candidateName)
    return <>{author} mentioned you on an application you can no longer see.</>;
  return (
    <>
      {author} mentioned you in a note on{" "}
      <Link href={notification.href}>
        {notification.candidateName}
        {notification.jobTitle ? ` (${notification.jobTitle})` : ""}
      </Link>
    </>
  );
}
