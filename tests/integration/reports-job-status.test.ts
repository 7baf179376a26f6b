// Publishing, closing and reopening a job writes its status history, which the reports read
// (time to fill counts from the latest opening before a hire).
import { describe, expect, it } from "vitest";
import { closeJob } from "@/lib/jobs/close-job";
import { publishJob } from "@/lib/jobs/publish-job";
import { actorFor, createJob, createStaffUser } from "../factories";
import { testDb } from "../support/db";

const history = (jobId: number) =>
  testDb.jobStatusChange.findMany({
    where: { jobId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { fromStatus: true, toStatus: true, actorId: true, createdAt: true },
  });

describe("job status history", () => {
  it("records publish, close and reopen with who and when; repeating a state records nothing", async () => {
    const recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
    const actor = actorFor(recruiter);
    const job = await createJob(testDb, { status: "DRAFT" });
    expect(await history(job.id)).toEqual([]);

    const opened = new Date("2031-01-05T09:00:00Z");
    const closed = new Date("2031-02-01T17:00:00Z");
    const reopened = new Date("2031-03-01T08:30:00Z");
    await publishJob({ actor, jobId: job.id, now: opened });
    await publishJob({ actor, jobId: job.id, now: new Date("2031-01-06T00:00:00Z") });
    await closeJob({ actor, jobId: job.id, now: closed });
    await closeJob({ actor, jobId: job.id, now: new Date("2031-02-02T00:00:00Z") });
    await publishJob({ actor, jobId: job.id, now: reopened });

    expect(await history(job.id)).toEqual([
      { fromStatus: "DRAFT", toStatus: "PUBLISHED", actorId: recruiter.id, createdAt: opened },
      { fromStatus: "PUBLISHED", toStatus: "CLOSED", actorId: recruiter.id, createdAt: closed },
      { fromStatus: "CLOSED", toStatus: "PUBLISHED", actorId: recruiter.id, createdAt: reopened },
    ]);
  });

  it("writes nothing when the change is refused", async () => {
    const actor = actorFor(await createStaffUser(testDb, { role: "COORDINATOR" }));
    const job = await createJob(testDb, { status: "DRAFT" });
    await expect(publishJob({ actor, jobId: job.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const recruiter = actorFor(await createStaffUser(testDb, { role: "RECRUITER" }));
    await expect(closeJob({ actor: recruiter, jobId: job.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await history(job.id)).toEqual([]);
  });

  it("gives factory-made (and seeded) jobs the history a backfill would", async () => {
    const published = await createJob(testDb, { status: "PUBLISHED" });
    const closedJob = await createJob(testDb, { status: "CLOSED", publishedDaysAgo: 30 });
    expect((await history(published.id)).map(({ fromStatus, toStatus }) => [fromStatus, toStatus])).toEqual([
      ["DRAFT", "PUBLISHED"],
    ]);
    const closedRows = await history(closedJob.id);
    expect(closedRows.map(({ toStatus }) => toStatus)).toEqual(["PUBLISHED", "CLOSED"]);
    const stored = await testDb.job.findUniqueOrThrow({
      where: { id: closedJob.id },
      select: { publishedAt: true, closedAt: true },
    });
    expect(closedRows.map(({ createdAt }) => createdAt)).toEqual([stored.publishedAt, stored.closedAt]);
  });
});
