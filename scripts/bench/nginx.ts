// The bench phase "Behind a caching reverse proxy" (issue 16): the posting page through the
// shipped nginx configuration (deploy/nginx/trellis.conf, served from nginx's cache) against the
// same nginx serving the same HTML as a file from disk, side by side in alternating rounds, both
// compressed ahead (the app's gzip kept in the cache; a .gz beside the file). Budget ≥ 80%.
// Skipped with a note in the report when nginx is not installed.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freePort } from "../../tests/support/private-postgres";
import { combine, failedRequests, runLoad, warmUp, type LoadResult } from "./load";
import { NGINX_MISSING, nginxBinary, startNginx, type NginxServer } from "./nginx-server";
import { PAGE_CONNECTIONS } from "./pages";
import type { BenchPhase, PhaseContext } from "./phase";

const BUDGET_PERCENT = 80;
const ROUNDS = 2;
const GZIP = { "accept-encoding": "gzip" };
const FILE_PATH = "/posting.html";

export const nginxPhase: BenchPhase = {
  name: "nginx",
  run: async (context) => {
    if (!nginxBinary()) {
      context.log(`  skipped: ${NGINX_MISSING}`);
      context.sink.section("Behind nginx", [`Not measured: ${NGINX_MISSING}.`]);
      return;
    }
    const folder = await mkdtemp(path.join(os.tmpdir(), "trellis-bench-static-"));
    let nginx: NginxServer | undefined;
    try {
      const filePort = await freePort();
      nginx = await startNginx({
        port: await freePort(),
        upstream: `127.0.0.1:${context.port}`,
        extraServer: `server {\n  listen 127.0.0.1:${filePort};\n  root ${folder};\n  gzip_static on;\n}`,
      });
      await measure(context, nginx, folder, `http://127.0.0.1:${filePort}`);
    } finally {
      await nginx?.stop();
      await rm(folder, { recursive: true, force: true });
    }
  },
};

async function measure(context: PhaseContext, nginx: NginxServer, folder: string, fileBase: string): Promise<void> {
  const { sink, log } = context;
  const postingUrl = nginx.url + context.paths.posting;
  // The same bytes a browser gets: the page as the app renders it, written to disk with its .gz.
  const html = Buffer.from(await (await fetch(postingUrl)).arrayBuffer());
  await writeFile(path.join(folder, FILE_PATH), html);
  await writeFile(path.join(folder, `${FILE_PATH}.gz`), gzipSync(html));
  // The load's own variant (Vary: Accept-Encoding; fetch above sent its default): stored, then probed.
  await (await fetch(postingUrl, { headers: GZIP })).arrayBuffer();
  const probe = await fetch(postingUrl, { headers: GZIP });
  await probe.arrayBuffer();
  const cacheStatus = probe.headers.get("x-cache-status");
  if (cacheStatus !== "HIT") sink.failure(`nginx: the posting page was not served from the cache (${cacheStatus})`);

  const targets = [
    { key: "cached", label: "Posting page through nginx (its cache)", url: postingUrl },
    { key: "file", label: "The same HTML as a file, served by nginx", url: fileBase + FILE_PATH },
  ] as const;
  const load = { headers: GZIP, connections: PAGE_CONNECTIONS };
  for (const target of targets) {
    const failed = await warmUp({ ...load, url: target.url, duration: context.warmupSeconds });
    if (failed > 0) sink.failure(`nginx: ${failed} failed requests warming up ${target.label}`);
  }
  const runs: Record<(typeof targets)[number]["key"], LoadResult[]> = { cached: [], file: [] };
  for (let round = 1; round <= ROUNDS; round += 1)
    for (const target of targets) {
      const result = await runLoad({ ...load, url: target.url, duration: context.loadSeconds });
      log(`  ${target.label} (round ${round}): ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms`);
      runs[target.key].push(result);
    }
  const cached = combine(runs.cached);
  const file = combine(runs.file);
  const rows: [string, LoadResult][] = [
    [targets[0].label, cached],
    [targets[1].label, file],
  ];
  for (const [label, result] of rows)
    if (failedRequests(result) > 0)
      sink.failure(
        `nginx: ${failedRequests(result)} failed requests to ${label} (${JSON.stringify(result.statusCodes)})`,
      );

  const ratio = file.requestsPerSecond
    ? Math.round((cached.requestsPerSecond / file.requestsPerSecond) * 1000) / 10
    : null;
  sink.budget({
    measure: "Posting page through nginx vs the same file from disk",
    value: ratio,
    unit: "%",
    limit: BUDGET_PERCENT,
    atMost: false,
    note: `${cached.requestsPerSecond} vs ${file.requestsPerSecond} req/s; X-Cache-Status ${cacheStatus}; ${probe.headers.get("cache-control")}`,
  });
  sink.section(`Behind nginx (${PAGE_CONNECTIONS} connections, ${ROUNDS} alternating rounds, gzip)`, [
    "The shipped configuration (`deploy/nginx/trellis.conf`) in front of the app server, against the same nginx serving the posting's HTML as a file (with a `.gz` beside it). A job edit reaches visitors through nginx with the first request after the page's `s-maxage` ([decision 0046](decisions/0046-nginx-in-front.md)).",
    "",
    "| served as | req/s | p50 | p99 | failed |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      ([label, result]) =>
        `| ${label} | ${result.requestsPerSecond} | ${result.p50Ms} ms | ${result.p99Ms} ms | ${failedRequests(result)} |`,
    ),
  ]);
  sink.data({ ratio, cached, file, cacheStatus, htmlBytes: html.byteLength });
}
