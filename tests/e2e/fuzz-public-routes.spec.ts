// The public-route fuzz (issue 12, finding 11) against the built app under `next start`: raw
// request targets over HTTP (node:http sends them as generated, dot segments and malformed
// escapes included), so Next.js's own routing and decoding run for real. No browser.
// The bulk of the generated requests, and the application payloads, run in-process in
// tests/integration/fuzz-public-routes/; this proves that model on the real server.
// Submissions here carry no Origin (careers) or no API key (Job Board API): they are refused
// before the rate limits the rest of this suite shares from 127.0.0.1 would count them.
import http from "node:http";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import {
  BAD_ESCAPES,
  CONTROL_ESCAPES,
  PUBLIC_ROUTES,
  anyFuzzTarget,
  type KnownValues,
} from "../support/public-route-fuzz";
import { E2E_BASE_URL } from "./support/e2e-env";
import { queryRows } from "./support/database";

const SEED = 20_261_206;
const BATCHES = 600;
const CONCURRENT = 4;

const base = new URL(E2E_BASE_URL);
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENT });

/** The status of one request, its target sent byte for byte as given. */
function send(method: string, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path: target,
        agent,
        // Next.js's own 308 for a path ending in "/." repeats the URL in Location and Refresh: an
        // 8 KB query makes 16 KB of headers, past Node's default client limit (browsers read far
        // more). The status is what this test judges, so the client reads headers as a browser would.
        maxHeaderSize: 64 * 1024,
        headers: method === "POST" ? { "content-type": "application/json" } : {},
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(method === "POST" ? "{}" : undefined);
  });
}

async function knownValues(): Promise<KnownValues> {
  const jobs = await queryRows<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Job" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 3`,
  );
  const [organization] = await queryRows<{ boardToken: string }>(
    `SELECT "boardToken" FROM "Organization" ORDER BY "isDemo", id LIMIT 1`,
  );
  const departments = await queryRows<{ id: number }>(`SELECT id FROM "Department" ORDER BY id LIMIT 2`);
  const offices = await queryRows<{ id: number }>(`SELECT id FROM "Office" ORDER BY id LIMIT 2`);
  const references = await queryRows<{ reference: string }>(
    `SELECT reference FROM "Application" ORDER BY "submittedAt" LIMIT 1`,
  );
  return {
    slug: jobs.map((job) => job.slug),
    jobId: jobs.map((job) => String(job.id)),
    boardToken: organization ? [organization.boardToken] : [],
    departmentId: departments.map((department) => String(department.id)),
    officeId: offices.map((office) => String(office.id)),
    reference: references.map((row) => row.reference),
    view: ["all"],
    q: ["engineer"],
    content: ["true"],
    questions: ["true"],
  };
}

const storedRows = async () =>
  (
    await queryRows<{ applications: string; candidates: string }>(
      `SELECT (SELECT count(*) FROM "Application")::text AS applications, (SELECT count(*) FROM "Candidate")::text AS candidates`,
    )
  )[0];

test.describe("public routes over HTTP under generated requests", () => {
  test.setTimeout(300_000);

  test("a malformed escape or a control character in any dynamic segment is a 400", async () => {
    const known = await knownValues();
    for (const route of PUBLIC_ROUTES) {
      for (const name of [...route.pattern.matchAll(/:(\w+)/g)].map(([, param]) => param!)) {
        for (const escape of [...BAD_ESCAPES.slice(0, 3), ...CONTROL_ESCAPES.slice(0, 2)]) {
          const target = route.pattern.replace(/:(\w+)/g, (_match, param: string) =>
            param === name ? escape : (known[param]?.[0] ?? "x"),
          );
          expect(await send(route.method, target), `${route.method} ${target}`).toBe(400);
        }
      }
    }
  });

  test(`${BATCHES * CONCURRENT} generated requests to every public route pattern answer below 500 and store nothing`, async () => {
    const known = await knownValues();
    const before = await storedRows();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyFuzzTarget(known), { minLength: CONCURRENT, maxLength: CONCURRENT }),
        async (targets) => {
          const answers = await Promise.all(
            targets.map(async ({ route, target }) => ({ route, target, status: await send(route.method, target) })),
          );
          for (const { route, target, status } of answers) {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            expect(status, `${route.method} ${target.slice(0, 300)}`).toBeLessThan(500);
          }
        },
      ),
      { seed: SEED, numRuns: BATCHES },
    );
    for (const status of [200, 307, 400, 404])
      expect(statuses.get(status) ?? 0, `no ${status} in ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
    expect(await storedRows()).toEqual(before);
  });
});
