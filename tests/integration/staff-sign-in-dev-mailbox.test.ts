// Without SMTP_URL the magic link is captured for the development mailbox (/dev/mailbox), link
// intact, and that page shows it to this machine only.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/rate-limit/client-address";
import { createStaffUser } from "../factories";
import { requestMagicLink } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

const previousSmtpUrl = process.env.SMTP_URL;
delete process.env.SMTP_URL;
afterAll(() => {
  if (previousSmtpUrl !== undefined) process.env.SMTP_URL = previousSmtpUrl;
});

// What `npm start` preloads into the server: each request carries its TCP peer's address.
await import("@/lib/rate-limit/socket-address-hook.js");
const { default: DevMailboxPage } = await import("@/app/dev/mailbox/page");

describe("magic link without an SMTP server", () => {
  it("lands in the development mailbox with a working link", async () => {
    const user = await createStaffUser(testDb, { role: "ADMIN" });
    await requestMagicLink(user.email);
    const row = await testDb.emailOutbox.findFirstOrThrow({
      where: { toAddress: user.email },
      select: { status: true, template: true, textBody: true },
    });
    expect(row.status).toBe("CAPTURED");
    expect(row.template).toBe("staff-sign-in");
    expect(row.textBody).toMatch(/\/api\/auth\/callback\/email\?.*token=/);
  });

  it("is shown to this machine only: another machine, or a proxy relaying one, gets a 404", async () => {
    const user = await createStaffUser(testDb, { role: "ADMIN" });
    await requestMagicLink(user.email);
    const from = (socket: string, forwardedFor?: string) => {
      nextRequest.headers = new Headers({
        [SOCKET_ADDRESS_HEADER]: socket,
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      });
      return DevMailboxPage();
    };

    const local = renderToStaticMarkup(await from("127.0.0.1"));
    expect(local).toContain(user.email);
    expect(local).toMatch(/\/api\/auth\/callback\/email\?/);
    expect(renderToStaticMarkup(await from("::1", "127.0.0.1"))).toContain(user.email);

    // The machine's own network address, another machine on the network, and a proxy on this machine relaying one.
    for (const [socket, forwardedFor] of [
      ["192.168.1.20"],
      ["10.0.0.7", "127.0.0.1"],
      ["127.0.0.1", "203.0.113.9"],
    ] as const) {
      await expect(from(socket, forwardedFor), `${socket} ${forwardedFor ?? ""}`).rejects.toMatchObject({
        digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
      });
    }
  });
});
