import type { ComponentProps } from "react";

/**
 * A link to a job posting. A plain link, not next/link: the posting is a static page
 * (docs/decisions/0053) whose one script (candidate-page-script.tsx) runs when the page loads; the
 * client router would render the posting from its payload, where that script never runs.
 */
export function PostingLink(props: ComponentProps<"a"> & { href: string }) {
  return <a {...props} />;
}
