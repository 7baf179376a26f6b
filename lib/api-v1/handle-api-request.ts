import "server-only";
import { z } from "zod";
import { deliverAfterResponse } from "@/lib/actions/deliver-after-response";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import type { ApiTokenActor } from "@/lib/auth/actor";
import { can, ACTIONS_BY_SCOPE } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/read-capped-body";
import {
  apiRequestsPerMinute,
  authenticateStaffApiClient,
  limitApiRequest,
  type ApiRateLimit,
} from "@/lib/rate-limit/limit-requests";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";
import type { ApiEndpoint } from "./endpoint";
import { InvalidRequestError, invalidRequest, problemResponse } from "./problem";

const MAX_BODY_BYTES = 64 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

export type ApiRequest<E extends ApiEndpoint> = {
  actor: ApiTokenActor;
  path: Output<E["pathParams"]>;
  query: Output<E["query"]>;
  body: Output<E["body"]>;
};

/** What a handler answers: the response's data, and outbox emails to send once it has gone out. */
export type ApiResult<E extends ApiEndpoint> = { data: z.input<E["response"]>; emailIds?: (string | null)[] };

function rateLimitHeaders({ limit, remaining, resetSeconds }: ApiRateLimit): Record<string, string> {
  return {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(Math.max(0, remaining)),
    "RateLimit-Reset": String(resetSeconds),
  };
}

const scopesFor = (endpoint: ApiEndpoint) =>
  Object.entries(ACTIONS_BY_SCOPE)
    .filter(([, actions]) => actions.includes(endpoint.action))
    .map(([scope]) => scope);

async function readJsonBody(request: Request): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? ""))
    throw new InvalidRequestError("Send the body as JSON with Content-Type: application/json.", []);
  const bytes = await readCappedBody(
    request,
    MAX_BODY_BYTES,
    () => new AppError("TOO_LARGE", `Keep the body under ${MAX_BODY_BYTES / 1024} KB.`),
  );
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new InvalidRequestError("The body is not valid JSON.", []);
  }
}

/**
 * The route handler of one endpoint: bearer token (invalid ones limited per client address),
 * per-token rate limit, the scope, the path, query and body parsed with the endpoint's schemas,
 * then `run`, whose answer is parsed with the response schema. Every failure is a problem+json response; no input gives a 5xx.
 */
export function apiRoute<E extends ApiEndpoint>(endpoint: E, run: (request: ApiRequest<E>) => Promise<ApiResult<E>>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    try {
      const actor = await authenticateStaffApiClient(request.headers, () =>
        authenticateApiToken(request.headers.get("authorization")),
      );
      try {
        limitHeaders = rateLimitHeaders(await limitApiRequest(actor.tokenId));
      } catch (error) {
        if (error instanceof RateLimitedError) {
          limitHeaders = rateLimitHeaders({
            limit: apiRequestsPerMinute(),
            remaining: 0,
            resetSeconds: error.retryAfterSeconds,
          });
        }
        throw error;
      }
      if (!can(actor, endpoint.action))
        throw new AppError(
          "FORBIDDEN",
          `This token lacks the scope this needs (${scopesFor(endpoint).join(" or ")}). Create a token with it.`,
        );
      const path = endpoint.pathParams?.safeParse(await context.params);
      if (path && !path.success) throw new AppError("NOT_FOUND", "Nothing exists at this address.");
      const query = endpoint.query?.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (query && !query.success) throw invalidRequest(query.error, "query");
      const body = endpoint.body?.safeParse(await readJsonBody(request));
      if (body && !body.success) throw invalidRequest(body.error, "body");
      const result = await run({ actor, path: path?.data, query: query?.data, body: body?.data } as ApiRequest<E>);
      const data = endpoint.response.parse(result.data);
      deliverAfterResponse(result.emailIds ?? []);
      return Response.json(data, { headers: { "Cache-Control": "no-store", ...limitHeaders } });
    } catch (error) {
      return problemResponse(error, limitHeaders);
    }
  };
}
