import { describe, expect, it } from "vitest";
import { sameSiteRedirect } from "./auth-config";

const APP = "http://127.0.0.1:3100";

describe("sameSiteRedirect", () => {
  it("keeps this site's paths, at its public address", () => {
    expect(sameSiteRedirect("/hiring/staff?x=1", "http://localhost:3100", APP)).toBe("http://127.0.0.1:3100/hiring/staff?x=1");
    expect(sameSiteRedirect("http://127.0.0.1:3100/hiring/jobs", "http://localhost:3100", APP)).toBe("http://127.0.0.1:3100/hiring/jobs");
    expect(sameSiteRedirect("http://localhost:3100/hiring/jobs", "http://localhost:3100", APP)).toBe("http://127.0.0.1:3100/hiring/jobs");
  });

  it("never leaves the site", () => {
    expect(sameSiteRedirect("https://evil.example/hiring", "http://localhost:3100", APP)).toBe("http://127.0.0.1:3100/hiring/jobs");
    expect(sameSiteRedirect("//evil.example/x", "http://localhost:3100", APP)).toBe("http://127.0.0.1:3100/hiring/jobs");
  });
});
