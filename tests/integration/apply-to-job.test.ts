import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { PRIVATE_LINK_PLACEHOLDER } from "@/lib/email/private-link";
import { periodOf } from "@/lib/self-identification/reporting-period";
import { createJob, ensureLegalForms, SAMPLE_QUESTIONS, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { disguisedExecutable } from "../support/documents";
import { testDb } from "../support/db";
import { expectAppError } from "../support/app-error";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-apply-"));
process.env.STORAGE_DIR = storageDir;

let job: CreatedJob;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
});

const context = () => loadApplicationFormContext({ id: job.id });
const storedDocuments = async () =>
  (await readdir(path.join(storageDir, "documents")).catch(() => [])).filter((name) => !name.endsWith(".partial"));
const counts = async () => ({
  applications: await testDb.application.count({ where: { jobId: job.id } }),
  candidates: await testDb.candidate.count(),
  files: await testDb.storedFile.count(),
  // Self-identification names no job: every answer, pending or mixed.
  selfId: (await testDb.selfIdentificationPending.count()) + (await testDb.selfIdentificationResponse.count()),
  outbox: await testDb.emailOutbox.count(),
  documents: (await storedDocuments()).length,
});

describe("applyToJob", () => {
  it("stores the application, its sensitive answers apart, the resume, and queues the confirmation", async () => {
    const payload = validApplicationPayload(await context());
    const submitted = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    expect(submitted.replayed).toBe(false);
    expect(submitted.reference).toMatch(/^TRL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const application = await testDb.application.findUniqueOrThrow({
      where: { id: submitted.applicationId },
      include: {
        stage: true,
        candidate: true,
        answers: true,
        resumeFile: true,
        exportControl: { include: { formVersion: true } },
        workAuthorization: { include: { formVersion: true } },
        accommodationRequest: true,
        outbox: true,
      },
    });
    expect(application.stage.name).toBe("Applied");
    expect(application.candidate.email).toBe(payload.email);
    expect(application.answers).toHaveLength(SAMPLE_QUESTIONS.length);
    expect(application.exportControl?.canReceiveWithoutLicense).toBe("YES");
    expect(application.exportControl?.formVersion.kind).toBe("EXPORT_CONTROL");
    expect(application.workAuthorization?.formVersion.kind).toBe("WORK_AUTHORIZATION");
    expect(application.accommodationRequest?.kinds).toEqual(["ALTERNATE_FORMAT_DOCUMENTS"]);
    expect(application.accommodationRequest?.status).toBe("NEW");
    expect(application.resumeFile?.contentType).toBe("application/pdf");
    expect(await storedDocuments()).toContain(application.resumeFile?.storageKey.split("/")[1]);
    expect(application.outbox[0]?.textBody).toContain(submitted.reference);
    // The stored copy has a placeholder; the link waits beside it until delivery (decision 0016).
    expect(application.outbox[0]?.textBody).toContain(PRIVATE_LINK_PLACEHOLDER);
    expect(`${application.outbox[0]?.textBody}${application.outbox[0]?.htmlBody}`).not.toMatch(
      /\/applications\/status\/[A-Za-z0-9_-]{43}/,
    );
    expect(application.outbox[0]?.privateLink).toMatch(/\/applications\/status\/[A-Za-z0-9_-]{43}$/);
    expect(application.statusTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps self-identification apart, placed in time by its quarter only", async () => {
    const columns = await testDb.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name IN ('SelfIdentificationPending', 'SelfIdentificationResponse') ORDER BY column_name`;
    const names = columns.map((column) => column.column_name.toLowerCase());
    expect(
      names.some((name) => name.includes("application") || name.includes("candidate") || name.includes("job")),
    ).toBe(false);
    // The pending pool, until the hourly mix moves it (tests/integration/self-identification-unlinkable.test.ts).
    const rows = await testDb.selfIdentificationPending.findMany({
      select: { periodStart: true },
      orderBy: { id: "asc" },
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.periodStart.toISOString()))).toEqual(
      new Set([`${periodOf(new Date()).start}T00:00:00.000Z`]),
    );
  });

  it("returns the same application for a replayed or concurrent submission", async () => {
    const payload = validApplicationPayload(await context());
    const before = await counts();
    const [first, second] = await Promise.all([
      applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" }),
      applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" }),
    ]);
    const third = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    expect(new Set([first.applicationId, second.applicationId, third.applicationId]).size).toBe(1);
    expect(third.replayed).toBe(true);
    const after = await counts();
    expect(after.applications - before.applications).toBe(1);
    // The losing request's resume was removed again: one stored document per application.
    expect(after.documents - before.documents).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);
  });

  it("answers a second application by the same email with a friendly error", async () => {
    const payload = validApplicationPayload(await context());
    await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    const again = { ...validApplicationPayload(await context()), email: String(payload.email).toUpperCase() };
    const error = await expectAppError(
      applyToJob({ job: { id: job.id }, payload: again, source: "CAREERS_SITE" }),
      "ALREADY_APPLIED",
    );
    expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it("stores nothing for invalid input or a disguised executable", async () => {
    const before = await counts();
    const invalid = { ...validApplicationPayload(await context()), email: "not-an-email", answers: { "999999": "x" } };
    const error = await expectAppError(
      applyToJob({ job: { id: job.id }, payload: invalid, source: "CAREERS_SITE" }),
      "VALIDATION",
    );
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["email", "answers.999999"]));

    const exe = validApplicationPayload(await context(), { resume: disguisedExecutable() });
    const fileError = await expectAppError(
      applyToJob({ job: { id: job.id }, payload: exe, source: "CAREERS_SITE" }),
      "VALIDATION",
    );
    expect(fileError.fieldErrors?.resume?.[0]).toMatch(/not a readable PDF/);
    expect(await counts()).toEqual(before);
  });

  it("refuses an outdated legal text, a closed job and a draft", async () => {
    const outdated = validApplicationPayload(await context());
    (outdated.legalVersions as Record<string, string>).exportControl = "an-old-version";
    await expectAppError(
      applyToJob({ job: { id: job.id }, payload: outdated, source: "CAREERS_SITE" }),
      "FORM_OUTDATED",
    );

    const closed = await createJob(testDb, { status: "CLOSED", publishedDaysAgo: 40 });
    await expectAppError(applyToJob({ job: { id: closed.id }, payload: {}, source: "CAREERS_SITE" }), "JOB_CLOSED");
    const draft = await createJob(testDb, { status: "DRAFT" });
    await expectAppError(applyToJob({ job: { id: draft.id }, payload: {}, source: "CAREERS_SITE" }), "NOT_FOUND");
  });

  it("flags a knockout answer without hiding the application", async () => {
    const ctx = await context();
    const knockoutQuestion = ctx.questions.find((question) => question.type === "YES_NO")!;
    const payload = validApplicationPayload(ctx);
    (payload.answers as Record<string, string>)[String(knockoutQuestion.id)] = "NO";
    const submitted = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    const row = await testDb.application.findUniqueOrThrow({ where: { id: submitted.applicationId } });
    expect(row.knockedOut).toBe(true);
    expect(row.status).toBe("ACTIVE");
  });
});
