// Seeds the customer's organization, its posting, demo postings and the legal texts (and demo
// staff into a new database, or when asked: seed-data/staff.ts). Safe to run at every start:
// rows are found by their natural keys and created only when missing, and an existing row is
// never changed, so edits made by staff survive a restart.
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { ensureLegalForms } from "../tests/factories/legal-forms";
import { jobCreateData } from "../tests/factories/job";
import { DEPARTMENT_NAMES, OFFICES, ORGANIZATION } from "./seed-data/organization";
import { ALL_POSTINGS } from "./seed-data/postings";
import { seedRejectionReasons } from "./seed-data/rejection-reasons";
import { seedScorecardAttributes } from "./seed-data/scorecard-attributes";
import { seedInterviewPlan } from "./seed-data/interview-plan";
import { seedOfferLetter } from "./seed-data/offer-letter";
import { seedDemoApplications } from "./seed-data/demo-applications";
import { type DemoStaffChoice, demoStaffChoice, seedDemoStaff } from "./seed-data/staff";
import type { PostingSeed } from "./seed-data/types";

// Any fixed number: the key of the advisory lock that lets only one process seed at a time.
const SEED_LOCK_KEY = 7_261_127;

type SeedOptions = {
  /** Whether to add the demo staff accounts (prisma/seed-data/staff.ts); default: into a new database only. */
  demoStaff?: DemoStaffChoice;
};

/** What a seed did that the person starting the app should know. */
export type SeedOutcome = { demoStaffSeeded: boolean; demoStaffNote: string };

export async function seedDatabase(
  prisma: PrismaClient,
  { demoStaff = "new-database" }: SeedOptions = {},
): Promise<SeedOutcome> {
  // One transaction behind an advisory lock: app instances starting together seed one after
  // the other (the later ones find everything present), and a failed seed leaves nothing half done.
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      return seedWithin(tx, demoStaff);
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

async function seedWithin(prisma: Prisma.TransactionClient, demoStaff: DemoStaffChoice): Promise<SeedOutcome> {
  await ensureLegalForms(prisma);
  await seedRejectionReasons(prisma);

  const organization = await prisma.organization.upsert({
    where: { boardToken: ORGANIZATION.boardToken },
    create: { ...ORGANIZATION },
    update: {},
  });
  const organizationId = organization.id;

  const departmentIds = new Map<string, number>();
  for (const name of DEPARTMENT_NAMES) {
    const department = await prisma.department.upsert({
      where: { organizationId_name: { organizationId, name } },
      create: { organizationId, name },
      update: {},
    });
    departmentIds.set(name, department.id);
  }

  const officeIds = new Map<string, number>();
  for (const office of OFFICES) {
    const row = await prisma.office.upsert({
      where: { organizationId_name: { organizationId, name: office.name } },
      create: { organizationId, ...office },
      update: {},
    });
    officeIds.set(office.name, row.id);
  }

  const now = new Date();
  for (const posting of ALL_POSTINGS) {
    const refs = {
      organizationId,
      departmentId: lookup(departmentIds, posting.departmentName, posting),
      officeIds: posting.officeNames.map((name) => lookup(officeIds, name, posting)),
    };
    // update: {} keeps a job staff have since edited (or closed) exactly as they left it.
    await prisma.job.upsert({ where: { slug: posting.slug }, create: jobCreateData(posting, refs, now), update: {} });
  }
  await seedScorecardAttributes(prisma);
  await seedInterviewPlan(prisma);
  await seedOfferLetter(prisma);
  const staffOutcome = await seedDemoStaff(prisma, demoStaff);
  await seedDemoApplications(prisma);
  return staffOutcome;
}

function lookup(ids: Map<string, number>, name: string, posting: PostingSeed): number {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`Posting ${posting.slug} names "${name}", which the seed does not create`);
  return id;
}

async function runAsScript(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set: point it at a migrated database (npm run db:migrate), or use npm run dev, which seeds the embedded database itself.",
    );
  }
  const demoStaff = demoStaffChoice(process.env.SEED_DEMO_STAFF);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const seeded = await seedDatabase(prisma, { demoStaff });
    console.log(`Seeded organization, postings and legal texts. ${seeded.demoStaffNote}`);
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAsScript().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
