import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

type CaptureOptions = {
  /** Answers "451 try again later" for a recipient while this says so (a mail server's bad moment). */
  deferRecipient?: (address: string) => boolean;
  /** A given loopback port (a mail server coming back where the app expects it); else a free one. */
  port?: number;
};

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtpCapture({ deferRecipient, port: wanted = 0 }: CaptureOptions = {}): Promise<{
  url: string;
  messages: ParsedMail[];
  close: () => Promise<void>;
}> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (deferRecipient?.(address.address))
        return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(wanted, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
