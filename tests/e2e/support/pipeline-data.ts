// A fresh job with applications in the e2e server's database, made with the shared factories,
// so a board test owns every card it sees.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { createApplication, createJob, uniqueSuffix } from "../../factories";
import { readServerInfo } from "./e2e-env";

export type BoardFixture = {
  jobId: number;
  jobTitle: string;
  stageIds: Record<string, number>;
  candidates: { applicationId: string; firstName: string; lastName: string; email: string; name: string }[];
};

export async function withE2ePrisma<T>(use: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: readServerInfo().databaseUrl }) });
  try {
    return await use(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** A job with one application per first name, all in Applied, the first name applied last. */
export async function createBoardFixture(firstNames: string[]): Promise<BoardFixture> {
  return withE2ePrisma(async (prisma) => {
    const job = await createJob(prisma);
    const candidates = [];
    for (const [index, base] of firstNames.entries()) {
      const firstName = `${base}${uniqueSuffix()}`;
      const application = await createApplication(prisma, {
        jobId: job.id,
        candidate: { firstName, lastName: "Tester" },
        submittedAt: new Date(Date.now() - index * 60_000),
      });
      candidates.push({
        applicationId: application.id,
        firstName,
        lastName: "Tester",
        email: application.candidate.email,
        name: `${firstName} Tester`,
      });
    }
    return {
      jobId: job.id,
      jobTitle: job.title,
      stageIds: Object.fromEntries(job.stages.map((stage) => [stage.name, stage.id])),
      candidates,
    };
  });
}
