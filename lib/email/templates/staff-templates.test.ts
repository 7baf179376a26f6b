import { describe, expect, it } from "vitest";
import { staffInvitationEmail } from "./staff-invitation";
import { staffSignInEmail } from "./staff-sign-in";

describe("staff emails", () => {
  it("puts the sign-in link in both parts, escaped in HTML", () => {
    const url = "https://trellis.example/api/auth/callback/email?token=a&email=b%40c.d";
    const email = staffSignInEmail({ url, expiresInMinutes: 30 });
    expect(email.text).toContain(url);
    expect(email.html).toContain('href="https://trellis.example/api/auth/callback/email?token=a&amp;email=b%40c.d"');
    expect(email.text).toContain("30 minutes");
  });

  it("escapes the names an administrator typed", () => {
    const email = staffInvitationEmail({
      name: "<b>Eve</b>",
      invitedBy: "Ann & Co",
      roleLabel: "Recruiter",
      signInUrl: "https://t.example/hiring/sign-in",
    });
    expect(email.html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
    expect(email.html).toContain("Ann &amp; Co");
    expect(email.text).toContain("https://t.example/hiring/sign-in");
  });
});
