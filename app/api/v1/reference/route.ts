import { buildOpenApiDocument } from "@/lib/api-v1/openapi-document";
import { renderApiReference } from "@/lib/api-v1/reference-html";
import { getEnv } from "@/lib/env";

export function GET() {
  return new Response(renderApiReference(buildOpenApiDocument(getEnv().APP_URL)), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
