// The staff API called in-process, as an HTTP client would call it: a fetch that routes each
// request to its route handler (app/api/v1) by path, and tokens made by the admin domain function.
import { GET as getApplication } from "@/app/api/v1/applications/[application_id]/route";
import { POST as moveApplication } from "@/app/api/v1/applications/[application_id]/move/route";
import { POST as rejectApplication } from "@/app/api/v1/applications/[application_id]/reject/route";
import { GET as listScorecards } from "@/app/api/v1/applications/[application_id]/scorecards/route";
import { GET as listApplications } from "@/app/api/v1/applications/route";
import { GET as getCandidate } from "@/app/api/v1/candidates/[candidate_id]/route";
import { GET as listInterviews } from "@/app/api/v1/interviews/route";
import { GET as getJob } from "@/app/api/v1/jobs/[job_id]/route";
import { GET as listStages } from "@/app/api/v1/jobs/[job_id]/stages/route";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { GET as getOpenApiDocument } from "@/app/api/v1/openapi.json/route";
import { GET as listRejectionReasons } from "@/app/api/v1/rejection_reasons/route";
import { createApiToken } from "@/lib/api-tokens/manage-api-tokens";
import type { ApiScope } from "@/lib/auth/actor";
import { actorFor, createStaffUser } from "../factories";
import { randomClientAddress } from "./careers-apply";
import { testDb } from "./db";

export const API_BASE = "http://localhost/api/v1";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

// Each path pattern's segments, "{name}" for a parameter; Next.js matches the same way.
const ROUTES: [string, string, Handler][] = [
  ["GET", "/jobs", listJobs],
  ["GET", "/jobs/{job_id}", getJob],
  ["GET", "/jobs/{job_id}/stages", listStages],
  ["GET", "/applications", listApplications],
  ["GET", "/applications/{application_id}", getApplication],
  ["POST", "/applications/{application_id}/move", moveApplication],
  ["POST", "/applications/{application_id}/reject", rejectApplication],
  ["GET", "/applications/{application_id}/scorecards", listScorecards],
  ["GET", "/candidates/{candidate_id}", getCandidate],
  ["GET", "/interviews", listInterviews],
  ["GET", "/rejection_reasons", listRejectionReasons],
  ["GET", "/openapi.json", () => getOpenApiDocument()],
];

function match(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = pathname.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const value = got[index]!;
    if (part.startsWith("{")) params[part.slice(1, -1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

/** A fetch for `API_BASE` URLs that answers from the route handlers (404 for any other path). */
export async function staffApiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  const pathname = new URL(request.url).pathname.replace(/^\/api\/v1/, "");
  for (const [method, pattern, handler] of ROUTES) {
    const params = method === request.method ? match(pattern, pathname) : null;
    if (params) return handler(request, { params: Promise.resolve(params) });
  }
  return new Response("Not found", { status: 404 });
}

/**
 * GET or POST one path with a token, as a client would, from its own client address unless one
 * is given (invalid tokens are counted per address, and the run's tests share one database).
 */
export function callApi(
  token: string | null,
  path: string,
  init: { method?: string; body?: unknown; address?: string } = {},
) {
  const headers = new Headers(token === null ? {} : { Authorization: `Bearer ${token}` });
  // As the one trusted proxy (TRUST_PROXY=1 in the integration tests) would write it.
  headers.set("X-Forwarded-For", init.address ?? randomClientAddress());
  if (init.body !== undefined) headers.set("Content-Type", "application/json");
  return staffApiFetch(`${API_BASE}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}

/** A token with these scopes, created by a new admin: its secret and id. */
export async function createTokenWithScopes(scopes: ApiScope[], { expiresInDays = "365" as const } = {}) {
  const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
  const token = await createApiToken({
    actor: admin,
    input: { name: `Integration ${scopes.join(" ")}`, scopes, expiresInDays },
  });
  return { ...token, admin };
}
