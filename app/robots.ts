import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/utils/absolute-url";

// Per request, because the sitemap URL comes from APP_URL, a runtime setting.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Staff pages, APIs and development tools are not for search engines (they also require
      // sign-in or are disabled in production; this only keeps crawlers from wasting effort).
      disallow: ["/api/", "/hiring/", "/dev/"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
