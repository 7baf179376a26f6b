import { getEnv } from "@/lib/env";

/** An absolute URL on this site (canonical links, Open Graph, sitemap), built from APP_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().APP_URL).toString();
}
