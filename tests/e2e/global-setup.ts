// Starts the SMTP sink the e2e app sends to. Playwright starts the webServer before globalSetup,
// so the app may be up first; that is fine because it sends mail only when a test submits an
// application, and every test runs after this function has returned.
import { E2E_SMTP_PORT } from "./support/e2e-env";
import { startSmtpSink } from "./support/smtp-sink";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const sink = await startSmtpSink({ port: E2E_SMTP_PORT }).catch((error: unknown) => {
    throw new Error(
      `The e2e SMTP sink could not listen on 127.0.0.1:${E2E_SMTP_PORT} (set E2E_SMTP_PORT to use another port): ${String(error)}`,
    );
  });
  // Returned function = global teardown, run after the last test.
  return () => sink.close();
}
