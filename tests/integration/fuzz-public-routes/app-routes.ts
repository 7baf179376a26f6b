// The app's routes a signed-out visitor can reach (and the staff pages, which the proxy sends to
// sign-in), each wired to its page or route handler, for the in-process model of the server.
import { handler, page, type AppRoute } from "./in-process-app";

const BOARD = "/api/job-board/v1/boards/:boardToken";

export const APP_ROUTES: readonly AppRoute[] = [
  // The candidate pages in every language: proxy.ts serves /jobs/x from /en/jobs/x.
  { method: "GET", pattern: "/:locale", invoke: page(() => import("@/app/(careers)/[locale]/page")) },
  {
    method: "GET",
    pattern: "/:locale/home/:view",
    invoke: page(() => import("@/app/(careers)/[locale]/home/[view]/page")),
  },
  {
    method: "GET",
    pattern: "/:locale/jobs/:slug",
    invoke: page(() => import("@/app/(careers)/[locale]/jobs/[slug]/page")),
  },
  {
    method: "GET",
    pattern: "/:locale/jobs/:slug/apply",
    invoke: page(() => import("@/app/(careers)/[locale]/jobs/[slug]/apply/page")),
  },
  {
    method: "GET",
    pattern: "/:locale/jobs/:slug/apply/confirmation",
    invoke: page(() => import("@/app/(careers)/[locale]/jobs/[slug]/apply/confirmation/page")),
  },
  {
    method: "GET",
    pattern: "/applications/status",
    invoke: page(() => import("@/app/(careers)/applications/status/page")),
  },
  {
    method: "GET",
    pattern: "/applications/status/:token",
    invoke: page(() => import("@/app/(careers)/applications/status/[token]/page")),
  },
  {
    method: "GET",
    pattern: "/applications/status/:token/withdraw",
    invoke: page(() => import("@/app/(careers)/applications/status/[token]/withdraw/page")),
  },
  {
    method: "GET",
    pattern: "/applications/status/:token/accommodation",
    invoke: page(() => import("@/app/(careers)/applications/status/[token]/accommodation/page")),
  },
  {
    method: "GET",
    pattern: "/applications/status/:token/erase",
    invoke: page(() => import("@/app/(careers)/applications/status/[token]/erase/page")),
  },
  {
    method: "POST",
    pattern: "/applications/status/:token/export",
    invoke: handler(async () => (await import("@/app/(careers)/applications/status/[token]/export/route")).POST),
  },
  {
    method: "GET",
    pattern: "/applications/status/:token/interview",
    invoke: page(() => import("@/app/(careers)/applications/status/[token]/interview/page")),
  },
  {
    method: "GET",
    pattern: "/applications/status/:token/offer-letter",
    invoke: handler(async () => (await import("@/app/(careers)/applications/status/[token]/offer-letter/route")).GET),
  },
  { method: "GET", pattern: "/hiring/sign-in", invoke: page(() => import("@/app/(hiring)/hiring/sign-in/page")) },
  {
    method: "GET",
    pattern: "/hiring/sign-in/check-email",
    invoke: page(() => import("@/app/(hiring)/hiring/sign-in/check-email/page")),
  },
  {
    method: "GET",
    pattern: "/hiring/sign-in/error",
    invoke: page(() => import("@/app/(hiring)/hiring/sign-in/error/page")),
  },
  {
    method: "GET",
    pattern: "/hiring/jobs/:jobId/board",
    invoke: page(() => import("@/app/(hiring)/hiring/jobs/[jobId]/board/page")),
  },
  { method: "GET", pattern: "/robots.txt", invoke: metadataRoute(async () => (await import("@/app/robots")).default) },
  {
    method: "GET",
    pattern: "/sitemap.xml",
    invoke: metadataRoute(async () => (await import("@/app/sitemap")).default),
  },
  {
    method: "GET",
    pattern: BOARD,
    invoke: handler(async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/route")).GET),
  },
  {
    method: "GET",
    pattern: `${BOARD}/jobs`,
    invoke: handler(async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/route")).GET),
  },
  {
    method: "GET",
    pattern: `${BOARD}/jobs/:jobId`,
    invoke: handler(async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route")).GET),
  },
  {
    method: "POST",
    pattern: `${BOARD}/jobs/:jobId`,
    invoke: handler(async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route")).POST),
  },
  {
    method: "GET",
    pattern: `${BOARD}/departments`,
    invoke: handler(async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/departments/route")).GET),
  },
  {
    method: "GET",
    pattern: `${BOARD}/departments/:departmentId`,
    invoke: handler(
      async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/departments/[departmentId]/route")).GET,
    ),
  },
  {
    method: "GET",
    pattern: `${BOARD}/offices`,
    invoke: handler(async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/offices/route")).GET),
  },
  {
    method: "GET",
    pattern: `${BOARD}/offices/:officeId`,
    invoke: handler(
      async () => (await import("@/app/api/job-board/v1/boards/[boardToken]/offices/[officeId]/route")).GET,
    ),
  },
  {
    method: "POST",
    pattern: "/api/jobs/:slug/applications",
    invoke: handler(async () => (await import("@/app/api/jobs/[slug]/applications/route")).POST),
  },
  {
    method: "POST",
    pattern: "/api/resume-prefill",
    invoke: handler(async () => (await import("@/app/api/resume-prefill/route")).POST),
  },
  {
    method: "GET",
    pattern: "/api/v1/jobs",
    invoke: handler(async () => (await import("@/app/api/v1/jobs/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/jobs/:job_id",
    invoke: handler(async () => (await import("@/app/api/v1/jobs/[job_id]/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/jobs/:job_id/stages",
    invoke: handler(async () => (await import("@/app/api/v1/jobs/[job_id]/stages/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/applications",
    invoke: handler(async () => (await import("@/app/api/v1/applications/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/applications/:application_id",
    invoke: handler(async () => (await import("@/app/api/v1/applications/[application_id]/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/applications/:application_id/scorecards",
    invoke: handler(async () => (await import("@/app/api/v1/applications/[application_id]/scorecards/route")).GET),
  },
  {
    method: "POST",
    pattern: "/api/v1/applications/:application_id/move",
    invoke: handler(async () => (await import("@/app/api/v1/applications/[application_id]/move/route")).POST),
  },
  {
    method: "POST",
    pattern: "/api/v1/applications/:application_id/reject",
    invoke: handler(async () => (await import("@/app/api/v1/applications/[application_id]/reject/route")).POST),
  },
  {
    method: "GET",
    pattern: "/api/v1/candidates/:candidate_id",
    invoke: handler(async () => (await import("@/app/api/v1/candidates/[candidate_id]/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/interviews",
    invoke: handler(async () => (await import("@/app/api/v1/interviews/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/rejection_reasons",
    invoke: handler(async () => (await import("@/app/api/v1/rejection_reasons/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/openapi.json",
    invoke: handler(async () => (await import("@/app/api/v1/openapi.json/route")).GET),
  },
  {
    method: "GET",
    pattern: "/api/v1/reference",
    invoke: handler(async () => (await import("@/app/api/v1/reference/route")).GET),
  },
];

/** robots.txt and sitemap.xml: Next.js serializes what the function returns. */
function metadataRoute(load: () => Promise<() => unknown>): AppRoute["invoke"] {
  return async () => {
    await (
      await load()
    )();
    return "rendered";
  };
}
