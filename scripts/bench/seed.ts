// Fills the bench database: the project's own seed (the customer's posting, legal texts, demo
// staff), twenty more jobs of the same employer made by the job factory, a recruiter with a
// signed-in session, then the applications in bulk (seed-bulk.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDatabase } from "../../prisma/seed";
import { ORGANIZATION } from "../../prisma/seed-data/organization";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings";
import {
  actorFor,
  createJob,
  createStaffSession,
  createStaffUser,
  ensureFormVersion,
  findOrCreateDepartment,
  SAMPLE_QUESTIONS,
} from "../../tests/factories";
import type { Actor } from "../../lib/auth/actor";
import { loadApplications } from "./seed-bulk";
import { JOB_TITLES } from "./seed-words";

export type BenchData = {
  /** The customer's posting: the page candidates land on, and the job the apply load posts to. */
  postingSlug: string;
  boardToken: string;
  largeJob: { id: number; slug: string; stageIds: number[]; applications: number };
  recruiter: Actor;
  /** Auth.js's database session for the recruiter: the value of the session cookie. */
  sessionToken: string;
  applications: number;
};

// Their migration creates them; rebuilt once after the load instead of updated row by row.
const SEARCH_INDEXES = {
  Application_searchWords_idx: `ON "Application" USING GIN ("searchWords")`,
  Application_searchKeys_idx: `ON "Application" USING GIN ("searchKeys" gin_trgm_ops)`,
};

export async function seedBench(
  url: string,
  options: { applications: number; jobs: number },
  log: (line: string) => void,
): Promise<BenchData> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const sql = new pg.Client({ connectionString: url });
  try {
    const started = Date.now();
    await seedDatabase(prisma);
    const organization = await prisma.organization.findUniqueOrThrow({
      where: { boardToken: ORGANIZATION.boardToken },
      select: { id: true },
    });
    const department = await findOrCreateDepartment(prisma, organization.id, "Engineering");
    const office = await prisma.office.findFirstOrThrow({
      where: { organizationId: organization.id },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const jobs = [];
    for (let index = 0; index < options.jobs; index += 1) {
      const title = JOB_TITLES[index % JOB_TITLES.length]!;
      jobs.push(
        await createJob(prisma, {
          organizationId: organization.id,
          departmentId: department.id,
          officeIds: [office.id],
          title,
          slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${index + 1}`,
          questions: [...SAMPLE_QUESTIONS],
          publishedDaysAgo: 1 + index * 3,
        }),
      );
    }
    const recruiter = await createStaffUser(prisma, { role: "RECRUITER", name: "Bench Recruiter" });
    const colleagues = [
      await createStaffUser(prisma, { role: "COORDINATOR" }),
      await createStaffUser(prisma, { role: "HIRING_MANAGER" }),
    ];
    const session = await createStaffSession(prisma, recruiter.id, { expiresInMs: 11 * 60 * 60 * 1000 });
    const privacy = await ensureFormVersion(prisma, "PRIVACY_NOTICE");
    const reasons = await prisma.rejectionReason.findMany({ select: { id: true, kind: true } });
    const largeJobApplications = Math.min(20_000, Math.round(options.applications * 0.2));

    log(
      `Loading ${options.applications.toLocaleString("en")} applications (${largeJobApplications.toLocaleString("en")} in one job)…`,
    );
    await sql.connect();
    for (const name of Object.keys(SEARCH_INDEXES)) await sql.query(`DROP INDEX "${name}"`);
    await loadApplications(
      sql,
      {
        jobs: jobs.map((job) => ({ id: job.id, stageIds: job.stages.map((stage) => stage.id) })),
        total: options.applications,
        largeJobApplications,
        privacyNoticeVersionId: privacy.id,
        staffIds: [recruiter.id, ...colleagues.map((user) => user.id)],
        rejectionReasonIds: {
          weRejected: reasons.filter((reason) => reason.kind === "WE_REJECTED").map((reason) => reason.id),
          candidateWithdrew: reasons
            .filter((reason) => reason.kind === "CANDIDATE_WITHDREW")
            .map((reason) => reason.id),
        },
      },
      log,
    );
    const indexStarted = Date.now();
    for (const [name, definition] of Object.entries(SEARCH_INDEXES))
      await sql.query(`CREATE INDEX "${name}" ${definition}`);
    log(`  search indexes in ${((Date.now() - indexStarted) / 1000).toFixed(1)} s`);
    await sql.query("VACUUM ANALYZE");
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const largeJob = jobs[0]!;
    return {
      postingSlug: SEED_JOB_SLUG,
      boardToken: ORGANIZATION.boardToken,
      largeJob: {
        id: largeJob.id,
        slug: largeJob.slug,
        stageIds: largeJob.stages.map((stage) => stage.id),
        applications: largeJobApplications,
      },
      recruiter: actorFor(recruiter),
      sessionToken: session.sessionToken,
      applications: options.applications,
    };
  } finally {
    await sql.end().catch(() => undefined);
    await prisma.$disconnect();
  }
}
