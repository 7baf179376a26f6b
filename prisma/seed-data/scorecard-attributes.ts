// The seed job's scorecard attributes (the panel's rubric, decision 0013), each rated on a 4-point
// scale by the panel. Written only when the job has none, so staff edits survive a restart (a job
// whose attributes were all removed gets these back at the next start).
import type { Prisma } from "../../lib/generated/prisma/client";
import { SEED_JOB_SLUG } from "./postings/workers-runtime-engineer";

export const SEED_JOB_SCORECARD_ATTRIBUTES: readonly { name: string; description: string }[] = [
  {
    name: "Systems programming in C/C++/Rust",
    description:
      "Writes correct, efficient low-level code: memory and object lifetimes, concurrency, undefined behaviour, performance.",
  },
  {
    name: "JavaScript engine and WebAssembly internals",
    description:
      "Understands how V8 (or a similar engine) and WebAssembly runtimes work: isolates, JIT tiers, garbage collection, embedding APIs.",
  },
  {
    name: "Distributed systems design",
    description:
      "Designs systems that stay correct and fast across many machines: failure modes, consistency, capacity, trade-offs.",
  },
  {
    name: "Debugging and operating production systems",
    description:
      "Finds the cause of failures in large running systems and owns code in production: observability, incidents, safe rollouts.",
  },
  {
    name: "Technical leadership",
    description: "Sets technical direction, makes and explains decisions, and raises the people around them.",
  },
  {
    name: "Communication",
    description: "Explains complex ideas clearly to engineers and non-engineers, listens, and writes well.",
  },
];

export async function seedScorecardAttributes(prisma: Prisma.TransactionClient): Promise<void> {
  const job = await prisma.job.findUnique({
    where: { slug: SEED_JOB_SLUG },
    select: { id: true, _count: { select: { scorecardAttributes: true } } },
  });
  if (!job || job._count.scorecardAttributes > 0) return;
  await prisma.scorecardAttribute.createMany({
    data: SEED_JOB_SCORECARD_ATTRIBUTES.map((attribute, position) => ({ jobId: job.id, position, ...attribute })),
  });
}
