import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/utils/escape-html";
import { PRIVATE_LINK_PLACEHOLDER, withPrivateLink } from "./private-link";

describe("withPrivateLink", () => {
  const link = "https://careers.example/applications/status/abc_DEF-123?x=1&y=2";

  it("puts the link where the stored body has the placeholder, escaped in HTML", () => {
    expect(withPrivateLink(`Your page: ${PRIVATE_LINK_PLACEHOLDER}\nAgain: ${PRIVATE_LINK_PLACEHOLDER}`, link)).toBe(
      `Your page: ${link}\nAgain: ${link}`,
    );
    expect(withPrivateLink(`<a href="${escapeHtml(PRIVATE_LINK_PLACEHOLDER)}">page</a>`, link, "html")).toBe(
      `<a href="${escapeHtml(link)}">page</a>`,
    );
  });

  it("leaves a body alone when the message has no link (delivered, given up, or never had one)", () => {
    expect(withPrivateLink(`Your page: ${PRIVATE_LINK_PLACEHOLDER}`, null)).toBe(
      `Your page: ${PRIVATE_LINK_PLACEHOLDER}`,
    );
  });

  it("is the same text escaped or not, so an HTML template keeps it intact", () => {
    expect(escapeHtml(PRIVATE_LINK_PLACEHOLDER)).toBe(PRIVATE_LINK_PLACEHOLDER);
  });
});
