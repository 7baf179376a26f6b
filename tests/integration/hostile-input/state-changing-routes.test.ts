// Every route handler that changes state checks where the request came from (lib/http/
// assert-same-origin.ts), or is on the short list of routes that are exempt by design; and a
// request from another site changes nothing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createJob, ensureLegalForms, SAMPLE_QUESTIONS } from "../../factories";
import { validApplicationPayload } from "../../support/application-payload";
import { postCareersApplication } from "../../support/careers-apply";
import { testDb } from "../../support/db";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";

const ROOT = path.resolve(import.meta.dirname, "../../..");

// Exempt, with the reason (docs/decisions/0010-content-security-policy.md).
const EXEMPT: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js checks its own double-submit CSRF token on every POST",
  "app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route.ts":
    "meant for other sites; authenticated by an API key header, never a cookie",
  "app/api/v1/applications/[application_id]/move/route.ts":
    "the staff API, for other systems; authenticated by a bearer token header, never a cookie",
  "app/api/v1/applications/[application_id]/reject/route.ts":
    "the staff API, for other systems; authenticated by a bearer token header, never a cookie",
};

async function routeFiles(directory: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, directory), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = path.posix.join(directory, entry.name);
      if (entry.isDirectory()) return routeFiles(relative);
      return Promise.resolve(entry.name === "route.ts" ? [relative] : []);
    }),
  );
  return nested.flat();
}

const STATE_CHANGING =
  /export\s+(?:async\s+)?(?:function|const)\s+(POST|PUT|PATCH|DELETE)\b|export\s+const\s+\{[^}]*\b(POST|PUT|PATCH|DELETE)\b/;

describe("state-changing route handlers", () => {
  it("all check the request's origin, except the exempt ones", async () => {
    const files = await routeFiles("app");
    const changing = [];
    for (const file of files) {
      const source = await readFile(path.join(ROOT, file), "utf8");
      if (!STATE_CHANGING.test(source)) continue;
      changing.push(file);
      if (EXEMPT[file]) continue;
      expect(
        source,
        `${file} changes state: call assertSameOrigin(request) first, or add it to EXEMPT with a reason`,
      ).toMatch(/assertSameOrigin\(request\)/);
    }
    expect(changing).toEqual(
      expect.arrayContaining(["app/api/jobs/[slug]/applications/route.ts", ...Object.keys(EXEMPT)]),
    );
  });

  it("refuse a request from another site with 403 and store nothing (careers apply)", async () => {
    await ensureLegalForms(testDb);
    const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
    const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }));
    for (const origin of ["https://evil.example", "null", null]) {
      const response = await postCareersApplication(job.slug, payload, { origin });
      expect(response.status, String(origin)).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await testDb.application.count({ where: { jobId: job.id } })).toBe(0);
    // The same payload from the app's own page is accepted (so the refusals are about origin).
    expect((await postCareersApplication(job.slug, payload)).status).toBe(201);
  });
});
