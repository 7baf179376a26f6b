// The privacy page's dry run counts in the database and shows a bounded sample: the count and
// the sample are those of the list the run erases (planErasures), without reading every row.
import { describe, expect, it } from "vitest";
import { planErasures, previewErasures } from "@/lib/privacy/plan-erasures";
import { createApplication, createJob, createOrganization } from "../factories";
import { testDb } from "../support/db";

const MONTH_MS = 30.5 * 24 * 60 * 60 * 1000;
const monthsAgo = (months: number) => new Date(Date.now() - months * MONTH_MS);

describe("the privacy dry run", () => {
  it("gives the run's total and its first entries, in the run's order, requests first", async () => {
    const organization = await createOrganization(testDb, { retentionInactiveMonths: 24 });
    const job = await createJob(testDb, { organizationId: organization.id, status: "CLOSED" });
    const due = [];
    for (const months of [40, 39, 38]) {
      due.push(await createApplication(testDb, { jobId: job.id, status: "REJECTED", submittedAt: monthsAgo(months) }));
    }
    // Asked to be erased and also due for retention: listed once, as a request.
    const [asking] = due;
    await testDb.erasureRequest.create({
      data: {
        candidateId: asking!.candidateId,
        applicationId: asking!.id,
        source: "CANDIDATE",
        requestedAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
      },
    });
    const now = new Date();

    const plan = await planErasures({ now });
    const ids = plan.map((entry) => entry.candidateId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const application of due) expect(ids).toContain(application.candidateId);
    expect(plan.find((entry) => entry.candidateId === asking!.candidateId)?.reason).toBe("REQUEST");

    for (const limit of [1, 2, plan.length, plan.length + 5]) {
      const preview = await previewErasures({ now, limit });
      expect(preview.total).toBe(plan.length);
      expect(preview.entries).toEqual(plan.slice(0, limit));
    }
  });
});
