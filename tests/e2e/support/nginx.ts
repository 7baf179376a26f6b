// nginx with the shipped configuration (deploy/nginx/trellis.conf) in front of an upstream, for
// the tests of one spec file; scripts/bench/nginx-server.ts starts it.
import type { APIResponse } from "@playwright/test";
import {
  FAKETIME_MISSING,
  NGINX_MISSING,
  fakeTimeLibrary,
  nginxBinary,
  startNginx,
  type NginxServer,
} from "../../../scripts/bench/nginx-server";
import { freePort } from "../../support/private-postgres";
import { test } from "./staff-login";

/**
 * Starts nginx before the file's tests (run in order) and stops it after; skips them all when
 * nginx is not installed. `upstream` gives host:port once the upstream is listening.
 */
export function nginxInFront(upstream: () => string | Promise<string>): () => NginxServer {
  test.describe.configure({ mode: "serial" });
  test.skip(!nginxBinary(), NGINX_MISSING);
  let nginx: NginxServer | undefined;
  test.beforeAll(async () => {
    nginx = await startNginx({
      port: await freePort(),
      upstream: await upstream(),
      fakeTime: fakeTimeLibrary() !== null,
    });
  });
  test.afterAll(async () => {
    await nginx?.stop();
  });
  return () => nginx!;
}

/** For a test that moves nginx's clock: skipped, saying why, without libfaketime. */
export function needsFakeTime(): void {
  test.skip(!fakeTimeLibrary(), FAKETIME_MISSING);
}

export const cacheStatus = (response: APIResponse) => response.headers()["x-cache-status"];
