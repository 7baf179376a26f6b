import { MainContent } from "@/components/ui/main-content";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isDevMailboxEnabled } from "@/lib/env";
import { listDevMailbox } from "@/lib/email/list-dev-mailbox";
import { isLoopbackClient } from "@/lib/rate-limit/client-address";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false, follow: false } };

// Exists only while SMTP_URL is unset: then no email leaves the machine and this page shows it,
// to this machine only. It holds sign-in links: even a local install someone exposed to the
// network (TRELLIS_LISTEN_PUBLIC=1, or a proxy) keeps it to its own browser (decision 0027).
export default async function DevMailboxPage() {
  if (!isDevMailboxEnabled() || !isLoopbackClient(await headers())) notFound();
  const messages = await listDevMailbox();
  return (
    <>
      <MainContent>
        <div className="mx-auto max-w-3xl px-4 py-8">
          <h1 className="mb-2 text-3xl font-bold text-slate-900">Development mailbox</h1>
          <p className="mb-8 text-slate-800">
            No SMTP server is configured (SMTP_URL is unset), so Trellis keeps outgoing email here instead of sending
            it. Newest first.
          </p>
          {messages.length === 0 ? <p className="text-slate-800">No messages yet.</p> : null}
          <ol className="space-y-6">
            {messages.map((message) => (
              <li key={message.id} className="rounded-lg border border-slate-300 bg-white p-5">
                <h2 className="text-lg font-semibold text-slate-900">{message.subject}</h2>
                <p className="text-sm text-slate-700">
                  To {message.toAddress} · {message.createdAt.toUTCString()}
                </p>
                <pre className="mt-3 font-sans break-words whitespace-pre-wrap text-slate-900">{message.textBody}</pre>
                {message.calendarContent && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-slate-900">
                      Calendar invitation ({message.calendarMethod ?? "REQUEST"})
                    </summary>
                    <pre className="mt-2 overflow-x-auto text-sm text-slate-900">{message.calendarContent}</pre>
                  </details>
                )}
              </li>
            ))}
          </ol>
        </div>
      </MainContent>
    </>
  );
}
