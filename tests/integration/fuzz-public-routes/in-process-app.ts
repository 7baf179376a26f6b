// The app as `next start` serves it, in-process: proxy.ts first (with its matcher), then the
// route whose pattern matches (static segments before dynamic ones), its dynamic segments
// decoded as Next.js decodes them, and the page or route handler called with them. What Next.js
// does on its own is modelled on what `next start` (16.4) was seen to do: a segment that
// decodeURIComponent refuses is a bare 500 in the App Router; notFound() is a 404; redirect() a
// 307; anything else thrown is a 500. tests/e2e/fuzz-public-routes.spec.ts checks the real server.
import { NextRequest } from "next/server";

export const APP_ORIGIN = "http://localhost:3000";

type SearchRecord = Record<string, string | string[]>;
type Params = Record<string, string>;
/** A page renders (200) or throws; a route handler or metadata route answers. */
type Invoke = (request: NextRequest, params: Params, search: SearchRecord) => Promise<Response | "rendered">;
export type AppRoute = { method: "GET" | "POST"; pattern: string; invoke: Invoke };
type ProxyModule = { proxy: (request: NextRequest) => Response | Promise<Response>; config: { matcher: string[] } };

/** A page module's default export and metadata, called as Next.js calls them. */
export function page(
  load: () => Promise<{ default: (props: never) => unknown; generateMetadata?: (props: never) => unknown }>,
): Invoke {
  return async (_request, params, search) => {
    const pageModule = await load();
    const props = { params: Promise.resolve(params), searchParams: Promise.resolve(search) } as never;
    await pageModule.generateMetadata?.(props);
    await pageModule.default(props);
    return "rendered";
  };
}

/** A route handler export (each declares its own params; they come from the pattern here). */
export function handler(
  load: () => Promise<(request: NextRequest, context: { params: Promise<never> }) => Response | Promise<Response>>,
): Invoke {
  return async (request, params) => (await load())(request, { params: Promise.resolve(params) as Promise<never> });
}

export type InProcessApp = {
  send(method: string, target: string, init?: { headers?: Record<string, string>; body?: BodyInit }): Promise<number>;
};

export function inProcessApp(
  proxyModule: ProxyModule,
  routes: readonly AppRoute[],
  onServerError: (target: string, error: unknown) => void,
): InProcessApp {
  const matchers = proxyModule.config.matcher.map((source) => new RegExp(`^${source}$`));
  return {
    async send(method, target, init = {}) {
      // Next.js parses the request target as WHATWG URL does (dot segments, %2e included, resolved).
      const url = new URL(target, APP_ORIGIN);
      const request = new NextRequest(url, {
        method,
        headers: init.headers,
        body: init.body,
        ...(init.body ? { duplex: "half" } : {}),
      } as ConstructorParameters<typeof NextRequest>[1]);
      let { pathname } = url;
      // Next.js tries the matcher on the raw path and on its decoded form.
      if (matchers.some((matcher) => matcher.test(pathname) || matcher.test(decodeOrSame(pathname)))) {
        const response = await proxyModule.proxy(request);
        const rewrite = response.headers.get("x-middleware-rewrite");
        if (rewrite) pathname = new URL(rewrite).pathname;
        else if (response.headers.get("x-middleware-next") !== "1") return response.status;
      }
      const matched = matchRoute(routes, pathname);
      if (!matched) return 404;
      const route = matched.routes.find((candidate) => candidate.method === method);
      if (!route) return 405;
      let params: Params;
      try {
        params = Object.fromEntries(
          Object.entries(matched.rawParams).map(([name, raw]) => [name, decodeURIComponent(raw)]),
        );
      } catch (error) {
        onServerError(target, error);
        return 500;
      }
      const search: SearchRecord = {};
      for (const key of new Set(url.searchParams.keys())) {
        const values = url.searchParams.getAll(key);
        search[key] = values.length === 1 ? values[0]! : values;
      }
      try {
        const result = await route.invoke(request, params, search);
        return result === "rendered" ? 200 : result.status;
      } catch (error) {
        const digest = String((error as { digest?: unknown })?.digest ?? "");
        if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return 404;
        if (digest.startsWith("NEXT_REDIRECT")) return 307;
        onServerError(target, error);
        return 500;
      }
    },
  };
}

function decodeOrSame(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The routes whose pattern fits, the most specific pattern first (static before dynamic, segment by segment). */
function matchRoute(routes: readonly AppRoute[], pathname: string): { routes: AppRoute[]; rawParams: Params } | null {
  const segments = pathname.split("/").slice(1);
  const fits = routes.flatMap((route) => {
    const parts = route.pattern.split("/").slice(1);
    if (parts.length !== segments.length) return [];
    const rawParams: Params = {};
    for (const [index, part] of parts.entries()) {
      const segment = segments[index]!;
      if (part.startsWith(":")) {
        if (segment === "") return [];
        rawParams[part.slice(1)] = segment;
      } else if (part !== segment) return [];
    }
    return [{ route, rawParams, rank: parts.map((part) => (part.startsWith(":") ? "1" : "0")).join("") }];
  });
  if (fits.length === 0) return null;
  const best = fits.reduce((a, b) => (b.rank < a.rank ? b : a)).rank;
  const chosen = fits.filter((fit) => fit.rank === best);
  return { routes: chosen.map((fit) => fit.route), rawParams: chosen[0]!.rawParams };
}
