import { errorResponse } from "@/lib/http/error-response";
import { getIndeedFeedXml } from "@/lib/jobs/cached-indeed-feed";
import { INDEED_FEED_PATH } from "@/lib/jobs/job-paths";

// The open jobs for job aggregators (lib/jobs/indeed-feed.ts). Rendered from the data cache, which
// revalidateJobPosting() clears on every job change; the build has no database, so never at build.
// The query string is ignored: the feed is the same for every caller.
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return new Response(await getIndeedFeedXml(), {
      headers: {
        "content-type": "application/xml; charset=utf-8",
        // Like the cached careers home: a CDN may keep it for the 5 minutes the data cache does.
        "cache-control": "public, s-maxage=300, stale-while-revalidate=300",
      },
    });
  } catch (error) {
    return errorResponse(error, `GET ${INDEED_FEED_PATH}`);
  }
}
