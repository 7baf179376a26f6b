// Lists sorted by a time are in a total order: rows with the same time (saved in one millisecond,
// or in one transaction) come back by id, not in whatever order Postgres happens to read them.
// Each test stores the tied rows in the opposite of the expected order, so a list without the
// id tiebreaker shows them swapped.
import { describe, expect, it } from "vitest";
import { loadAccommodationTimeline } from "@/lib/accommodations/load-accommodation-timeline";
import { listMyInterviews } from "@/lib/interviews/list-my-interviews";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { actorFor, createApplication, createInterview, createStaffUser, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";

const AT = new Date("2026-03-02T09:30:00.000Z");

describe("a list with equal times", () => {
  it("notifications: newest first, then the higher id", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    const suffix = uniqueSuffix();
    for (const id of [`note-a-${suffix}`, `note-b-${suffix}`]) {
      await testDb.notification.create({ data: { id, userId: user.id, kind: "mention", payload: {}, createdAt: AT } });
    }
    expect((await listNotifications({ actor: actorFor(user) })).map((row) => row.id)).toEqual([
      `note-b-${suffix}`,
      `note-a-${suffix}`,
    ]);
  });

  it("my interviews: earliest first, then the lower id", async () => {
    const interviewer = await createStaffUser(testDb, { role: "INTERVIEWER" });
    const coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
    const application = await createApplication(testDb);
    const startsAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const ids: string[] = [];
    for (const title of ["Second", "First"]) {
      const { id } = await createInterview(testDb, {
        applicationId: application.id,
        scheduledById: coordinator.id,
        panelUserIds: [interviewer.id],
        title,
        startsAt,
      });
      ids.push(id);
    }
    // Stored "Second" then "First"; give "First" the lower id so that id order is the reverse of storage order.
    const suffix = uniqueSuffix();
    await testDb.interview.update({ where: { id: ids[0] }, data: { id: `iv-b-${suffix}` } });
    await testDb.interview.update({ where: { id: ids[1] }, data: { id: `iv-a-${suffix}` } });
    const mine = await listMyInterviews({ actor: actorFor(interviewer) });
    expect(mine.upcoming.map((row) => row.title)).toEqual(["First", "Second"]);
  });

  it("an accommodation request's timeline: newest first, then the higher id", async () => {
    const application = await createApplication(testDb, { accommodation: true });
    const request = await testDb.accommodationRequest.findUniqueOrThrow({
      where: { applicationId: application.id },
      select: { id: true },
    });
    const suffix = uniqueSuffix();
    for (const [id, body] of [
      [`an-a-${suffix}`, "older id"],
      [`an-b-${suffix}`, "newer id"],
    ] as const) {
      await testDb.accommodationNote.create({ data: { id, requestId: request.id, body, createdAt: AT } });
    }
    const timeline = await loadAccommodationTimeline(testDb, request.id, application.id);
    expect(timeline.map((entry) => entry.kind === "note" && entry.body)).toEqual(["newer id", "older id"]);
  });
});
