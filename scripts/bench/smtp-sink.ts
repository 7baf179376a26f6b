// A local SMTP server that accepts and discards mail, so the app under load sends its
// confirmation emails over SMTP as a deployment does (instead of skipping delivery).
import { SMTPServer } from "smtp-server";

export type SmtpSink = { port: number; messages(): number; stop(): Promise<void> };

export async function startSmtpSink(): Promise<SmtpSink> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // No reverse DNS for each connection: a closed network would make every one wait.
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on("end", () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("The SMTP sink has no port");
  return {
    port: address.port,
    messages: () => received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
