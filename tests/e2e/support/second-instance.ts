// A second app instance for the scale-out test: the same production build started by another
// `next start` on a free loopback port, with the e2e server's environment (its database, files,
// secrets and public address), as a second machine behind a load balancer would be.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import type { Page, Route } from "@playwright/test";
import { E2E_BASE_URL, e2eAppEnv, readServerInfo } from "./e2e-env";

export type AppInstance = { url: string; pid: number; stop(signal?: NodeJS.Signals): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export async function startSecondInstance(): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: e2eAppEnv(readServerInfo()),
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(forced);
  };
  try {
    await waitUntilServing(url, child);
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return { url, pid: child.pid!, stop };
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the second instance exited with code ${child.exitCode} before serving`);
    const ok = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the second instance did not serve ${url} within 60 s`);
}

/**
 * Stands in for a load balancer: the browser keeps talking to the public address (APP_URL, the
 * e2e server's), and every request goes to the backend `pick` names, with the forwarding header
 * a balancer adds. A backend that is down answers like a dead one: the connection is refused.
 */
export async function balanceThrough(page: Page, pick: (route: Route) => string | Promise<string>): Promise<void> {
  const publicHost = new URL(E2E_BASE_URL).host;
  await page.route(`${E2E_BASE_URL}/**`, async (route) => {
    const backend = await pick(route);
    const { pathname, search } = new URL(route.request().url());
    try {
      const response = await route.fetch({
        url: `${backend}${pathname}${search}`,
        headers: { ...route.request().headers(), "x-forwarded-host": publicHost },
        // The browser follows redirects itself, back through this balancer.
        maxRedirects: 0,
      });
      await route.fulfill({ response });
    } catch {
      await route.abort("connectionrefused");
    }
  });
}
