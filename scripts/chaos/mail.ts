// The run's mail server: a real SMTP server on one fixed loopback port that a scenario can stop
// (connections refused, as when the mail server is down) and start again where the app expects
// it. Every message it ever received is kept, to count deliveries by Message-ID across restarts.
// Unlike tests/support/smtp-capture.ts it outlives clients killed mid-conversation (the app
// SIGKILLed while sending): their ECONNRESET is noted, not thrown.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type MailSink = {
  port: number;
  received(): ParsedMail[];
  /** Connections that ended in an error (a client killed mid-conversation). */
  connectionErrors(): number;
  stop(): Promise<void>;
  start(): Promise<void>;
};

export async function startMailSink(port: number): Promise<MailSink> {
  const received: ParsedMail[] = [];
  let errors = 0;
  let server: SMTPServer | undefined;
  const sink: MailSink = {
    port,
    received: () => [...received],
    connectionErrors: () => errors,
    async stop() {
      const running = server;
      server = undefined;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    async start() {
      if (server) return;
      const started = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push(mail);
              callback();
            })
            .catch(callback);
        },
      });
      started.on("error", () => (errors += 1));
      await new Promise<void>((resolve) => started.listen(port, "127.0.0.1", resolve));
      if ((started.server.address() as AddressInfo).port !== port) throw new Error(`the mail sink is not on ${port}`);
      server = started;
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
