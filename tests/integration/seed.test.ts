import { beforeAll, describe, expect, it } from "vitest";
import { formQuestionsSchema } from "../../lib/legal/form-content";
import { seedDatabase } from "../../prisma/seed";
import { SEED_JOB_INTERVIEW_PLAN } from "../../prisma/seed-data/interview-plan";
import { LEGAL_FORMS } from "../../prisma/seed-data/legal";
import { ORGANIZATION } from "../../prisma/seed-data/organization";
import { ALL_POSTINGS, SEED_JOB_SLUG, workersRuntimeEngineer } from "../../prisma/seed-data/postings";
import { createApplication } from "../factories";
import { testDb as prisma } from "../support/db";

/** Counts of everything the seed writes, limited to its own rows so parallel tests don't matter. */
async function seededCounts() {
  const organization = { boardToken: ORGANIZATION.boardToken };
  const seededJob = { slug: { in: ALL_POSTINGS.map((posting) => posting.slug) } };
  return {
    organizations: await prisma.organization.count({ where: organization }),
    departments: await prisma.department.count({ where: { organization } }),
    offices: await prisma.office.count({ where: { organization } }),
    jobs: await prisma.job.count({ where: seededJob }),
    sections: await prisma.jobSection.count({ where: { job: seededJob } }),
    questions: await prisma.jobQuestion.count({ where: { job: seededJob } }),
    options: await prisma.questionOption.count({ where: { question: { job: seededJob } } }),
    stages: await prisma.stage.count({ where: { job: seededJob } }),
    planItems: await prisma.interviewPlanItem.count({ where: { job: seededJob } }),
    planFocus: await prisma.interviewFocus.count({ where: { planItem: { job: seededJob } } }),
    formVersions: await prisma.formVersion.count({
      where: {
        OR: LEGAL_FORMS.map((form) => ({ kind: form.kind, language: form.language ?? "en", version: form.version })),
      },
    }),
  };
}

describe("seedDatabase", () => {
  beforeAll(async () => {
    await seedDatabase(prisma);
  }, 60_000);

  it("is idempotent: a second run creates nothing", async () => {
    const before = await seededCounts();
    expect(before).toMatchObject({
      organizations: 1,
      jobs: ALL_POSTINGS.length,
      stages: ALL_POSTINGS.length * 7,
      planItems: 6,
      planFocus: 9,
    });
    expect(before.formVersions).toBe(LEGAL_FORMS.length);
    await seedDatabase(prisma);
    expect(await seededCounts()).toEqual(before);
  });

  it("publishes the customer's posting with its sections, no salary and an end date three months out", async () => {
    const job = await prisma.job.findUniqueOrThrow({
      where: { slug: SEED_JOB_SLUG },
      include: { sections: { orderBy: { position: "asc" } }, stages: { orderBy: { position: "asc" } }, offices: true },
    });
    expect(job.title).toBe("Senior Systems Engineer, Workers Runtime (C++)");
    expect(job.status).toBe("PUBLISHED");
    expect(job.employmentType).toBe("FULL_TIME");
    expect([job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryUnit]).toEqual([null, null, null, null]);
    // The closing section states the equal-opportunity policy and the accommodation contact, as
    // marked in the posting data (compliant publishing reads these marks, never the text).
    expect(
      job.sections.map(({ heading, bodyMarkdown, statements }) => ({ heading, bodyMarkdown, statements })),
    ).toEqual(workersRuntimeEngineer.sections.map((section) => ({ statements: [], ...section })));
    expect(job.stages.map((stage) => stage.name)).toEqual([
      "Applied",
      "Recruiter screen",
      "Hiring manager screen",
      "Technical interviews",
      "Onsite panel",
      "Offer",
      "Hired",
    ]);
    expect(job.offices).toHaveLength(1);
    const daysOpen = ((job.validThrough?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(daysOpen).toBeGreaterThan(80);
    expect(daysOpen).toBeLessThan(95);
  });

  it("plans the seed job's six interviews, each in its stage and focused on its scorecard attributes", async () => {
    const plan = await prisma.interviewPlanItem.findMany({
      where: { job: { slug: SEED_JOB_SLUG } },
      orderBy: { position: "asc" },
      select: {
        name: true,
        durationMinutes: true,
        stage: { select: { name: true } },
        focus: { select: { attribute: { select: { name: true, position: true } } } },
      },
    });
    const focusOf = (item: (typeof plan)[number]) =>
      item.focus
        .map((f) => f.attribute)
        .sort((a, b) => a.position - b.position)
        .map((a) => a.name);
    expect(plan.map((item) => [item.name, item.stage.name, focusOf(item)])).toEqual([
      ["Recruiter screen", "Recruiter screen", ["Communication"]],
      ["Hiring manager screen", "Hiring manager screen", ["Technical leadership", "Communication"]],
      [
        "C++ systems coding",
        "Technical interviews",
        ["Systems programming in C/C++/Rust", "Debugging and operating production systems"],
      ],
      [
        "JavaScript engine / WebAssembly deep dive",
        "Technical interviews",
        ["JavaScript engine and WebAssembly internals"],
      ],
      ["Distributed systems design", "Onsite panel", ["Distributed systems design"]],
      [
        "Leadership and operations",
        "Onsite panel",
        ["Debugging and operating production systems", "Technical leadership"],
      ],
    ]);
    expect(plan.map((item) => item.durationMinutes)).toEqual(
      SEED_JOB_INTERVIEW_PLAN.map((item) => item.durationMinutes),
    );
  });

  it("keeps an interview plan that staff edited after seeding", async () => {
    const job = await prisma.job.findUniqueOrThrow({ where: { slug: SEED_JOB_SLUG }, select: { id: true } });
    const first = await prisma.interviewPlanItem.findFirstOrThrow({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
    });
    await prisma.interviewPlanItem.update({ where: { id: first.id }, data: { name: "Intro call" } });
    try {
      await seedDatabase(prisma);
      expect(
        await prisma.interviewPlanItem.findMany({
          where: { jobId: job.id, name: { in: ["Intro call", "Recruiter screen"] } },
          select: { id: true, name: true },
        }),
      ).toEqual([{ id: first.id, name: "Intro call" }]);
    } finally {
      await prisma.interviewPlanItem.update({ where: { id: first.id }, data: { name: first.name } });
    }
  });

  it("gives the seed job questions of several types, with a knockout on the yes/no one", async () => {
    const questions = await prisma.jobQuestion.findMany({
      where: { job: { slug: SEED_JOB_SLUG } },
      orderBy: { position: "asc" },
      include: { options: { orderBy: { position: "asc" } } },
    });
    expect(questions.map((question) => question.type)).toEqual(["NUMBER", "MULTI_SELECT", "LONG_TEXT", "YES_NO"]);
    expect(questions[1]?.options.map((option) => option.label)).toContain("V8");
    expect(questions[3]?.knockout).toEqual({ rejectIf: ["NO"] });
  });

  it("stores every legal text with questions in the shared format and a decline option where required", async () => {
    const forms = await prisma.formVersion.findMany({
      where: {
        OR: LEGAL_FORMS.map((form) => ({ kind: form.kind, language: form.language ?? "en", version: form.version })),
      },
    });
    expect(forms).toHaveLength(LEGAL_FORMS.length);
    for (const form of forms) {
      const questions = formQuestionsSchema.parse(form.questions);
      if (form.kind.startsWith("SELF_ID_") && form.kind !== "SELF_ID_INVITATION") {
        expect(questions).toHaveLength(1);
        expect(questions[0]?.options.map((option) => option.value)).toContain("DECLINE");
      }
    }
    const disability = forms.find((form) => form.kind === "SELF_ID_DISABILITY");
    expect(disability?.ombNumber).toBe("1250-0005");
    expect(disability?.ombExpiresOn?.toISOString().slice(0, 10)).toBe("2026-04-30");
  });

  it("keeps a posting that staff edited after seeding", async () => {
    const draft = ALL_POSTINGS.find((posting) => posting.status === "DRAFT");
    if (!draft) throw new Error("The seed has no draft posting");
    await prisma.job.update({ where: { slug: draft.slug }, data: { summary: "Edited by a recruiter" } });
    try {
      await seedDatabase(prisma);
      const job = await prisma.job.findUniqueOrThrow({ where: { slug: draft.slug } });
      expect(job.summary).toBe("Edited by a recruiter");
    } finally {
      await prisma.job.update({ where: { slug: draft.slug }, data: { summary: draft.summary } });
    }
  });

  it("shares its legal texts with the test factories", async () => {
    const application = await createApplication(prisma, {
      answers: true,
      workAuthorization: true,
      exportControl: true,
      accommodation: true,
    });
    const privacy = await prisma.formVersion.findUniqueOrThrow({
      where: { kind_language_version: { kind: "PRIVACY_NOTICE", language: "en", version: "1" } },
    });
    expect(application.privacyNoticeVersionId).toBe(privacy.id);
    expect(application.answers).toHaveLength(7);
    expect(application.workAuthorization?.authorizedToWork).toBe("YES");
    expect(application.exportControl?.canReceiveWithoutLicense).toBe("YES");
    expect(application.accommodationRequest?.kinds).toEqual(["ALTERNATE_FORMAT_DOCUMENTS"]);
  });
});

describe("demo applicants", () => {
  it("fill the seed job's pipeline once, marked as demo", async () => {
    const seedJob = { slug: SEED_JOB_SLUG };
    const demo = await prisma.application.findMany({
      where: { job: seedJob },
      select: { candidate: { select: { lastName: true, email: true } } },
    });
    expect(demo.length).toBeGreaterThanOrEqual(8);
    expect(
      demo.filter((row) => row.candidate.lastName.endsWith("(demo)") && row.candidate.email.endsWith("@example.com"))
        .length,
    ).toBe(8);
  });
});
