import { candidatePageScript } from "@/components/careers/candidate-page-script";

// The static careers pages' one script (components/careers/candidate-page-script.tsx), from this
// build's code: rendered once at build time and served as a static file.
export const dynamic = "force-static";

export function GET() {
  return new Response(candidatePageScript(), { headers: { "content-type": "text/javascript; charset=utf-8" } });
}
