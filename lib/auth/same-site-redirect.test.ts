import { describe, expect, it } from "vitest";
import { sameSiteRedirect } from "./auth-config";

const APP = "http://127.0.0.1:3100";
const HOME = "http://127.0.0.1:3100/hiring/jobs";

describe("sameSiteRedirect", () => {
  it("keeps this site's paths, at its public address", () => {
    expect(sameSiteRedirect("/hiring/staff?x=1", "http://localhost:3100", APP)).toBe(
      "http://127.0.0.1:3100/hiring/staff?x=1",
    );
    expect(sameSiteRedirect("http://127.0.0.1:3100/hiring/jobs", "http://localhost:3100", APP)).toBe(
      "http://127.0.0.1:3100/hiring/jobs",
    );
    expect(sameSiteRedirect("http://localhost:3100/hiring/jobs", "http://localhost:3100", APP)).toBe(
      "http://127.0.0.1:3100/hiring/jobs",
    );
    expect(sameSiteRedirect("/hiring/jobs/../staff#top", "http://localhost:3100", APP)).toBe(
      "http://127.0.0.1:3100/hiring/staff#top",
    );
    // Encoded slashes are not path separators: this is a path on this site, not a host.
    expect(sameSiteRedirect("/hiring/%2F%2Fevil.com", "http://localhost:3100", APP)).toBe(
      "http://127.0.0.1:3100/hiring/%2F%2Fevil.com",
    );
  });

  it("never leaves the site", () => {
    expect(sameSiteRedirect("https://evil.example/hiring", "http://localhost:3100", APP)).toBe(HOME);
    expect(sameSiteRedirect("//evil.example/x", "http://localhost:3100", APP)).toBe(HOME);
  });

  // Each of these is, or becomes once dot segments are resolved, a URL of another host.
  const escapes = [
    "/hiring/..//evil.com",
    "/hiring/../..//evil.com/x?y=1",
    "/hiring/.././/evil.com",
    "/.//evil.com",
    "/%2e%2e//evil.com",
    "/hiring/%2e%2e//evil.com",
    "/hiring/.%2e//evil.com",
    "http://127.0.0.1:3100/hiring/..//evil.com",
    "//evil.com",
    "///evil.com",
    "https://evil.com",
    "https:evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "/hiring/\\..\\/evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "javascript:alert(1)",
    "http://evil.com@127.0.0.1:3100.evil.com/",
    "http://[::1",
  ];
  it.each(escapes)("sends %j to the staff home", (url) => {
    const result = sameSiteRedirect(url, "http://localhost:3100", APP);
    expect(result).toBe(HOME);
  });

  it("returns a URL whose path cannot be read as another host", () => {
    for (const url of [...escapes, "/hiring/x//y", "/hiring/%2F%2Fevil.com", "/hiring?next=//evil.com"]) {
      const result = new URL(sameSiteRedirect(url, "http://localhost:3100", APP));
      expect(result.origin, url).toBe("http://127.0.0.1:3100");
      expect(result.pathname.startsWith("//"), url).toBe(false);
      // The path and query, used as a relative URL, stay on the site too.
      expect(new URL(`${result.pathname}${result.search}`, "https://other.example").origin, url).toBe(
        "https://other.example",
      );
    }
  });
});
