// Rendering a staff page's server component as Next would start to, outside Next: the test file
// mocks next/headers (the session cookie); this reads notFound()/redirect() from their digests.

export type PageOutcome =
  { kind: "rendered"; element: unknown } | { kind: "notFound" } | { kind: "redirect"; to: string };

type PageModule = { default: (props: never) => Promise<unknown> };

/** Calls a page's default export with the props Next passes (params and searchParams as Promises). */
export async function visitPage(
  page: PageModule,
  searchParams: Record<string, string> = {},
  params: Record<string, string> = {},
): Promise<PageOutcome> {
  try {
    const render = page.default as (props: object) => Promise<unknown>;
    return {
      kind: "rendered",
      element: await render({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) }),
    };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "notFound" };
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/** The first prop called `name` anywhere in a rendered element tree (the page's data for its component). */
export function findProp(node: unknown, name: string, seen = new Set<unknown>()): unknown {
  if (!node || typeof node !== "object" || seen.has(node)) return undefined;
  seen.add(node);
  const props = (node as { props?: Record<string, unknown> }).props;
  if (props && name in props) return props[name];
  for (const child of [props?.children].flat()) {
    const found = findProp(child, name, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}
