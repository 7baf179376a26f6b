// The seed job's interview plan (issue "Hiring panels"): which interviews happen in which stage,
// and the scorecard attributes each focuses on. Stages and attributes are found by name. Written
// only when the job has no plan, so staff edits survive a restart (a plan emptied on purpose
// comes back at the next start, as the attributes do).
import type { Prisma } from "../../lib/generated/prisma/client";
import { SEED_JOB_SLUG } from "./postings/workers-runtime-engineer";

const COMMUNICATION = "Communication";
const LEADERSHIP = "Technical leadership";
const SYSTEMS = "Systems programming in C/C++/Rust";
const ENGINE = "JavaScript engine and WebAssembly internals";
const DISTRIBUTED = "Distributed systems design";
const OPERATIONS = "Debugging and operating production systems";

export const SEED_JOB_INTERVIEW_PLAN: readonly {
  stage: string;
  name: string;
  durationMinutes: number;
  instructions: string;
  focus: string[];
}[] = [
  {
    stage: "Recruiter screen",
    name: "Recruiter screen",
    durationMinutes: 30,
    instructions:
      "Walk through the role, the team and the process; confirm timing and location expectations; leave time for their questions.",
    focus: [COMMUNICATION],
  },
  {
    stage: "Hiring manager screen",
    name: "Hiring manager screen",
    durationMinutes: 45,
    instructions:
      "Discuss a system they built or led: the decisions, the trade-offs, what they would change. Explain how the Workers runtime team works.",
    focus: [LEADERSHIP, COMMUNICATION],
  },
  {
    stage: "Technical interviews",
    name: "C++ systems coding",
    durationMinutes: 60,
    instructions:
      "Shared editor, C++ (Rust accepted). A small concurrent data structure; then find the bug in a provided snippet with a use-after-free.",
    focus: [SYSTEMS, OPERATIONS],
  },
  {
    stage: "Technical interviews",
    name: "JavaScript engine / WebAssembly deep dive",
    durationMinutes: 60,
    instructions:
      "Isolates and contexts, JIT tiers, garbage collection, embedding V8, WebAssembly memory and sandboxing. Go as deep as they can.",
    focus: [ENGINE],
  },
  {
    stage: "Onsite panel",
    name: "Distributed systems design",
    durationMinutes: 60,
    instructions:
      "Design a globally distributed rate limiter or key-value cache at the edge: consistency, failure modes, capacity.",
    focus: [DISTRIBUTED],
  },
  {
    stage: "Onsite panel",
    name: "Leadership and operations",
    durationMinutes: 45,
    instructions:
      "A production incident they handled end to end, and a time they changed a team's technical direction.",
    focus: [OPERATIONS, LEADERSHIP],
  },
];

export async function seedInterviewPlan(prisma: Prisma.TransactionClient): Promise<void> {
  const job = await prisma.job.findUnique({
    where: { slug: SEED_JOB_SLUG },
    select: {
      id: true,
      _count: { select: { interviewPlan: true } },
      stages: { select: { id: true, name: true } },
      scorecardAttributes: { select: { id: true, name: true } },
    },
  });
  if (!job || job._count.interviewPlan > 0) return;
  const stageIds = new Map(job.stages.map((stage) => [stage.name, stage.id]));
  const attributeIds = new Map(job.scorecardAttributes.map((attribute) => [attribute.name, attribute.id]));
  let position = 0;
  for (const item of SEED_JOB_INTERVIEW_PLAN) {
    // A stage staff renamed or removed: its interviews are theirs to plan.
    const stageId = stageIds.get(item.stage);
    if (stageId === undefined) continue;
    const focus = item.focus.flatMap((name) => {
      const attributeId = attributeIds.get(name);
      return attributeId === undefined ? [] : [{ attributeId }];
    });
    await prisma.interviewPlanItem.create({
      data: {
        jobId: job.id,
        stageId,
        position: position++,
        name: item.name,
        durationMinutes: item.durationMinutes,
        instructions: item.instructions,
        focus: { create: focus },
      },
    });
  }
}
