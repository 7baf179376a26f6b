// Source tracking from the link a candidate followed to the stored application, through the two
// real entry points: the careers site's apply route and the Job Board API.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as applyViaBoard } from "@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { TRACKING_PARAMS, trackingFromSearchParams, withTrackingParams } from "@/lib/submissions/tracking";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { createJob, createOrganization, ensureLegalForms, uniqueSuffix, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { postCareersApplication } from "../support/careers-apply";
import { testDb } from "../support/db";
import { pdfFile } from "../support/documents";

const API_KEY = "reports-source-key-0123456789";
process.env.JOB_BOARD_API_KEY = API_KEY;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-source-"));

let job: CreatedJob;
let boardToken: string;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  const organization = await createOrganization(testDb);
  boardToken = organization.boardToken;
  job = await createJob(testDb, { organizationId: organization.id });
});

/**
 * What the browser does: the posting page's apply link carries the posting link's tracking
 * parameters (ApplyLink), and the apply page reads them back (readTracking) into the payload.
 */
async function applyFromPostingLink(postingQuery: string, referrerHost?: string) {
  const applyUrl = new URL(
    withTrackingParams(jobApplyPath(job.slug), postingQuery, TRACKING_PARAMS),
    "http://localhost",
  );
  const tracking = trackingFromSearchParams(applyUrl.searchParams, referrerHost);
  const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }), { tracking });
  const response = await postCareersApplication(job.slug, payload);
  const body = (await response.json()) as { reference?: string };
  return { status: response.status, body };
}

const stored = (reference: string) =>
  testDb.application.findUniqueOrThrow({ where: { reference }, select: { source: true, sourceDetail: true } });

describe("careers site", () => {
  it("keeps the posting link's utm_* parameters and the referring host", async () => {
    const { status, body } = await applyFromPostingLink(
      "?utm_source=newsletter&utm_medium=email&utm_campaign=fall-2026&lang=en",
      "news.example.com",
    );
    expect(status).toBe(201);
    expect(await stored(body.reference!)).toEqual({
      source: "CAREERS_SITE",
      sourceDetail: {
        utm_source: "newsletter",
        utm_medium: "email",
        utm_campaign: "fall-2026",
        referrer: "news.example.com",
      },
    });
  });

  it("records a referral with the referrer's name", async () => {
    const { body } = await applyFromPostingLink("?source=referral&referrer=Dana%20Scully&utm_source=slack");
    expect(await stored(body.reference!)).toEqual({
      source: "REFERRAL",
      sourceDetail: { utm_source: "slack", source: "referral", referredBy: "Dana Scully" },
    });
  });

  it("records an agency with its name", async () => {
    const { body } = await applyFromPostingLink("?source=agency&agency=Talent%20Partners");
    expect(await stored(body.reference!)).toEqual({
      source: "AGENCY",
      sourceDetail: { source: "agency", agency: "Talent Partners" },
    });
  });

  it("with no tracking at all, is a careers-site application without detail", async () => {
    const { body } = await applyFromPostingLink("");
    expect(await stored(body.reference!)).toEqual({ source: "CAREERS_SITE", sourceDetail: null });
  });

  it("refuses tracking the link could not have produced (the server validates with the same schema)", async () => {
    const context = await loadApplicationFormContext({ id: job.id });
    const before = await testDb.application.count({ where: { jobId: job.id } });
    for (const tracking of [{ referredBy: "Dana" }, { source: "sourced" }, { apiClient: "Forged" }]) {
      const response = await postCareersApplication(job.slug, validApplicationPayload(context, { tracking }));
      expect(response.status, JSON.stringify(tracking)).toBe(422);
    }
    expect(await testDb.application.count({ where: { jobId: job.id } })).toBe(before);
  });
});

describe("Job Board API", () => {
  function boardApplication(email: string): FormData {
    const form = new FormData();
    const fields = {
      first_name: "Grace",
      last_name: "Hopper",
      email,
      phone: "+1 415 555 0100",
      location: "Arlington, VA, USA",
      work_authorization_authorized: "YES",
      work_authorization_sponsorship: "NO",
      export_control_license: "YES",
      privacy_notice_acknowledged: "ACKNOWLEDGED",
      utm_source: "board-campaign",
    };
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set("resume", pdfFile("grace-hopper.pdf"));
    return form;
  }
  const post = (form: FormData, headers: Record<string, string>) =>
    applyViaBoard(
      new Request(`http://localhost/api/job-board/v1/boards/${boardToken}/jobs/${job.id}`, {
        method: "POST",
        body: form,
        headers: { authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString("base64")}`, ...headers },
      }),
      { params: Promise.resolve({ boardToken, jobId: String(job.id) }) },
    );

  it("is JOB_BOARD_API with the client's name when it gives one, and its utm_*", async () => {
    const response = await post(boardApplication(`board-${uniqueSuffix()}@example.com`), {
      "user-agent": "AcmeJobs/2.1 (+https://acme.example)",
    });
    const body = (await response.json()) as { application_reference: string };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(await stored(body.application_reference)).toEqual({
      source: "JOB_BOARD_API",
      sourceDetail: { utm_source: "board-campaign", apiClient: "AcmeJobs" },
    });
  });

  it("without a User-Agent, stays JOB_BOARD_API without a client name", async () => {
    const response = await post(boardApplication(`board-${uniqueSuffix()}@example.com`), {});
    const body = (await response.json()) as { application_reference: string };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(await stored(body.application_reference)).toEqual({
      source: "JOB_BOARD_API",
      sourceDetail: { utm_source: "board-campaign" },
    });
  });
});
