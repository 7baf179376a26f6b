import { applyLinksScript } from "@/components/careers/apply-links-script";

// The posting page's one script (components/careers/apply-links-script.ts), from this build's
// code: rendered once at build time and served as a static file.
export const dynamic = "force-static";

export function GET() {
  return new Response(applyLinksScript(), { headers: { "content-type": "text/javascript; charset=utf-8" } });
}
