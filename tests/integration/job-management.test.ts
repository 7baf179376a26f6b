// Creating, editing, publishing and closing jobs through the domain functions, checked against
// what the careers site reads (lib/jobs/public-queries.ts), with real Postgres.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { closeJob } from "@/lib/jobs/close-job";
import { createJob } from "@/lib/jobs/create-job";
import { getJobForEditing } from "@/lib/jobs/get-job-for-editing";
import { jobFormSchema, type JobFormValues } from "@/lib/jobs/job-form-schema";
import { listStaffJobs } from "@/lib/jobs/list-staff-jobs";
import { publishJob } from "@/lib/jobs/publish-job";
import { getJobPostingBySlug, listOpenJobs } from "@/lib/jobs/public-queries";
import { updateJob } from "@/lib/jobs/update-job";
import { actorFor, createApplication, createStaffUser, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { createJobFormRefs, jobFormValues } from "../support/job-form-values";
import { expectAppError } from "../support/app-error";

let refs: { departmentId: number; officeId: number };
const actors = {} as Record<StaffRole, Actor>;

beforeAll(async () => {
  refs = await createJobFormRefs();
  for (const role of ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
    actors[role] = actorFor(await createStaffUser(testDb, { role }));
  }
});

const values = (overrides: Partial<JobFormValues> = {}) => jobFormValues(refs, overrides);
const input = (formValues: JobFormValues) => jobFormSchema.parse(formValues);
const create = async (formValues = values()) => createJob({ actor: actors.RECRUITER, input: input(formValues) });
/** The form as the edit page would fill it, for a follow-up save. */
const editing = async (jobId: number) => (await getJobForEditing({ actor: actors.RECRUITER, jobId })).values;

describe("job lifecycle", () => {
  it("creates a draft that the careers site does not show, publishes, edits and closes it", async () => {
    const formValues = values({
      sections: [
        {
          heading: "About the role",
          bodyMarkdown: "Hello <script>alert(1)</script> **world**",
          // Declared so the publishing check (lib/publishing) lets this Austin job go live.
          statements: ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"],
        },
      ],
    });
    const job = await create(formValues);
    expect(job.slug).toBe(formValues.slug);
    const stored = await testDb.job.findUniqueOrThrow({
      where: { id: job.id },
      select: {
        status: true,
        salaryMin: true,
        salaryCurrency: true,
        questions: { select: { knockout: true, options: true } },
        stages: true,
      },
    });
    expect(stored).toMatchObject({ status: "DRAFT", salaryMin: 150000, salaryCurrency: "USD" });
    expect(stored.questions[0]?.knockout).toEqual({ rejectIf: ["NO"] });
    expect(stored.questions[1]?.options.map((o) => o.label)).toEqual(["Build", "Runtime", "Networking"]);
    expect(stored.stages.map((s) => s.name)).toContain("Onsite panel");
    expect(await getJobPostingBySlug(job.slug)).toBeNull();
    expect((await listOpenJobs()).map((j) => j.slug)).not.toContain(job.slug);

    await publishJob({ actor: actors.RECRUITER, jobId: job.id });
    const posting = await getJobPostingBySlug(job.slug);
    expect(posting).toMatchObject({
      title: formValues.title,
      isOpen: true,
      salary: { min: 150000, max: 190000, currency: "USD", unit: "YEAR" },
    });
    expect((await listOpenJobs()).map((j) => j.slug)).toContain(job.slug);

    const edited = {
      ...(await editing(job.id)),
      title: `${formValues.title} (Remote)`,
      slug: `${formValues.slug}-remote`,
    };
    edited.sections = [...edited.sections, { heading: "Benefits", bodyMarkdown: "Four weeks off." }];
    const updated = await updateJob({ actor: actors.RECRUITER, jobId: job.id, input: input(edited) });
    expect(updated).toMatchObject({ slug: edited.slug, previousSlug: formValues.slug, status: "PUBLISHED" });
    expect(await getJobPostingBySlug(formValues.slug)).toBeNull();
    const afterEdit = await getJobPostingBySlug(edited.slug);
    expect(afterEdit?.title).toBe(edited.title);
    expect(afterEdit?.sections.map((s) => s.heading)).toEqual(["About the role", "Benefits"]);

    await closeJob({ actor: actors.RECRUITER, jobId: job.id });
    expect((await getJobPostingBySlug(edited.slug))?.isOpen).toBe(false);
    expect((await listOpenJobs()).map((j) => j.slug)).not.toContain(edited.slug);

    // Reopening is publishing again.
    await publishJob({ actor: actors.ADMIN, jobId: job.id });
    expect((await getJobPostingBySlug(edited.slug))?.isOpen).toBe(true);
  });

  it("refuses to publish a job whose closing date has passed, and to close a draft", async () => {
    const job = await create();
    await testDb.job.update({ where: { id: job.id }, data: { validThrough: new Date(Date.now() - 1000) } });
    expect((await expectAppError(publishJob({ actor: actors.RECRUITER, jobId: job.id }))).fieldErrors).toHaveProperty(
      "validThrough",
    );
    expect((await expectAppError(closeJob({ actor: actors.RECRUITER, jobId: job.id }))).code).toBe("VALIDATION");
    expect((await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DRAFT");
  });

  it("creates a department named in the form, or reuses one of the same name", async () => {
    const name = `Research ${uniqueSuffix()}`;
    const first = await create(values({ departmentId: "new", newDepartmentName: name }));
    const second = await create(values({ departmentId: "new", newDepartmentName: name.toUpperCase() }));
    const departments = await testDb.job.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { department: { select: { name: true } } },
    });
    expect(departments.map((j) => j.department.name)).toEqual([name, name]);
  });
});

describe("who may manage jobs", () => {
  it("refuses coordinators, hiring managers and interviewers, and changes nothing", async () => {
    const job = await create();
    const formInput = input(values());
    for (const role of ["COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      const actor = actors[role];
      expect((await expectAppError(createJob({ actor, input: formInput }))).code, role).toBe("FORBIDDEN");
      expect((await expectAppError(updateJob({ actor, jobId: job.id, input: formInput }))).code, role).toBe(
        "FORBIDDEN",
      );
      expect((await expectAppError(publishJob({ actor, jobId: job.id }))).code, role).toBe("FORBIDDEN");
      expect((await expectAppError(closeJob({ actor, jobId: job.id }))).code, role).toBe("FORBIDDEN");
      expect((await expectAppError(getJobForEditing({ actor, jobId: job.id }))).code, role).toBe("FORBIDDEN");
    }
    expect(await testDb.job.count({ where: { slug: formInput.slug } })).toBe(0);
    expect((await testDb.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DRAFT");
  });

  it("lists jobs with active application counts: all for recruiting staff, their own for a hiring manager", async () => {
    const job = await create();
    const other = await create();
    await createApplication(testDb, { jobId: job.id });
    await createApplication(testDb, { jobId: job.id });
    await createApplication(testDb, { jobId: job.id, status: "REJECTED" });
    const manager = actorFor(await createStaffUser(testDb, { role: "HIRING_MANAGER" }));
    const edit = {
      ...(await editing(job.id)),
      hiringTeam: [{ userId: manager.userId, role: "HIRING_MANAGER" as const }],
    };
    await updateJob({ actor: actors.RECRUITER, jobId: job.id, input: input(edit) });

    const forCoordinator = await listStaffJobs({ actor: actors.COORDINATOR });
    expect(forCoordinator.find((row) => row.id === job.id)?.activeApplications).toBe(2);
    expect(forCoordinator.find((row) => row.id === other.id)?.activeApplications).toBe(0);
    expect((await listStaffJobs({ actor: manager })).map((row) => row.id)).toEqual([job.id]);
    expect(await listStaffJobs({ actor: actors.INTERVIEWER })).toEqual([]);
  });
});

describe("database checks", () => {
  it("refuses a slug another job uses, on create and on update", async () => {
    const taken = await create();
    expect((await expectAppError(create(values({ slug: taken.slug })))).fieldErrors).toHaveProperty("slug");
    const job = await create();
    const error = await expectAppError(
      updateJob({
        actor: actors.RECRUITER,
        jobId: job.id,
        input: input({ ...(await editing(job.id)), slug: taken.slug }),
      }),
    );
    expect(error.fieldErrors?.slug?.[0]).toMatch(/already uses this address/);
  });

  it("refuses offices and hiring team members that do not exist", async () => {
    const error = await expectAppError(
      create(values({ officeIds: [2_000_000_000], hiringTeam: [{ userId: "no-such-user", role: "INTERVIEWER" }] })),
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["hiringTeam.0.userId", "officeIds"]);
  });
});
