import "server-only";
import type { Metadata } from "next";
import { getCareersOrganization } from "@/lib/jobs/public-queries";
import { absoluteUrl } from "@/lib/utils/absolute-url";

/** The careers home's metadata, the same for its cached and its filtered rendering. */
export async function careersHomeMetadata(): Promise<Metadata> {
  const organization = await getCareersOrganization();
  const title = organization ? `Careers at ${organization.name}` : "Careers";
  const description = organization
    ? `Open positions at ${organization.name}: search by team, location and workplace, and apply online.`
    : "Open positions: search by team, location and workplace, and apply online.";
  // Every filtered view is the same page for search engines.
  const url = absoluteUrl("/");
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description, url, siteName: title },
  };
}
