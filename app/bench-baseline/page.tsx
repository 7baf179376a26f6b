import type { Metadata } from "next";
import { MainContent } from "@/components/ui/main-content";

// The yardstick of `npm run bench` (scripts/bench): the cheapest page this server can serve, a
// prerendered page with no data, through the same proxy, headers and root layout as every
// other page. The posting page's budget is to serve at least 95% of this page's requests per
// second; measuring both on the same server in the same run cancels out the machine.
export const dynamic = "force-static";

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

export default function BenchBaselinePage() {
  return (
    <MainContent>
      <p>Benchmark baseline.</p>
    </MainContent>
  );
}
