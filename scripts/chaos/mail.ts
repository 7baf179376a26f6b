// The run's mail server: a real SMTP server (tests/support/smtp-capture.ts) on one fixed loopback
// port that a scenario can stop (connections refused, as when the mail server is down) and start
// again where the app expects it. Every message it ever received is kept, to count deliveries by
// Message-ID across its restarts.
import type { ParsedMail } from "mailparser";
import { startSmtpCapture } from "../../tests/support/smtp-capture";

export type MailSink = {
  port: number;
  received(): ParsedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
};

export async function startMailSink(port: number): Promise<MailSink> {
  const earlier: ParsedMail[] = [];
  let current: Awaited<ReturnType<typeof startSmtpCapture>> | undefined;
  const sink: MailSink = {
    port,
    received: () => [...earlier, ...(current?.messages ?? [])],
    async stop() {
      if (!current) return;
      await current.close();
      earlier.push(...current.messages);
      current = undefined;
    },
    async start() {
      if (!current) current = await startSmtpCapture({ port });
    },
  };
  await sink.start();
  return sink;
}

/** How many times the mail server received each outbox row's message (its Message-ID names the row). */
export function deliveriesByOutboxId(sink: MailSink, outboxIds: readonly string[]): Map<string, number> {
  const counts = new Map(outboxIds.map((id) => [id, 0]));
  for (const message of sink.received()) {
    const id = /^<([^@>]+)@/.exec(message.messageId ?? "")?.[1];
    if (id && counts.has(id)) counts.set(id, counts.get(id)! + 1);
  }
  return counts;
}
