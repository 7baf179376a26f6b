import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/jobs/[slug]/applications/route";

// This file's process talks to a database that does not answer (the client is created lazily
// from DATABASE_URL, which we point at a closed port before first use).
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/trellis_unreachable";

describe("applying while the database is unreachable", () => {
  it("answers 503 with a clear, safe message", async () => {
    const form = new FormData();
    form.set("payload", JSON.stringify({ firstName: "Ada" }));
    const request = new Request("http://localhost:3000/api/jobs/any/applications", {
      method: "POST",
      body: form,
      headers: { origin: "http://localhost:3000" },
    });
    const response = await POST(request, {
      params: Promise.resolve({ slug: "any" }),
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { ok: boolean; message: string };
    expect(body.ok).toBe(false);
    expect(body.message).toMatch(/could not reach our database, so nothing was saved/);
    expect(body.message).not.toMatch(/ECONNREFUSED|prisma|postgres/i);
  });
});
