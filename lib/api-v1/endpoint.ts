import type { z } from "zod";
import type { Action } from "@/lib/auth/permissions";

/**
 * One staff API operation: what it needs of the token and what it reads and answers. The route
 * handler (handle-api-request.ts) and the OpenAPI document (openapi-document.ts) both read it.
 */
export type ApiEndpoint<
  Path extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
  Result extends z.ZodType = z.ZodType,
> = {
  method: "get" | "post";
  /** OpenAPI path under /api/v1, e.g. "/jobs/{job_id}". */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** The permission the token's scopes must grant (lib/auth/permissions.ts ACTIONS_BY_SCOPE). */
  action: Action;
  pathParams?: Path;
  query?: Query;
  body?: Body;
  response: Result;
};
