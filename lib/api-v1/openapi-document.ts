// The OpenAPI 3.1 document of the staff API, generated from the endpoints' own zod schemas
// (JSON Schema 2020-12, which OpenAPI 3.1 uses as it is): what the handlers parse is what it says.
import { z } from "zod";
import { ACTIONS_BY_SCOPE } from "@/lib/auth/permissions";
import type { ApiEndpoint } from "./endpoint";
import { API_ENDPOINTS } from "./endpoints";
import { apiComponents, apiRequestComponents, problemSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const uri = (id: string) => `#/components/schemas/${id}`;

function componentId(schema: z.ZodType): string {
  const id = apiComponents.get(schema)?.id ?? apiRequestComponents.get(schema)?.id;
  if (!id) throw new Error("Every staff API request and response schema is registered in schemas.ts");
  return id;
}

function scopesOf(endpoint: ApiEndpoint): string[] {
  return Object.entries(ACTIONS_BY_SCOPE)
    .filter(([, actions]) => actions.includes(endpoint.action))
    .map(([scope]) => scope);
}

/** Path and query parameters, one per key of the endpoint's object schema. */
function parameters(schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref(componentId(problemSchema)) } },
});

const rateLimitHeaders = {
  "RateLimit-Limit": { description: "Requests allowed per window for this token.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the current window.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets.", schema: { type: "integer" } },
};

function operation(endpoint: ApiEndpoint) {
  const scopes = scopesOf(endpoint);
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: [endpoint.description, `Needs the scope ${scopes.map((scope) => `\`${scope}\``).join(" or ")}.`]
      .filter(Boolean)
      .join("\n\n"),
    security: [{ bearerToken: scopes }],
    parameters: [...parameters(endpoint.pathParams, "path"), ...parameters(endpoint.query, "query")],
    ...(endpoint.body && {
      requestBody: {
        required: true,
        content: { "application/json": { schema: ref(componentId(endpoint.body)) } },
      },
    }),
    responses: {
      "200": {
        description: "OK",
        headers: rateLimitHeaders,
        content: { "application/json": { schema: ref(componentId(endpoint.response)) } },
      },
      "400": problem("The query or body does not match its schema; `errors` names each problem."),
      "401": problem("No token, or one that is unknown, revoked or expired."),
      "403": problem("The token lacks the scope."),
      ...(endpoint.pathParams && { "404": problem("Nothing this token may read exists at this address.") }),
      ...(endpoint.method === "post" && {
        "409": problem("The application changed since `expected_version`."),
        "422": problem("The change is not possible (a stage of another job, a closed application)."),
      }),
      "429": {
        ...problem(
          "Over the token's rate limit, or too many invalid tokens from this address; retry after `Retry-After` seconds.",
        ),
        headers: { "Retry-After": { schema: { type: "integer" } }, ...rateLimitHeaders },
      },
    },
  };
}

export function buildOpenApiDocument(serverUrl: string) {
  const responses = z.toJSONSchema(apiComponents, { io: "output", uri }).schemas;
  const requests = z.toJSONSchema(apiRequestComponents, { io: "input", uri }).schemas;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of API_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: "3.1.0",
    info: {
      title: "Trellis staff API",
      version: "1.0.0",
      description:
        "Jobs, applications, candidates, interviews and scorecards for the systems around an applicant tracking system. Authenticate with a token an admin creates at /hiring/api-tokens: `Authorization: Bearer trl_…`. Errors are RFC 9457 problem details. Work-authorization and export-control answers, accommodation requests and self-identification are never available through the API.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: new URL("/api/v1", serverUrl).href }],
    security: [{ bearerToken: [] }],
    paths,
    components: {
      schemas: stripSchemaKeys({ ...responses, ...requests }),
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A Trellis API token (trl_…)." } },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

// Each component schema repeats the dialect the document declares once.
function stripSchemaKeys(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema;
      return [id, rest];
    }),
  );
}
