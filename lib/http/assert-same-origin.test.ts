import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "./assert-same-origin";

const APP = "https://careers.example.com";
const post = (headers: Record<string, string>, method = "POST") =>
  new Request(`${APP}/api/jobs/x/applications`, { method, headers });

function refusal(request: Request, appUrl = APP): AppError | null {
  try {
    assertSameOrigin(request, appUrl);
    return null;
  } catch (error) {
    return error as AppError;
  }
}

describe("assertSameOrigin", () => {
  it("lets the app's own pages through, by Origin or else by Referer", () => {
    expect(refusal(post({ origin: APP }))).toBeNull();
    expect(refusal(post({ referer: `${APP}/jobs/engineer/apply?x=1` }))).toBeNull();
  });

  it("refuses other sites, look-alikes, a null origin and a request that names none", () => {
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://careers.example.com.evil.example" },
      { origin: "http://careers.example.com" },
      { origin: "https://careers.example.com:8443" },
      { origin: "null" },
      { referer: "https://evil.example/careers.example.com" },
      { referer: "not a url" },
      {},
      // Origin wins over a Referer that would pass.
      { origin: "https://evil.example", referer: `${APP}/jobs` },
    ];
    for (const headers of cases) {
      const error = refusal(post(headers));
      expect(error, JSON.stringify(headers)).toBeInstanceOf(AppError);
      expect(error?.code).toBe("FORBIDDEN");
    }
  });

  it("checks only state-changing methods", () => {
    expect(refusal(post({ origin: "https://evil.example" }, "GET"))).toBeNull();
    for (const method of ["PUT", "PATCH", "DELETE"])
      expect(refusal(post({ origin: "https://evil.example" }, method))?.code).toBe("FORBIDDEN");
  });

  it("treats the loopback names of one local server as the same origin", () => {
    expect(refusal(post({ origin: "http://127.0.0.1:3000" }), "http://localhost:3000")).toBeNull();
    expect(refusal(post({ origin: "http://127.0.0.1:3001" }), "http://localhost:3000")?.code).toBe("FORBIDDEN");
    expect(refusal(post({ origin: "http://evil.localhost:3000" }), "http://localhost:3000")?.code).toBe("FORBIDDEN");
  });
});
