import { buildOpenApiDocument } from "@/lib/api-v1/openapi-document";
import { getEnv } from "@/lib/env";

// Public like any API reference: it describes the API, never data.
export function GET() {
  return Response.json(buildOpenApiDocument(getEnv().APP_URL), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
