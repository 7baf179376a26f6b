import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getBoard } from "@/app/api/job-board/v1/boards/[boardToken]/route";
import { GET as getDepartment } from "@/app/api/job-board/v1/boards/[boardToken]/departments/[departmentId]/route";
import { GET as listDepartments } from "@/app/api/job-board/v1/boards/[boardToken]/departments/route";
import { GET as getJob, POST as apply } from "@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route";
import { GET as listJobs } from "@/app/api/job-board/v1/boards/[boardToken]/jobs/route";
import { GET as getOffice } from "@/app/api/job-board/v1/boards/[boardToken]/offices/[officeId]/route";
import { GET as listOffices } from "@/app/api/job-board/v1/boards/[boardToken]/offices/route";
import {
  createJob,
  createOffice,
  createOrganization,
  ensureLegalForms,
  findOrCreateDepartment,
  SAMPLE_QUESTIONS,
  type CreatedJob,
} from "../factories";
import { testDb } from "../support/db";
import { disguisedExecutable, minimalPdf, pdfFile } from "../support/documents";

const API_KEY = "test-job-board-key-0123456789";
process.env.JOB_BOARD_API_KEY = API_KEY;
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-job-board-"));
process.env.STORAGE_DIR = storageDir;

let boardToken: string;
let otherBoardToken: string;
let job: CreatedJob;
let closedJob: CreatedJob;
let draftJob: CreatedJob;
let departmentId: number;
let emptyDepartmentId: number;
let officeId: number;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  const organization = await createOrganization(testDb);
  boardToken = organization.boardToken;
  otherBoardToken = (await createOrganization(testDb)).boardToken;
  officeId = (
    await createOffice(testDb, organization.id, {
      name: "San Francisco HQ",
      locality: "San Francisco",
      region: "CA",
      countryCode: "US",
    })
  ).id;
  departmentId = (await findOrCreateDepartment(testDb, organization.id, "Engineering")).id;
  emptyDepartmentId = (await findOrCreateDepartment(testDb, organization.id, "People")).id;
  const refs = { organizationId: organization.id, departmentId, officeIds: [officeId] };
  job = await createJob(testDb, {
    ...refs,
    title: "Systems Engineer",
    questions: [...SAMPLE_QUESTIONS],
    remotePolicy: "HYBRID",
  });
  await testDb.job.update({
    where: { id: job.id },
    data: { salaryMin: 180000, salaryMax: 240000, salaryCurrency: "USD", salaryUnit: "YEAR" },
  });
  closedJob = await createJob(testDb, {
    ...refs,
    status: "CLOSED",
    publishedDaysAgo: 40,
    questions: [...SAMPLE_QUESTIONS],
  });
  draftJob = await createJob(testDb, { ...refs, status: "DRAFT" });
});

// --- helpers ---------------------------------------------------------------------------------

const url = (pathname: string, token = boardToken) => `http://localhost/api/job-board/v1/boards/${token}${pathname}`;
const params = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });
const basicAuth = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function json(response: Response): Promise<Json> {
  expect(response.headers.get("content-type")).toContain("application/json");
  return (await response.json()) as Json;
}

function questionId(label: string): number {
  const found = job.questions.find((question) => question.label === label);
  if (!found) throw new Error(`No question ${label}`);
  return found.id;
}

/** Every field a complete application sends, by Greenhouse name (multipart-style strings). */
function applicationFields(email: string): Record<string, string | string[]> {
  const team = job.questions.find((question) => question.type === "SINGLE_SELECT")!;
  const used = job.questions.find((question) => question.type === "MULTI_SELECT")!;
  return {
    first_name: "Grace",
    last_name: "Hopper",
    email,
    phone: "+1 415 555 0100",
    location: "Arlington, VA, USA",
    [`question_${questionId("Which programming language do you know best?")}`]: "C++",
    [`question_${team.id}`]: String(team.options[0]!.id),
    [`question_${used.id}`]: used.options.slice(0, 2).map((option) => String(option.id)),
    [`question_${questionId("Can you work in a US time zone?")}`]: "1",
    [`question_${questionId("Years of professional experience")}`]: "12",
    work_authorization_authorized: "YES",
    work_authorization_sponsorship: "NO",
    export_control_license: "YES",
    export_control_us_person: "DECLINE",
    privacy_notice_acknowledged: "ACKNOWLEDGED",
    veteran_status: "DECLINE",
  };
}

function multipart(
  fields: Record<string, string | string[]>,
  resume: File | null = pdfFile("grace-hopper.pdf"),
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const each of value) form.append(`${name}[]`, each);
    else form.set(name, value);
  }
  if (resume) form.set("resume", resume);
  return form;
}

function post(jobId: number, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request(url(`/jobs/${jobId}`), {
    method: "POST",
    body,
    headers: { authorization: basicAuth(API_KEY), ...headers },
  });
  return apply(request, params({ boardToken, jobId: String(jobId) }));
}

const storedDocuments = async () => (await readdir(path.join(storageDir, "documents")).catch(() => [])).length;
const counts = async () => ({
  applications: await testDb.application.count({ where: { jobId: { in: [job.id, closedJob.id] } } }),
  candidates: await testDb.candidate.count(),
  files: await testDb.storedFile.count(),
  outbox: await testDb.emailOutbox.count(),
  documents: await storedDocuments(),
});

let sequence = 0;
const uniqueEmail = () => `grace.${Date.now().toString(36)}.${(sequence += 1)}@example.com`;

// --- reading the board ------------------------------------------------------------------------

describe("Job Board API: reading", () => {
  it("returns the board's name, and 404 for an unknown board token", async () => {
    const response = await getBoard(new Request(url("")), params({ boardToken }));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ name: expect.stringMatching(/^Employer /), content: "" });
    const unknown = await getBoard(new Request(url("", "no-such-board")), params({ boardToken: "no-such-board" }));
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error).toBeTruthy();
  });

  it("lists only published, open jobs with meta.total, without content by default", async () => {
    const body = await json(await listJobs(new Request(url("/jobs")), params({ boardToken })));
    expect(body.meta).toEqual({ total: 1 });
    expect(body.jobs).toHaveLength(1);
    const [listed] = body.jobs;
    expect(listed).toMatchObject({
      id: job.id,
      internal_job_id: job.id,
      title: "Systems Engineer",
      requisition_id: null,
      metadata: null,
    });
    expect(listed.location.name).toBe("San Francisco, CA, United States (hybrid)");
    expect(listed.absolute_url).toMatch(new RegExp(`/jobs/${job.slug}$`));
    expect(new Date(listed.updated_at).toISOString()).toBe(listed.updated_at);
    expect(listed).not.toHaveProperty("content");
    expect(body.jobs.map((each: Json) => each.id)).not.toContain(closedJob.id);
    expect(body.jobs.map((each: Json) => each.id)).not.toContain(draftJob.id);
  });

  it("adds entity-encoded content, departments and offices with ?content=true", async () => {
    const body = await json(await listJobs(new Request(url("/jobs?content=true")), params({ boardToken })));
    const [listed] = body.jobs;
    expect(listed.content).toContain("&lt;h2&gt;About the role&lt;/h2&gt;");
    expect(listed.content).toContain("&lt;li&gt;Ship features end to end&lt;/li&gt;");
    expect(listed.content).not.toContain("<");
    expect(listed.departments).toEqual([{ id: departmentId, name: "Engineering", parent_id: null, child_ids: [] }]);
    expect(listed.offices).toEqual([
      {
        id: officeId,
        name: "San Francisco HQ",
        location: "San Francisco, CA, United States",
        parent_id: null,
        child_ids: [],
      },
    ]);
  });

  it("returns one job with its application questions, compliance and pay ranges", async () => {
    const response = await getJob(
      new Request(url(`/jobs/${job.id}?questions=true&pay_transparency=true`)),
      params({ boardToken, jobId: String(job.id) }),
    );
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({ id: job.id, title: "Systems Engineer" });
    expect(body.content).toContain("&lt;p&gt;");
    const names = body.questions.flatMap((question: Json) => question.fields.map((field: Json) => field.name));
    for (const question of job.questions) expect(names).toContain(`question_${question.id}`);
    for (const name of [
      "first_name",
      "last_name",
      "email",
      "phone",
      "resume",
      "work_authorization_authorized",
      "export_control_license",
      "privacy_notice_acknowledged",
      "privacy_notice_version",
    ]) {
      expect(names).toContain(name);
    }
    const yesNo = body.questions.find(
      (question: Json) => question.fields[0].name === `question_${questionId("Can you work in a US time zone?")}`,
    );
    expect(yesNo).toMatchObject({
      required: true,
      fields: [
        {
          type: "multi_value_single_select",
          values: [
            { value: 1, label: "Yes" },
            { value: 0, label: "No" },
          ],
        },
      ],
    });
    expect(body.location_questions[0].fields[0]).toEqual({ name: "location", type: "input_text", values: [] });
    const compliance = body.compliance.flatMap((block: Json) =>
      block.questions.map((question: Json) => question.fields[0].name),
    );
    expect(compliance).toEqual(["gender", "hispanic_ethnicity", "race", "veteran_status", "disability_status"]);
    expect(body.data_compliance[0].type).toBe("gdpr");
    expect(body.pay_input_ranges).toEqual([
      {
        min_cents: 18000000,
        max_cents: 24000000,
        currency_type: "USD",
        title: "Salary",
        blurb: "$180,000 – $240,000 per year",
      },
    ]);
  });

  it("answers 404 for a closed, draft, unknown, malformed or other board's job", async () => {
    const cases: [string, string][] = [
      [String(closedJob.id), boardToken],
      [String(draftJob.id), boardToken],
      ["999999999", boardToken],
      ["abc", boardToken],
      [String(job.id), otherBoardToken],
    ];
    for (const [jobId, token] of cases) {
      const response = await getJob(new Request(url(`/jobs/${jobId}`, token)), params({ boardToken: token, jobId }));
      expect(response.status, `${token}/${jobId}`).toBe(404);
    }
  });

  it("lists departments and offices with their open jobs, and retrieves one of each", async () => {
    const departments = await json(await listDepartments(new Request(url("/departments")), params({ boardToken })));
    expect(departments.departments.map((each: Json) => each.name)).toEqual(["Engineering", "People"]);
    expect(departments.departments[0]).toMatchObject({
      id: departmentId,
      parent_id: null,
      child_ids: [],
      jobs: [{ id: job.id }],
    });
    expect(departments.departments[1].jobs).toEqual([]);

    const tree = await json(
      await listDepartments(new Request(url("/departments?render_as=tree")), params({ boardToken })),
    );
    expect(tree.departments[0]).toMatchObject({ children: [] });
    expect(tree.departments[0]).not.toHaveProperty("parent_id");

    const one = await json(
      await getDepartment(
        new Request(url(`/departments/${emptyDepartmentId}`)),
        params({ boardToken, departmentId: String(emptyDepartmentId) }),
      ),
    );
    expect(one).toMatchObject({ id: emptyDepartmentId, name: "People", jobs: [] });
    const foreign = await getDepartment(
      new Request(url(`/departments/${departmentId}`, otherBoardToken)),
      params({ boardToken: otherBoardToken, departmentId: String(departmentId) }),
    );
    expect(foreign.status).toBe(404);

    const offices = await json(await listOffices(new Request(url("/offices")), params({ boardToken })));
    expect(offices.offices).toHaveLength(1);
    expect(offices.offices[0]).toMatchObject({
      id: officeId,
      name: "San Francisco HQ",
      location: "San Francisco, CA, United States",
    });
    expect(offices.offices[0].departments.map((each: Json) => [each.name, each.jobs.length])).toEqual([
      ["Engineering", 1],
      ["People", 0],
    ]);
    const office = await getOffice(
      new Request(url(`/offices/${officeId}`)),
      params({ boardToken, officeId: String(officeId) }),
    );
    expect((await json(office)).id).toBe(officeId);
    expect((await getOffice(new Request(url("/offices/0")), params({ boardToken, officeId: "0" }))).status).toBe(404);
  });
});

// --- applying ---------------------------------------------------------------------------------

describe("Job Board API: applying", () => {
  it("takes a multipart application with a real PDF, as Greenhouse does", async () => {
    const email = uniqueEmail();
    const response = await post(job.id, multipart({ ...applicationFields(email), keep_on_file: "YES" }));
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ success: "Candidate saved successfully", replayed: false });
    expect(body.application_reference).toMatch(/^TRL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const application = await testDb.application.findUniqueOrThrow({
      where: { reference: body.application_reference },
      select: {
        source: true,
        jobId: true,
        keepOnFileConsent: true,
        privacyNoticeVersion: { select: { kind: true } },
        candidate: { select: { email: true, location: true } },
        resumeFile: { select: { contentType: true, fileName: true } },
        answers: { select: { questionId: true, value: true } },
        workAuthorization: {
          select: { authorizedToWork: true, requiresSponsorship: true, formVersion: { select: { kind: true } } },
        },
        exportControl: {
          select: { canReceiveWithoutLicense: true, usPerson: true, formVersion: { select: { kind: true } } },
        },
        outbox: { select: { status: true, toAddress: true } },
      },
    });
    expect(application).toMatchObject({
      source: "JOB_BOARD_API",
      jobId: job.id,
      keepOnFileConsent: true,
      privacyNoticeVersion: { kind: "PRIVACY_NOTICE" },
      candidate: { email, location: "Arlington, VA, USA" },
      resumeFile: { contentType: "application/pdf", fileName: "grace-hopper.pdf" },
      workAuthorization: {
        authorizedToWork: "YES",
        requiresSponsorship: "NO",
        formVersion: { kind: "WORK_AUTHORIZATION" },
      },
      exportControl: { canReceiveWithoutLicense: "YES", usPerson: "DECLINE", formVersion: { kind: "EXPORT_CONTROL" } },
    });
    const yesNoAnswer = application.answers.find(
      (answer) => answer.questionId === questionId("Can you work in a US time zone?"),
    );
    expect(yesNoAnswer?.value).toBe("YES");
    // Outside a Next.js request `after` is unavailable: the confirmation waits in the outbox for the worker.
    expect(application.outbox).toEqual([{ status: "PENDING", toAddress: email }]);
  });

  it("takes a JSON application with a base64 resume, and exactly once for one Idempotency-Key", async () => {
    const fields = applicationFields(uniqueEmail());
    const resume = { resume_content: Buffer.from(minimalPdf()).toString("base64"), resume_content_filename: "cv.pdf" };
    // JSON clients send numbers and booleans where multipart has strings.
    const yesNo = `question_${questionId("Can you work in a US time zone?")}`;
    const body = JSON.stringify({
      ...fields,
      ...resume,
      [yesNo]: 1,
      privacy_notice_acknowledged: true,
      data_compliance: { gdpr_retention_consent_given: true },
    });
    const headers = { "content-type": "application/json", "idempotency-key": `retry-${Date.now()}` };
    const before = await counts();

    const first = await json(await post(job.id, body, headers));
    expect(first).toMatchObject({ success: "Candidate saved successfully", replayed: false });
    const stored = await testDb.application.findUniqueOrThrow({
      where: { reference: first.application_reference },
      select: {
        keepOnFileConsent: true,
        resumeFile: { select: { fileName: true, contentType: true } },
        answers: { select: { questionId: true, value: true } },
      },
    });
    expect(stored.keepOnFileConsent).toBe(true);
    expect(stored.resumeFile).toEqual({ fileName: "cv.pdf", contentType: "application/pdf" });
    expect(
      stored.answers.find((answer) => answer.questionId === questionId("Can you work in a US time zone?"))?.value,
    ).toBe("YES");
    const second = await post(job.id, body, headers);
    expect(second.status).toBe(200);
    expect(await json(second)).toMatchObject({ application_reference: first.application_reference, replayed: true });

    const after = await counts();
    expect(after.applications - before.applications).toBe(1);
    expect(after.files - before.files).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);
  });

  it("answers 401 without the API key or with a wrong one, and stores nothing", async () => {
    const before = await counts();
    const form = () => multipart(applicationFields(uniqueEmail()));
    const missing = await apply(
      new Request(url(`/jobs/${job.id}`), { method: "POST", body: form() }),
      params({ boardToken, jobId: String(job.id) }),
    );
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Basic /);
    const wrong = await post(job.id, form(), { authorization: basicAuth("not-the-key-0123456789") });
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).error).toMatch(/not valid/);
    expect(await counts()).toEqual(before);
  });

  it("answers 400 with field errors under the Greenhouse names for missing required fields, and stores nothing", async () => {
    const before = await counts();
    const response = await post(job.id, multipart({ first_name: " ", email: uniqueEmail() }, null));
    expect(response.status).toBe(400);
    const body = await json(response);
    const required = SAMPLE_QUESTIONS.filter((question) => question.required).map(
      (question) => `question_${questionId(question.label)}`,
    );
    for (const name of [
      "first_name",
      "last_name",
      "phone",
      "location",
      "resume",
      "work_authorization_authorized",
      "work_authorization_sponsorship",
      "export_control_license",
      "privacy_notice_acknowledged",
      ...required,
    ]) {
      expect(body.field_errors, name).toHaveProperty(name);
    }
    expect(body.field_errors.first_name).toEqual(["Enter your first name"]);
    expect(Object.keys(body.field_errors).some((name) => /[A-Z.]/.test(name))).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("refuses an executable renamed to .pdf, and keeps no file of it", async () => {
    const before = await counts();
    const response = await post(job.id, multipart(applicationFields(uniqueEmail()), disguisedExecutable("cv.pdf")));
    expect(response.status).toBe(400);
    expect((await json(response)).field_errors.resume[0]).toMatch(/not a readable PDF or Word/);
    expect(await counts()).toEqual(before);
  });

  it("refuses an answer to a question the job does not have", async () => {
    const before = await counts();
    const response = await post(job.id, multipart({ ...applicationFields(uniqueEmail()), question_999999: "hello" }));
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(Object.keys(body.field_errors)).toEqual(["question_999999"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a resume over 10 MB with 413", async () => {
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf");
    const response = await post(job.id, multipart(applicationFields(uniqueEmail()), big));
    expect(response.status).toBe(413);
    expect((await json(response)).field_errors).toHaveProperty("resume");
  });

  it("answers 409 when the same person applies again without the same Idempotency-Key", async () => {
    const email = uniqueEmail();
    expect((await post(job.id, multipart(applicationFields(email)))).status).toBe(200);
    const again = await post(job.id, multipart(applicationFields(email.toUpperCase())));
    expect(again.status).toBe(409);
    expect((await json(again)).field_errors).toHaveProperty("email");
  });

  it("answers 409 when the client answered an outdated version of a legal text", async () => {
    const response = await post(
      job.id,
      multipart({ ...applicationFields(uniqueEmail()), export_control_version: "fv-outdated" }),
    );
    expect(response.status).toBe(409);
    expect((await json(response)).error).toMatch(/questions=true/);
  });

  it("does not take applications for a closed job or another board's job", async () => {
    const before = await counts();
    expect((await post(closedJob.id, multipart(applicationFields(uniqueEmail())))).status).toBe(404);
    const foreign = new Request(url(`/jobs/${job.id}`, otherBoardToken), {
      method: "POST",
      body: multipart(applicationFields(uniqueEmail())),
      headers: { authorization: basicAuth(API_KEY) },
    });
    expect((await apply(foreign, params({ boardToken: otherBoardToken, jobId: String(job.id) }))).status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});
