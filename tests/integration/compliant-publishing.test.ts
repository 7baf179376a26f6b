// Publishing checks what the law of a job's places wants the posting to state: refused with the
// missing items named, published past them only by an admin with a recorded, audited reason; a
// live job that lacks them shows the warning, and no salary is ever made up.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PublishingCheck } from "@/components/jobs/publishing-check";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createJob } from "@/lib/jobs/create-job";
import { findEmployerId } from "@/lib/jobs/find-employer-id";
import { jobFormSchema, type JobFormValues } from "@/lib/jobs/job-form-schema";
import { publishJob } from "@/lib/jobs/publish-job";
import { checkPublishingRequirements } from "@/lib/publishing/check-publishing-requirements";
import { getPublishingStatus } from "@/lib/publishing/read-publishing-check";
import { seedDatabase } from "../../prisma/seed";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings";
import { actorFor, createOffice } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { createJobFormRefs, jobFormValues } from "../support/job-form-values";
import { nextRequest } from "../support/next-request";
import { staffOfEveryRole } from "../support/staff-sessions";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const actions = await import("@/app/(hiring)/hiring/jobs/publishing-actions");

const { users, sessions } = staffOfEveryRole();
let refs: { departmentId: number; officeId: number };
const offices: Record<"CA" | "WA" | "CO" | "GB", number> = { CA: 0, WA: 0, CO: 0, GB: 0 };
let admin: Actor;
let recruiter: Actor;

beforeAll(async () => {
  refs = await createJobFormRefs();
  const organizationId = await findEmployerId(testDb);
  const place = (locality: string, region: string | null, countryCode = "US") =>
    createOffice(testDb, organizationId, { locality, region, countryCode }).then((office) => office.id);
  offices.CA = await place("San Francisco", "CA");
  offices.WA = await place("Seattle", "WA");
  offices.CO = await place("Denver", "CO");
  offices.GB = await place("London", null, "GB");
  admin = actorFor(users.ADMIN);
  recruiter = actorFor(users.RECRUITER);
});
beforeEach(() => {
  nextRequest.cookie = "";
});

const STATED = [
  { heading: "About the role", bodyMarkdown: "You will run the platform.", statements: [] },
  {
    heading: "",
    bodyMarkdown: "We are an equal opportunity employer. For an accommodation, write to access@example.test.",
    statements: ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"] as const,
  },
];
const NO_PAY = { salaryMin: "", salaryMax: "", salaryCurrency: "", salaryUnit: "" } as const;

async function draft(office: keyof typeof offices, overrides: Partial<JobFormValues> = {}) {
  const values = jobFormValues(refs, {
    officeIds: [offices[office]],
    sections: STATED.map((section) => ({ ...section, statements: [...section.statements] })),
    ...NO_PAY,
    ...overrides,
  });
  return createJob({ actor: recruiter, input: jobFormSchema.parse(values) });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const statusOf = async (jobId: number) =>
  (await testDb.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } })).status;

describe("publishing a job whose place has a pay-transparency law", () => {
  it("is refused for a California job without a pay range, naming the item and the law", async () => {
    const job = await draft("CA");
    const error = await refusal(publishJob({ actor: recruiter, jobId: job.id }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/lacks a pay range \(minimum, maximum, currency and pay period\)/);
    expect(error.message).toMatch(/California \(Cal\. Lab\. Code § 432\.3\)/);
    expect(await statusOf(job.id)).toBe("DRAFT");
  });

  it("names every missing item: the pay range, the equal-opportunity statement and the accommodation contact", async () => {
    const job = await draft("CA", { sections: [{ heading: "About", bodyMarkdown: "The role.", statements: [] }] });
    const error = await refusal(publishJob({ actor: recruiter, jobId: job.id }));
    expect(error.message).toMatch(/a pay range .*, the equal-opportunity statement and the accommodation contact\./);
  });

  it.each(["WA", "CO"] as const)("is refused in %s without a pay range and publishes with one", async (office) => {
    const job = await draft(office);
    const error = await refusal(publishJob({ actor: recruiter, jobId: job.id }));
    expect(error.message).toMatch(
      office === "WA" ? /Washington \(RCW 49\.58\.110\)/ : /Colorado \(C\.R\.S\. § 8-5-201\)/,
    );
    const priced = await draft(office, {
      salaryMin: "120000",
      salaryMax: "150000",
      salaryCurrency: "USD",
      salaryUnit: "YEAR",
    });
    await publishJob({ actor: recruiter, jobId: priced.id });
    expect(await statusOf(priced.id)).toBe("PUBLISHED");
  });

  it("counts a law only from the day it took effect, and a remote job open to the US under every state's law", () => {
    const facts = {
      remotePolicy: "ON_SITE" as const,
      remoteCountryCodes: [],
      offices: [{ countryCode: "US", region: "MA" }],
      ...{ salaryMin: null, salaryMax: null, salaryCurrency: null, salaryUnit: null },
      sections: [{ statements: ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"] as const }].map((s) => ({
        statements: [...s.statements],
      })),
    };
    expect(checkPublishingRequirements(facts, new Date("2025-10-28T12:00:00Z")).missing).toEqual([]);
    expect(checkPublishingRequirements(facts, new Date("2025-10-29T12:00:00Z")).missing).toEqual(["PAY_RANGE"]);
    const remote = { ...facts, remotePolicy: "REMOTE" as const, remoteCountryCodes: ["US"], offices: [] };
    expect(checkPublishingRequirements(remote, new Date("2026-01-01")).payLaws.map((law) => law.region)).toContain(
      "CA",
    );
  });
});

describe("a job in a place with no pay-transparency law", () => {
  it("publishes without a pay range when the posting states the equal-opportunity statement and the contact", async () => {
    const job = await draft("GB");
    await publishJob({ actor: recruiter, jobId: job.id });
    expect(await statusOf(job.id)).toBe("PUBLISHED");
    expect(await testDb.jobPublishingOverride.count({ where: { jobId: job.id } })).toBe(0);
  });
});

describe("publishing anyway", () => {
  it("is for admins only: a recruiter's override is refused and nothing is recorded", async () => {
    const job = await draft("CA");
    const error = await refusal(
      publishJob({ actor: recruiter, jobId: job.id, override: { reason: "Range agreed with legal" } }),
    );
    expect(error.code).toBe("FORBIDDEN");
    nextRequest.cookie = `authjs.session-token=${sessions.RECRUITER}`;
    const outcome = await actions.publishJobWithOverrideAction(job.id, { reason: "Range agreed with legal" });
    expect(outcome.ok).toBe(false);
    expect(await statusOf(job.id)).toBe("DRAFT");
    expect(await testDb.jobPublishingOverride.count({ where: { jobId: job.id } })).toBe(0);
  });

  it("needs a reason, then publishes, records the reason with the missing items, audits it and shows it on the job", async () => {
    const job = await draft("CA");
    nextRequest.cookie = `authjs.session-token=${sessions.ADMIN}`;
    const blank = await actions.publishJobWithOverrideAction(job.id, { reason: "  " });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await statusOf(job.id)).toBe("DRAFT");

    const reason = "Pay range is being set by the compensation team this week";
    const outcome = await actions.publishJobWithOverrideAction(job.id, { reason });
    expect(outcome.ok).toBe(true);
    expect(await statusOf(job.id)).toBe("PUBLISHED");
    expect(
      await testDb.jobPublishingOverride.findMany({
        where: { jobId: job.id },
        orderBy: { createdAt: "asc" },
        select: { actorId: true, reason: true, missingItems: true },
      }),
    ).toEqual([{ actorId: admin.userId, reason, missingItems: ["PAY_RANGE"] }]);
    expect(
      await testDb.auditEvent.findMany({
        where: { action: "job.publishedWithOverride", subjectId: String(job.id) },
        orderBy: { createdAt: "asc" },
        select: { actorId: true, metadata: true },
      }),
    ).toEqual([{ actorId: admin.userId, metadata: { missingItems: ["PAY_RANGE"], reason } }]);

    const status = await getPublishingStatus({ actor: recruiter, jobId: job.id });
    const html = renderToStaticMarkup(PublishingCheck({ status: "PUBLISHED", ...status }));
    expect(html).toContain(reason);
    expect(html).toContain("a pay range");
  });
});

describe("the seed job (San Francisco, no pay range)", () => {
  it("shows the warning on the staff view and still has no salary", async () => {
    await seedDatabase(testDb);
    const job = await testDb.job.findUniqueOrThrow({
      where: { slug: SEED_JOB_SLUG },
      select: { id: true, status: true, salaryMin: true, salaryMax: true, salaryCurrency: true, salaryUnit: true },
    });
    const status = await getPublishingStatus({ actor: admin, jobId: job.id });
    expect(status.check.missing).toEqual(["PAY_RANGE"]);
    expect(status.check.payLaws.map((law) => law.citation)).toEqual(["Cal. Lab. Code § 432.3"]);
    const html = renderToStaticMarkup(PublishingCheck({ status: job.status, ...status }));
    expect(html).toContain("This posting lacks what the law of its places requires");
    expect(html).toContain("Trellis never fills in a salary");
    expect([job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryUnit]).toEqual([null, null, null, null]);
  });
});
