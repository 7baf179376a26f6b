// The data the public-route suites aim at: an open and a closed job on a board of their own, an
// application with a live status link, and the environment the routes read.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { newStatusToken } from "@/lib/submissions/reference";
import type { KnownValues } from "../../support/public-route-fuzz";
import {
  createApplication,
  createJob,
  createOffice,
  createOrganization,
  ensureLegalForms,
  findOrCreateDepartment,
  SAMPLE_QUESTIONS,
  type CreatedJob,
} from "../../factories";
import { TEST_AUTH_SECRET } from "../../support/auth-core";
import { testDb } from "../../support/db";

export const FUZZ_API_KEY = "fuzz-public-routes-api-key-0123456789";

/** Sets the environment before lib/env.ts reads it (once per process): call before importing the app. */
export async function fuzzEnvironment(): Promise<{ storageDir: string }> {
  const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-fuzz-routes-"));
  process.env.STORAGE_DIR = storageDir;
  process.env.JOB_BOARD_API_KEY = FUZZ_API_KEY;
  process.env.AUTH_SECRET = TEST_AUTH_SECRET;
  // Each generated request comes from an address of its own, in X-Forwarded-For as a proxy in
  // front would write it: a rate limit's 429 must not stand in for what a route does.
  process.env.TRUST_PROXY = "1";
  return { storageDir };
}

export type FuzzFixture = {
  job: CreatedJob;
  closedJob: CreatedJob;
  boardToken: string;
  context: ApplicationFormContext;
  statusToken: string;
  reference: string;
  known: KnownValues;
};

export async function createFuzzFixture(): Promise<FuzzFixture> {
  await ensureLegalForms(testDb);
  const organization = await createOrganization(testDb);
  const departmentId = (await findOrCreateDepartment(testDb, organization.id, "Engineering")).id;
  const officeId = (await createOffice(testDb, organization.id)).id;
  const refs = { organizationId: organization.id, departmentId, officeIds: [officeId] };
  const job = await createJob(testDb, { ...refs, questions: [...SAMPLE_QUESTIONS] });
  const closedJob = await createJob(testDb, { ...refs, status: "CLOSED", publishedDaysAgo: 40 });
  const { token: statusToken, hash } = newStatusToken();
  const application = await createApplication(testDb, { jobId: job.id, overrides: { statusTokenHash: hash } });
  const known: KnownValues = {
    slug: [job.slug, closedJob.slug],
    boardToken: [organization.boardToken],
    jobId: [String(job.id), String(closedJob.id)],
    departmentId: [String(departmentId)],
    officeId: [String(officeId)],
    token: [statusToken],
    reference: [application.reference],
    view: ["all"],
    unknown: ["apply", "jobs", "hiring"],
    q: ["engineer", "Backend"],
    department: ["Engineering"],
    remote: ["on-site", "remote"],
    done: ["withdrawn", "accommodation"],
    callbackUrl: ["/hiring/jobs", "https://evil.example.com/"],
    error: ["AccessDenied", "Verification"],
  };
  return {
    job,
    closedJob,
    boardToken: organization.boardToken,
    context: await loadApplicationFormContext({ id: job.id }),
    statusToken,
    reference: application.reference,
    known,
  };
}
