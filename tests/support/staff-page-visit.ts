// Rendering a staff page's server component as Next would start to, outside Next: the test file
// mocks next/headers (the session cookie); this reads notFound()/redirect() from their digests.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";

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

type Element = { type?: unknown; props?: Record<string, unknown> };

/**
 * The rendered tree with every async (server) component called, as React's server renderer does
 * before it serializes: what is left are host elements and the components whose props would
 * travel to the browser in the RSC payload.
 */
export async function resolveServerTree(node: unknown): Promise<unknown> {
  if (Array.isArray(node)) return Promise.all(node.map(resolveServerTree));
  if (!node || typeof node !== "object" || !("props" in node)) return node;
  const element = node as Element & { $$typeof: symbol; key: unknown };
  if (typeof element.type === "function" && element.type.constructor.name === "AsyncFunction")
    return resolveServerTree(await (element.type as (props: unknown) => Promise<unknown>)(element.props));
  const props = element.props ?? {};
  const resolved: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props))
    resolved[name] = name === "children" || isElementLike(value) ? await resolveServerTree(value) : value;
  return { ...element, props: resolved };
}

const isElementLike = (value: unknown) =>
  Array.isArray(value) || (value !== null && typeof value === "object" && "$$typeof" in value && "props" in value);

/**
 * Every value a resolved tree carries, as text: each element's props (data a client component
 * gets is serialized into the RSC payload whole, whether or not it shows it). A superset of the
 * RSC payload: what is absent here cannot reach the browser.
 */
export function serializedProps(tree: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(tree, (key, value: unknown) => {
    if (key === "_owner" || key === "_store" || key === "_debugInfo" || key === "_debugStack") return undefined;
    if (typeof value === "function") return `[function ${value.name}]`;
    if (typeof value === "symbol") return String(value);
    if (typeof value === "bigint") return String(value);
    if (value && typeof value === "object") {
      if (seen.has(value)) return "[seen]";
      seen.add(value);
    }
    return value;
  });
}

// Client components that call useRouter() render without navigating anywhere.
const inertRouter: AppRouterInstance = {
  back: () => undefined,
  forward: () => undefined,
  refresh: () => undefined,
  push: () => undefined,
  replace: () => undefined,
  prefetch: () => undefined,
  hmrRefresh: () => undefined,
} as unknown as AppRouterInstance;

/** A visited page as the browser gets it: its HTML, and every value its components were handed. */
export async function renderedPage(outcome: PageOutcome): Promise<{ html: string; payload: string }> {
  if (outcome.kind !== "rendered") return { html: "", payload: "" };
  const tree = await resolveServerTree(outcome.element);
  const html = renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: inertRouter }, tree as never));
  return { html, payload: serializedProps(tree) };
}
